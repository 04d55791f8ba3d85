using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Domain.Requests;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Reference).HasMaxLength(40);
        b.HasIndex(r => r.Reference).IsUnique();
        b.Property(r => r.Description).HasMaxLength(Limits.LongText);
        b.Property(r => r.Category).HasMaxLength(100);
        b.Property(r => r.LastNote).HasMaxLength(Limits.Note);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.IsOpen);
        b.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RedressUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => r.ResidentId);
        // The monitoring list: open requests by due date.
        b.HasIndex(r => new { r.Status, r.DueOn });
        b.HasIndex(r => r.ReceivedOn);
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> b)
    {
        b.ToTable("Feedback");
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Source).HasMaxLength(Limits.Name);
        b.Property(f => f.PersonName).HasMaxLength(Limits.Name);
        b.Property(f => f.Dissatisfaction).HasMaxLength(Limits.LongText);
        b.Property(f => f.HowTold).HasMaxLength(2000);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasOne<Resident>().WithMany().HasForeignKey(f => f.ResidentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Complaint>().WithMany().HasForeignKey(f => f.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => f.ReceivedOn);
        b.HasIndex(f => f.ResidentId);
    }
}
