using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Calendar;
using Redress.Domain.Common;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Calendar;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Settings;

namespace Redress.Web.Api;

public sealed record WorkingDaysAdded(DateOnly From, int Days, DateOnly Date, int CalendarVersion);

public sealed record WorkingDaysCounted(DateOnly From, DateOnly To, int WorkingDays, int CalendarVersion);

public sealed record CalendarYearView(int Year, bool Provisional, CalendarSource Source);

public sealed record CalendarDayView(Guid Id, DateOnly Date, string Title, CalendarDayKind Kind, bool IsSubstitute, CalendarSource Source, int AddedInVersion);

public sealed record CalendarOverview(int Version, Division Division, bool ClosuresAreNonWorking, IReadOnlyList<CalendarYearView> Years, IReadOnlyList<CalendarDayView> Days);

public sealed record AddCalendarDayBody(DateOnly? Date, string? Title, CalendarDayKind? Kind, Division? Division);

public sealed record LoadYearBody(int? Year, Division? Division);

public static class CalendarApi
{
    public static void MapCalendar(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar");

        group.MapGet("/working-days/add", Add).RequireAuthorization(Policies.Read)
            .WithSummary("The n-th working day after a date").WithDescription("Day 0 is 'from'; a negative 'days' counts back.")
            .Produces<WorkingDaysAdded>().ProducesValidationProblem().ProducesProblem(422);
        group.MapGet("/working-days/count", Count).RequireAuthorization(Policies.Read)
            .WithSummary("Working days after 'from' up to and including 'to'").WithDescription("Negative when 'to' is before 'from'.")
            .Produces<WorkingDaysCounted>().ProducesValidationProblem().ProducesProblem(422);
        group.MapGet("/", Overview).RequireAuthorization(Policies.Read)
            .WithSummary("The calendar in force: version, loaded years and days").Produces<CalendarOverview>();
        group.MapPost("/imports", Import).RequireAuthorization(Policies.Admin)
            .WithSummary("Import an official GOV.UK bank-holidays.json")
            .WithDescription("Every division in the file is stored; for each year in the file its bank holidays replace the shipped or imported ones. Days added by hand stay.")
            .Accepts<object>("application/json").Produces<CalendarImportSummary>().ProducesValidationProblem();
        group.MapPost("/days", AddDay).RequireAuthorization(Policies.Admin)
            .WithSummary("Add a bank holiday or an opt-in closure day by hand")
            .Accepts<AddCalendarDayBody>("application/json").Produces<CalendarDayView>(201).ProducesValidationProblem().ProducesProblem(422);
        group.MapDelete("/days/{id:guid}", RemoveDay).RequireAuthorization(Policies.Admin)
            .WithSummary("Remove a calendar day").ProducesProblem(404);
        group.MapPost("/years", LoadYear).RequireAuthorization(Policies.Admin)
            .WithSummary("Mark a year loaded after entering its bank holidays by hand (provisional)")
            .Accepts<LoadYearBody>("application/json").Produces<CalendarYearView>(201).ProducesValidationProblem().ProducesProblem(422);
    }

    private static async Task<IResult> Add(HttpRequest request, RedressDbContext db, SettingsStore settings, CalendarService calendars, CancellationToken ct)
    {
        var v = new Validator();
        var from = Query.Date(v, request.Query, "from", required: true);
        var days = Query.Int(v, request.Query, "days", -10_000, 10_000);
        if (days is null && v.IsValid)
        {
            v.Add("days", "Enter 'days', a whole number of working days.");
        }
        if (!v.IsValid)
        {
            return v.Problem();
        }
        var calendar = await calendars.CurrentAsync(db, await settings.GetAsync(db, ct), ct);
        return Calculate(() => TypedResults.Ok(new WorkingDaysAdded(from!.Value, days!.Value, calendar.AddWorkingDays(from.Value, days.Value), calendar.Version)));
    }

