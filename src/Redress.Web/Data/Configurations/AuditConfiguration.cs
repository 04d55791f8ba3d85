using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(a => a.Id).ValueGeneratedOnAdd();
        b.Property(a => a.Action).HasMaxLength(80);
        b.Property(a => a.EntityType).HasMaxLength(80);
        b.Property(a => a.EntityId).HasMaxLength(80);
        b.Property(a => a.ActorName).HasMaxLength(Limits.Name);
        b.HasIndex(a => a.ComplaintId);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
