using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class SettingsRowConfiguration : IEntityTypeConfiguration<SettingsRow>
{
    public void Configure(EntityTypeBuilder<SettingsRow> b)
    {
        b.ToTable("Settings");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class HomesYearConfiguration : IEntityTypeConfiguration<HomesYear>
{
    public void Configure(EntityTypeBuilder<HomesYear> b)
    {
        b.HasKey(h => h.Year);
        b.Property(h => h.Year).ValueGeneratedNever();
        b.Property(h => h.Version).IsConcurrencyToken();
    }
}

internal sealed class LandlordLogoConfiguration : IEntityTypeConfiguration<LandlordLogo>
{
    public void Configure(EntityTypeBuilder<LandlordLogo> b)
    {
        b.ToTable("LandlordLogo");
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Property(l => l.ContentType).HasMaxLength(40);
        b.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> b)
    {
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.ToTable("Categories");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(Limits.Label);
        b.Property(c => c.Name).HasMaxLength(Limits.Label);
        b.Property(c => c.NameKey).HasMaxLength(Limits.Label);
        b.HasIndex(c => c.NameKey).IsUnique();
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}