    private static async Task<IResult> Count(HttpRequest request, RedressDbContext db, SettingsStore settings, CalendarService calendars, CancellationToken ct)
    {
        var v = new Validator();
        var from = Query.Date(v, request.Query, "from", required: true);
        var to = Query.Date(v, request.Query, "to", required: true);
        if (!v.IsValid)
        {
            return v.Problem();
        }
        var calendar = await calendars.CurrentAsync(db, await settings.GetAsync(db, ct), ct);
        return Calculate(() => TypedResults.Ok(new WorkingDaysCounted(from!.Value, to!.Value, calendar.CountWorkingDays(from.Value, to.Value), calendar.Version)));
    }

    private static IResult Calculate(Func<IResult> calculation)
    {
        try
        {
            return calculation();
        }
        catch (DomainException e)
        {
            return Problems.Refused(e.Error);
        }
    }

    private static async Task<IResult> Overview(HttpRequest request, RedressDbContext db, SettingsStore settingsStore, CancellationToken ct)
    {
        var v = new Validator();
        var year = Query.Int(v, request.Query, "year", 1900, 2200);
        if (!v.IsValid)
        {
            return v.Problem();
        }
        var settings = await settingsStore.GetAsync(db, ct);
        var version = await db.CalendarStates.Where(s => s.Id == 1).Select(s => s.Version).FirstOrDefaultAsync(ct);
        var years = await db.CalendarYears.AsNoTracking().Where(y => y.Division == settings.Division).OrderBy(y => y.Year)
            .Select(y => new CalendarYearView(y.Year, y.Provisional, y.Source)).ToListAsync(ct);
        var days = db.CalendarDays.AsNoTracking().Where(d => d.Division == settings.Division);
        if (year is { } y)
        {
            days = days.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date <= new DateOnly(y, 12, 31));
        }
        var list = await days.OrderBy(d => d.Date)
            .Select(d => new CalendarDayView(d.Id, d.Date, d.Title, d.Kind, d.IsSubstitute, d.Source, d.AddedInVersion)).ToListAsync(ct);
        return TypedResults.Ok(new CalendarOverview(version, settings.Division, settings.ClosuresAreNonWorking, years, list));
    }

    private static async Task<IResult> Import(HttpRequest request, CalendarAdministration admin, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Problems.UnsupportedMediaType();
        }
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        return Problems.From(await admin.ImportAsync(json, Actor.From(user), ct), s => TypedResults.Ok(s));
    }

    private static async Task<IResult> AddDay(HttpRequest request, CalendarAdministration admin, SettingsStore settings, RedressDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<AddCalendarDayBody>(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var v = new Validator();
        v.Required("date", body!.Date, "the date");
        v.Text("title", body.Title, "the name of the day", Limits.Name);
        v.Required("kind", body.Kind, "the kind of day: bankHoliday or closure");
        if (!v.IsValid)
        {
            return v.Problem();
        }
        var division = body.Division ?? (await settings.GetAsync(db, ct)).Division;
        var outcome = await admin.AddDayAsync(division, new CalendarDay(body.Date!.Value, body.Title!.Trim(), body.Kind!.Value), Actor.From(user), ct);
        return Problems.From(outcome, d => TypedResults.Created($"/api/v1/calendar/days/{d.Id}",
            new CalendarDayView(d.Id, d.Date, d.Title, d.Kind, d.IsSubstitute, d.Source, d.AddedInVersion)));
    }

    private static async Task<IResult> RemoveDay(Guid id, CalendarAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
        Problems.From(await admin.RemoveDayAsync(id, Actor.From(user), ct), version => TypedResults.Ok(new { version }));

    private static async Task<IResult> LoadYear(HttpRequest request, CalendarAdministration admin, SettingsStore settings, RedressDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<LoadYearBody>(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var v = new Validator();
        v.Required("year", body!.Year, "the year");
        if (!v.IsValid)
        {
            return v.Problem();
        }
        var division = body.Division ?? (await settings.GetAsync(db, ct)).Division;
        var outcome = await admin.LoadYearAsync(division, body.Year!.Value, Actor.From(user), ct);
        return Problems.From(outcome, y => TypedResults.Created($"/api/v1/calendar?year={y.Year}", new CalendarYearView(y.Year, y.Provisional, y.Source)));
    }
}
