using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class CorrespondenceConfiguration : IEntityTypeConfiguration<Correspondence>
{
    public void Configure(EntityTypeBuilder<Correspondence> b)
    {
        b.ToTable("Correspondence");
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.PartyName).HasMaxLength(Limits.Name);
        b.Property(c => c.Summary).HasMaxLength(Correspondence.MaxSummary);
        b.Property(c => c.RecordedBy).HasMaxLength(Limits.Name);
        b.HasOne<Complaint>().WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.ComplaintId, c.OccurredOn });
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.HasOne<Correspondence>().WithMany().HasForeignKey(a => a.CorrespondenceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.CorrespondenceId);
        b.HasIndex(a => a.ComplaintId);
    }
}
