using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Web.Auth;
using Redress.Web.Reports;

namespace Redress.Web.Api;

public static class ReportsApi
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");

        group.MapGet("/tsm", Tsm).RequireAuthorization(Policies.Read)
            .WithSummary("Tenant satisfaction measures CH01 and CH02 for a reporting year (1 April to 31 March)")
            .WithDescription("year=2025 is 1 April 2025 to 31 March 2026; tenure=lcra or lcho for the split. Numerators and denominators are given beside each rate.")
            .Produces<TsmReport>().ProducesValidationProblem();
        group.MapGet("/measures", Measures).RequireAuthorization(Policies.Read)
            .WithSummary("Every measure of the annual report for a period")
            .WithDescription("year=2025 (1 April 2025 to 31 March 2026), with quarter=1-4 for a quarter; or from=2025-04-01&to=2025-09-30. " +
                "Each figure has a 'measure' key: GET /api/v1/reports/measures/complaints?measure=KEY and the same period lists the complaints behind it.")
            .Produces<MeasureReport>().ProducesValidationProblem();
        group.MapGet("/measures/complaints", MeasureComplaints).RequireAuthorization(Policies.Read)
            .WithSummary("The complaints behind a figure").WithDescription("measure=KEY and the period as for /measures; page and pageSize (at most 200).")
            .ProducesValidationProblem();
    }

    private static (ReportingPeriod? Period, IResult? Problem) PeriodOf(HttpRequest request)
    {
        var v = new Validator();
        var q = request.Query;
        var year = Query.Int(v, q, "year", 2000, 2100);
        var quarter = Query.Int(v, q, "quarter", 1, 4);
        var from = Query.Date(v, q, "from");
        var to = Query.Date(v, q, "to");
        if (!v.IsValid)
        {
            return (null, v.Problem());
        }
        if (year is { } y)
        {
            return (quarter is { } qn ? ReportingPeriod.Quarter(y, qn) : ReportingPeriod.Year(y), null);
        }
        if (from is null || to is null)
        {
            return (null, Problems.Invalid("year", "Give 'year' (and optionally 'quarter'), or both 'from' and 'to'."));
        }
        var (period, error) = ReportingPeriod.Range(from.Value, to.Value);
        return error is null ? (period, null) : (null, Problems.Invalid(error.Field ?? "to", error.Message));
    }

    private static async Task<IResult> Measures(HttpRequest request, MeasureReports reports, Data.RedressDbContext db, Settings.SettingsStore settings, Calendar.CalendarService calendars, TimeProvider clock, CancellationToken ct)
    {
        var (period, problem) = PeriodOf(request);
        if (problem is not null)
        {
            return problem;
        }
        var calendar = await calendars.CurrentAsync(db, await settings.GetAsync(db, ct), ct);
        return TypedResults.Ok(await reports.ForAsync(period!.Value, Time.UkTime.TodayInUk(clock), calendar, ct));
    }

    private static async Task<IResult> MeasureComplaints(HttpRequest request, MeasureList list, TimeProvider clock, CancellationToken ct)
    {
        var (period, problem) = PeriodOf(request);
        if (problem is not null)
        {
            return problem;
        }
        var v = new Validator();
        var page = Query.Int(v, request.Query, "page", 1, 1_000_000) ?? 1;
        var size = Query.Int(v, request.Query, "pageSize", 1, 200) ?? 50;
        var key = request.Query["measure"].ToString();
        var measure = key.Length == 0 ? null : await list.FindAsync(key, period!.Value, ct);
        var complaints = measure is null ? null : list.Complaints(measure, period!.Value, Time.UkTime.TodayInUk(clock));
        if (complaints is null)
        {
            v.Add("measure", "Give 'measure', a key from /api/v1/reports/measures (for example responded-late-1).");
        }
        if (!v.IsValid)
        {
            return v.Problem();
        }
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(complaints!, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            complaints!.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Reference).Skip((page - 1) * size).Take(size)
                .Select(c => new { c.Id, c.Reference, c.ReceivedOn, c.Stage, c.Status, c.Category }), ct);
        return TypedResults.Ok(new { measure = key, label = measure!.Label, definition = measure.Definition, from = period!.Value.From, to = period.Value.To, total, page, pageSize = size, items });
    }

    private static async Task<IResult> Tsm(HttpRequest request, TsmReports reports, CancellationToken ct)
    {
        var v = new Validator();
        var year = Query.Int(v, request.Query, "year", 2000, 2100);
        if (year is null && v.IsValid)
        {
            v.Add("year", "Enter 'year', the first calendar year of the reporting year (2025 for April 2025 to March 2026).");
        }
        var tenure = Query.Enum<Tenure>(v, request.Query, "tenure");
        if (!v.IsValid)
        {
            return v.Problem();
        }
        return TypedResults.Ok(await reports.ForYearAsync(new ReportingYear(year!.Value), tenure, ct));
    }
}
