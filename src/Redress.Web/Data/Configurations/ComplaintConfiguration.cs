using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Reference).HasMaxLength(40);
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.Category).HasMaxLength(Limits.Label);
        b.Property(c => c.ReceivedBy).HasMaxLength(Limits.Name);
        b.Property(c => c.Scheme).HasMaxLength(40);
        b.Property(c => c.Representative)
            .HasConversion(JsonColumn.Converter<RepresentativeDetails?>(), JsonColumn.Comparer<RepresentativeDetails?>());
        b.Ignore(c => c.CurrentStage);
        b.Ignore(c => c.IsOpen);
        b.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Complaint>().WithMany().HasForeignKey(c => c.RelatedComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Redress.Domain.Requests.ServiceRequest>().WithMany().HasForeignKey(c => c.ServiceRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Stages).WithOne().HasForeignKey(s => s.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Remedies).WithOne().HasForeignKey(r => r.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.OutstandingActions).WithOne().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Updates).WithOne().HasForeignKey(u => u.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        // Updates owed to residents (Code 5.9, 6.6, 6.17) by date, for My work, the reminders and the measures.
        b.HasIndex(c => new { c.NextUpdateOn, c.HandlerId });
        // What lists, queues and measures filter and order on.
        b.HasIndex(c => new { c.Status, c.NextDueOn });
        b.HasIndex(c => c.NextDueOn);
        // Covering: the measures count received complaints by status and category from the index alone.
        b.HasIndex(c => new { c.ReceivedOn, c.Status, c.Category });
        b.HasIndex(c => c.ResidentId);
        b.HasIndex(c => new { c.Stage, c.Status });
        // Queues and the team list by handler: open ones by deadline, all by date received.
        b.HasIndex(c => new { c.HandlerId, c.Status, c.NextDueOn });
        b.HasIndex(c => new { c.HandlerId, c.ReceivedOn });
        // The measures: refusals by the date decided.
        b.HasIndex(c => new { c.Status, c.RefusedOn, c.RefusalReason });
        b.HasIndex(c => new { c.ClosureKind, c.ClosedOn, c.RefusalReason });
    }
}

internal sealed class ComplaintStageConfiguration : IEntityTypeConfiguration<ComplaintStage>
{
    public void Configure(EntityTypeBuilder<ComplaintStage> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasIndex(s => new { s.ComplaintId, s.Number }).IsUnique();
        // Covering indexes for the measures: each count in a period reads its index alone, not the rows.
        b.HasIndex(s => new { s.RequestedOn, s.Number });
        b.HasIndex(s => new { s.RespondedOn, s.Number, s.RespondBy, s.Decision, s.ExtendedWorkingDays, s.AcknowledgedOn });
        b.HasIndex(s => new { s.AcknowledgedOn, s.Number, s.AcknowledgeBy });
        b.HasIndex(s => s.HandlerId);
        b.Property(s => s.Definition)
            .HasConversion(JsonColumn.Converter<Definition?>(), JsonColumn.Comparer<Definition?>());
        b.Ignore(s => s.IsAcknowledged);
        b.Ignore(s => s.IsResponded);
        b.HasMany(s => s.Extensions).WithOne().HasForeignKey(e => e.StageId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Findings).WithOne().HasForeignKey(f => f.StageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExtensionConfiguration : IEntityTypeConfiguration<Extension>
{
    public void Configure(EntityTypeBuilder<Extension> b)
    {
        b.ToTable("Extensions");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.ToTable("Findings");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
    }
}

internal sealed class RemedyConfiguration : IEntityTypeConfiguration<Remedy>
{
    public void Configure(EntityTypeBuilder<Remedy> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => new { r.CompletedOn, r.DueOn, r.PaidPence, r.ComplaintId });
        // The measures count the complaints with remedies offered and completed in a period, with the money, from the index alone.
        b.HasIndex(r => new { r.OfferedOn, r.AmountPence, r.ComplaintId });
    }
}

internal sealed class OutstandingActionConfiguration : IEntityTypeConfiguration<OutstandingAction>
{
    public void Configure(EntityTypeBuilder<OutstandingAction> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Owner).HasMaxLength(Limits.Name);
        b.HasIndex(a => new { a.CompletedOn, a.DueOn });
    }
}

internal sealed class ResidentUpdateConfiguration : IEntityTypeConfiguration<ResidentUpdate>
{
    public void Configure(EntityTypeBuilder<ResidentUpdate> b)
    {
        b.ToTable("ResidentUpdates");
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).ValueGeneratedNever();
        b.Property(u => u.Progress).HasMaxLength(Limits.Note);
        b.Ignore(u => u.OnTime);
        // The measures count updates sent in a period, and those sent after their due date, from the index alone.
        b.HasIndex(u => new { u.SentOn, u.DueOn, u.ComplaintId });
    }
}
