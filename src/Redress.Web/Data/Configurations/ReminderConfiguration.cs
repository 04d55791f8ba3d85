using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Clock).HasMaxLength(20);
        b.Property(r => r.Kind).HasMaxLength(20);
        b.Property(r => r.Recipients).HasMaxLength(Limits.Note);
        b.Property(r => r.MessageId).HasMaxLength(Limits.Name);
        b.HasOne<Complaint>().WithMany().HasForeignKey(r => r.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ComplaintId, r.Stage, r.Clock, r.DueOn, r.Kind }).IsUnique();
        b.HasIndex(r => r.SentAtUtc);
    }
}
