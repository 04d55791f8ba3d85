using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Letters;

namespace Redress.Web.Data.Configurations;

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> b)
    {
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Property(l => l.IssuedBy).HasMaxLength(Limits.Name);
        b.Property(l => l.Recipient).HasMaxLength(Letter.MaxRecipient);
        b.Property(l => l.RecipientEmail).HasMaxLength(320);
        b.Property(l => l.RecipientAddress).HasMaxLength(Limits.Address);
        b.Property(l => l.ExternalReference).HasMaxLength(Limits.Name);
        b.Property(l => l.Title).HasMaxLength(Limits.Name);
        b.Property(l => l.Sha256).HasMaxLength(64);
        b.Property(l => l.EmailError).HasMaxLength(Limits.Name);
        b.HasOne<Complaint>().WithMany().HasForeignKey(l => l.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Requests.Feedback>().WithMany().HasForeignKey(l => l.FeedbackId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Requests.ServiceRequest>().WithMany().HasForeignKey(l => l.ServiceRequestId).OnDelete(DeleteBehavior.Restrict);
        // Each letter is about one thing: a complaint, or the feedback or service request an offer to complain answers.
        b.ToTable(t => t.HasCheckConstraint("CK_Letters_AboutOneThing",
            """(CASE WHEN "ComplaintId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "FeedbackId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "ServiceRequestId" IS NULL THEN 0 ELSE 1 END) = 1"""));
        // Numbered within the complaint; two letters can never take the same number.
        b.HasIndex(l => new { l.ComplaintId, l.Number }).IsUnique();
        // The letters still to email, found without reading every letter.
        b.HasIndex(l => new { l.Delivery, l.EmailedAtUtc });
        b.HasIndex(l => l.FeedbackId);
        b.HasIndex(l => l.ServiceRequestId);
    }
}
