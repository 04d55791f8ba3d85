using Microsoft.EntityFrameworkCore;
using Redress.Domain.Calendar;
using Redress.Domain.Common;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Calendar;

public sealed record CalendarImportSummary(int Version, IReadOnlyList<DivisionImportSummary> Divisions);

public sealed record DivisionImportSummary(string Division, IReadOnlyList<int> Years, int Days);

/// <summary>
/// Changes to the working-day calendar. Each change raises the calendar version by one and leaves an
/// audit event, in one transaction.
/// </summary>
public sealed class CalendarAdministration(RedressDbContext db, CalendarService calendars, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Loads the shipped England and Wales list into an empty database (version 1).</summary>
    public async Task SeedShippedAsync(CancellationToken ct = default)
    {
        if (await db.CalendarYears.AnyAsync(ct))
        {
            return;
        }
        var days = BankHolidayFeed.LoadShipped()[Division.EnglandAndWales];
        var state = new CalendarState { Version = 1, ChangedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.CalendarStates.Add(state);
        db.CalendarDays.AddRange(days.Select(d => ToStored(Division.EnglandAndWales, d, CalendarSource.Shipped, 1)));
        db.CalendarYears.AddRange(days.Select(d => d.Date.Year).Distinct().Select(y => new CalendarYear
        {
            Division = Division.EnglandAndWales, Year = y, Source = CalendarSource.Shipped,
            Provisional = BankHolidayFeed.ShippedProvisionalYears.Contains(y),
        }));
        db.AuditEvents.Add(audit.Record(Actor.System, "calendar.seeded", "calendar", "england-and-wales", null, null,
            AuditTrail.Snapshot(new { version = 1, years = days.Select(d => d.Date.Year).Distinct() })));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Imports an official GOV.UK bank-holidays.json (every division in it). For each year in the file,
    /// the file replaces the shipped or imported bank holidays of that year; days added by hand stay.
    /// </summary>
    public async Task<Outcome<CalendarImportSummary>> ImportAsync(string json, Actor actor, CancellationToken ct = default)
    {
        var (feed, error) = BankHolidayFeed.Parse(json);
        if (error is not null)
        {
            return Outcome<CalendarImportSummary>.Invalid(error.Field ?? "file", error.Message);
        }

        var state = await NextVersionAsync(ct);
        var summaries = new List<DivisionImportSummary>();
        foreach (var (division, days) in feed!)
        {
            summaries.Add(await ReplaceYearsAsync(division, days, state.Version, ct));
        }
        db.AuditEvents.Add(audit.Record(actor, "calendar.imported", "calendar", "all", null, null,
            AuditTrail.Snapshot(new { version = state.Version, divisions = summaries })));
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return Outcome<CalendarImportSummary>.Ok(new CalendarImportSummary(state.Version, summaries));
    }

    private async Task<DivisionImportSummary> ReplaceYearsAsync(Division division, IReadOnlyList<CalendarDay> days, int version, CancellationToken ct)
    {
        var years = days.Select(d => d.Date.Year).Distinct().Order().ToList();
        var first = new DateOnly(years[0], 1, 1);
        var last = new DateOnly(years[^1], 12, 31);
        var existing = await db.CalendarDays
            .Where(d => d.Division == division && d.Kind == CalendarDayKind.BankHoliday && d.Date >= first && d.Date <= last)
            .ToListAsync(ct);
        db.CalendarDays.RemoveRange(existing.Where(d => d.Source != CalendarSource.Manual && years.Contains(d.Date.Year)));
        var manual = existing.Where(d => d.Source == CalendarSource.Manual).Select(d => d.Date).ToHashSet();
        db.CalendarDays.AddRange(days.Where(d => !manual.Contains(d.Date)).Select(d => ToStored(division, d, CalendarSource.Imported, version)));

        var stored = await db.CalendarYears.Where(y => y.Division == division && years.Contains(y.Year)).ToListAsync(ct);
        foreach (var year in years)
        {
            var row = stored.FirstOrDefault(y => y.Year == year);
            if (row is null)
            {
                db.CalendarYears.Add(new CalendarYear { Division = division, Year = year, Source = CalendarSource.Imported });
            }
            else
            {
                row.Provisional = false;
                row.Source = CalendarSource.Imported;
            }
        }
        return new DivisionImportSummary(BankHolidayFeed.KeyOf(division), years, days.Count);
    }

    public async Task<Outcome<StoredCalendarDay>> AddDayAsync(Division division, CalendarDay day, Actor actor, CancellationToken ct = default)
    {
        if (await db.CalendarDays.AnyAsync(d => d.Division == division && d.Date == day.Date && d.Kind == day.Kind, ct))
        {
            return Outcome<StoredCalendarDay>.Refused(new DomainError("calendar-day-exists",
                $"{day.Date:yyyy-MM-dd} is already in the calendar as a {(day.Kind == CalendarDayKind.Closure ? "closure day" : "bank holiday")}.", "date"));
        }
        var state = await NextVersionAsync(ct);
        var stored = ToStored(division, day, CalendarSource.Manual, state.Version);
        db.CalendarDays.Add(stored);
        db.AuditEvents.Add(audit.Record(actor, "calendar.day-added", "calendar", BankHolidayFeed.KeyOf(division), null, null,
            AuditTrail.Snapshot(new { version = state.Version, day = new { stored.Date, stored.Title, stored.Kind } })));
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return Outcome<StoredCalendarDay>.Created(stored);
    }

    public async Task<Outcome<int>> RemoveDayAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (day is null)
        {
            return Outcome<int>.NotFound("There is no calendar day with that id.");
        }
        var state = await NextVersionAsync(ct);
        db.CalendarDays.Remove(day);
        db.AuditEvents.Add(audit.Record(actor, "calendar.day-removed", "calendar", BankHolidayFeed.KeyOf(day.Division), null,
            AuditTrail.Snapshot(new { day = new { day.Date, day.Title, day.Kind } }), AuditTrail.Snapshot(new { version = state.Version })));
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return Outcome<int>.Ok(state.Version);
    }

    /// <summary>Marks a year as loaded once its bank holidays have been entered by hand (provisional).</summary>
    public async Task<Outcome<CalendarYear>> LoadYearAsync(Division division, int year, Actor actor, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100)
        {
            return Outcome<CalendarYear>.Invalid("year", "The year must be between 2000 and 2100.");
        }
        if (await db.CalendarYears.AnyAsync(y => y.Division == division && y.Year == year, ct))
        {
            return Outcome<CalendarYear>.Refused(new DomainError("calendar-year-loaded", $"{year} is already loaded.", "year"));
        }
        var state = await NextVersionAsync(ct);
        var row = new CalendarYear { Division = division, Year = year, Provisional = true, Source = CalendarSource.Manual };
        db.CalendarYears.Add(row);
        db.AuditEvents.Add(audit.Record(actor, "calendar.year-loaded", "calendar", BankHolidayFeed.KeyOf(division), null, null,
            AuditTrail.Snapshot(new { version = state.Version, year })));
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return Outcome<CalendarYear>.Created(row);
    }

    /// <summary>Raises the version; the concurrency token stops two changes taking the same number.</summary>
    public async Task<CalendarState> NextVersionAsync(CancellationToken ct)
    {
        var state = await db.CalendarStates.SingleAsync(s => s.Id == 1, ct);
        state.Version++;
        state.ChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        return state;
    }

    private static StoredCalendarDay ToStored(Division division, CalendarDay day, CalendarSource source, int version) => new()
    {
        Id = Guid.CreateVersion7(),
        Division = division,
        Date = day.Date,
        Title = day.Title,
        Kind = day.Kind,
        IsSubstitute = day.IsSubstitute,
        Source = source,
        AddedInVersion = version,
    };
}
