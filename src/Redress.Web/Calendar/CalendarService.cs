using Microsoft.EntityFrameworkCore;
using Redress.Domain.Calendar;
using Redress.Web.Data;
using Redress.Web.Settings;

namespace Redress.Web.Calendar;

/// <summary>
/// Holds the built working-day calendar. It is rebuilt when the stored version changes; the stored
/// version is re-read at most every few seconds, so a change made by another instance is seen soon.
/// </summary>
public sealed class CalendarService(TimeProvider clock)
{
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(3);

    private sealed record Cached(WorkingDayCalendar Calendar, Division Division, bool Closures, DateTimeOffset CheckedAt);

    private volatile Cached? _cached;

    public async Task<WorkingDayCalendar> CurrentAsync(RedressDbContext db, LandlordSettings settings, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var cached = _cached;
        if (cached is not null && Matches(cached, settings) && now - cached.CheckedAt < RecheckAfter)
        {
            return cached.Calendar;
        }

        var version = await db.CalendarStates.AsNoTracking().Where(s => s.Id == 1).Select(s => s.Version).FirstOrDefaultAsync(ct);
        if (cached is not null && Matches(cached, settings) && cached.Calendar.Version == version)
        {
            _cached = cached with { CheckedAt = now };
            return cached.Calendar;
        }

        var calendar = await BuildAsync(db, settings, version, ct);
        _cached = new Cached(calendar, settings.Division, settings.ClosuresAreNonWorking, now);
        return calendar;
    }

    public void Invalidate() => _cached = null;

    private static bool Matches(Cached cached, LandlordSettings settings) =>
        cached.Division == settings.Division && cached.Closures == settings.ClosuresAreNonWorking;

    private static async Task<WorkingDayCalendar> BuildAsync(RedressDbContext db, LandlordSettings settings, int version, CancellationToken ct)
    {
        var division = settings.Division;
        var years = await db.CalendarYears.AsNoTracking().Where(y => y.Division == division).ToListAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Division == division)
            .Select(d => new CalendarDay(d.Date, d.Title, d.Kind, d.IsSubstitute)).ToListAsync(ct);
        return new WorkingDayCalendar(
            years.Select(y => y.Year), days, settings.ClosuresAreNonWorking, version,
            years.Where(y => y.Provisional).Select(y => y.Year));
    }
}
