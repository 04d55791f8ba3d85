using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<StoredCalendarDay>
{
    public void Configure(EntityTypeBuilder<StoredCalendarDay> b)
    {
        b.ToTable("CalendarDays");
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Title).HasMaxLength(Limits.Name);
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
