using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.Email).HasMaxLength(320);
        b.Property(r => r.Phone).HasMaxLength(40);
        b.Property(r => r.Address).HasMaxLength(500);
        b.Property(r => r.NameKey).HasMaxLength(200);
        b.Property(r => r.SurnameKey).HasMaxLength(200);
        b.Property(r => r.Postcode).HasMaxLength(10);
        b.HasIndex(r => r.NameKey);
        b.HasIndex(r => r.SurnameKey);
        b.HasIndex(r => r.Postcode);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(a => a.Id).ValueGeneratedOnAdd();
        b.Property(a => a.Action).HasMaxLength(80);
        b.Property(a => a.EntityType).HasMaxLength(80);
        b.Property(a => a.EntityId).HasMaxLength(80);
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.HasIndex(a => a.ComplaintId);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.Property(k => k.Id).ValueGeneratedNever();
        b.Property(k => k.Hash).HasMaxLength(64);
        b.Property(k => k.Hint).HasMaxLength(16);
        b.HasIndex(k => k.Hash).IsUnique();
        b.HasOne<RedressUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<StoredCalendarDay>
{
    public void Configure(EntityTypeBuilder<StoredCalendarDay> b)
    {
        b.ToTable("CalendarDays");
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Title).HasMaxLength(200);
        b.HasIndex(d => new { d.Division, d.Date, d.Kind }).IsUnique();
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b) => b.HasKey(y => new { y.Division, y.Year });
}

internal sealed class CalendarStateConfiguration : IEntityTypeConfiguration<CalendarState>
{
    public void Configure(EntityTypeBuilder<CalendarState> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}

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

internal sealed class UserConfiguration : IEntityTypeConfiguration<RedressUser>
{
    public void Configure(EntityTypeBuilder<RedressUser> b) => b.Property(u => u.Name).HasMaxLength(200);
}
