using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Domain.Residents;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Name).HasMaxLength(Limits.Name);
        b.Property(r => r.Email).HasMaxLength(320);
        b.Property(r => r.Phone).HasMaxLength(40);
        b.Property(r => r.Address).HasMaxLength(500);
        b.Property(r => r.NameKey).HasMaxLength(Limits.Name);
        b.Property(r => r.SurnameKey).HasMaxLength(Limits.Name);
        b.Property(r => r.Postcode).HasMaxLength(10);
        b.Property(r => r.EmailKey).HasMaxLength(320);
        b.Property(r => r.PhoneKey).HasMaxLength(40);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => r.NameKey);
        b.HasIndex(r => r.SurnameKey);
        b.HasIndex(r => r.Postcode);
        b.HasIndex(r => r.EmailKey);
        b.HasIndex(r => r.PhoneKey);
    }
}

internal sealed class SupportNeedConfiguration : IEntityTypeConfiguration<SupportNeed>
{
    public void Configure(EntityTypeBuilder<SupportNeed> b)
    {
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Details).HasMaxLength(Limits.Note);
        b.Property(n => n.RecordedBy).HasMaxLength(Limits.Name);
        b.Property(n => n.LastReviewNotes).HasMaxLength(Limits.Note);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.Ignore(n => n.IsActive);
        b.HasOne<Resident>().WithMany().HasForeignKey(n => n.ResidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => n.ResidentId);
        // My work lists what is due for review.
        b.HasIndex(n => new { n.EndedOn, n.ReviewOn });
    }
}

internal sealed class ContactRestrictionConfiguration : IEntityTypeConfiguration<ContactRestriction>
{
    public void Configure(EntityTypeBuilder<ContactRestriction> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Behaviour).HasMaxLength(Limits.Note);
        b.Property(r => r.Evidence).HasMaxLength(Limits.Note);
        b.Property(r => r.Restriction).HasMaxLength(2000);
        b.Property(r => r.Proportionality).HasMaxLength(Limits.Note);
        b.Property(r => r.EqualityAct).HasMaxLength(Limits.Note);
        b.Property(r => r.RecordedBy).HasMaxLength(Limits.Name);
        b.Property(r => r.LastReviewNotes).HasMaxLength(Limits.Note);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.IsActive);
        b.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.ResidentId);
        b.HasIndex(r => new { r.EndedOn, r.ReviewOn });
    }
}

internal sealed class ResidentRepresentativeConfiguration : IEntityTypeConfiguration<ResidentRepresentative>
{
    public void Configure(EntityTypeBuilder<ResidentRepresentative> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Name).HasMaxLength(Limits.Name);
        b.Property(r => r.Relationship).HasMaxLength(Limits.Name);
        b.Property(r => r.Email).HasMaxLength(320);
        b.Property(r => r.Phone).HasMaxLength(40);
        b.Property(r => r.Authority).HasMaxLength(1000);
        b.Property(r => r.RecordedBy).HasMaxLength(Limits.Name);
        b.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.ResidentId);
    }
}

internal sealed class ResidentWordConfiguration : IEntityTypeConfiguration<ResidentWord>
{
    public void Configure(EntityTypeBuilder<ResidentWord> b)
    {
        b.HasKey(w => new { w.Word, w.ResidentId });
        b.Property(w => w.Word).HasMaxLength(60);
        b.HasOne<Resident>().WithMany().HasForeignKey(w => w.ResidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(w => w.ResidentId);
    }
}
