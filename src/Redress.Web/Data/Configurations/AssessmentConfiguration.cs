using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Domain.Code;

namespace Redress.Web.Data.Configurations;

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.ReasonDetails).HasMaxLength(2000);
        b.Property(a => a.ApprovedBy).HasMaxLength(500);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.Unanswered);
        b.HasIndex(a => a.Number).IsUnique();
        b.HasMany(a => a.Answers).WithOne().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AssessmentAnswerConfiguration : IEntityTypeConfiguration<AssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<AssessmentAnswer> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Provision).HasMaxLength(10);
        b.Property(a => a.Evidence).HasMaxLength(Limits.Note);
        b.Property(a => a.Commentary).HasMaxLength(Limits.Note);
        b.Property(a => a.Action).HasMaxLength(Limits.Note);
        b.HasIndex(a => new { a.AssessmentId, a.Provision }).IsUnique();
    }
}
