using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Measures;
using Redress.Web.Calendar;
using Redress.Web.Data;
using Redress.Web.Reports;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Pages.Oversight;

/// <summary>
/// Code 9.4-9.7: how complaint handling performs, for the governing body, the Member Responsible for
/// Complaints and the senior lead: the measures for a year or quarter beside the year before, month by
/// month, and the themes. Every figure opens the complaints behind it.
/// </summary>
public sealed class IndexModel(MeasureReports measures, TsmReports tsm, RedressDbContext db, SettingsStore settings, CalendarService calendars, IServiceScopeFactory scopes, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Quarter { get; set; }

    public PeriodChoice Choice { get; private set; } = null!;
    public MeasureReport Report { get; private set; } = null!;
    public MeasureReport Before { get; private set; } = null!;
    public TsmReport? Tsm { get; private set; }
    public IReadOnlyList<MonthFigures> Months { get; private set; } = [];
    public IReadOnlyList<MonthFigures> MonthsBefore { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.TodayInUk();
        Choice = PeriodChoice.From(Year, Quarter, today);
        var calendar = await calendars.CurrentAsync(db, await settings.GetAsync(db, ct), ct);
        // The year before is read at the same time on a context of its own: two readers, half the wait.
        var before = Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var other = scope.ServiceProvider.GetRequiredService<MeasureReports>();
            return (await other.ForAsync(Choice.Period.YearBefore(), today, calendar, ct), await other.MonthsAsync(Choice.Period.YearBefore(), ct));
        }, ct);
        Report = await measures.ForAsync(Choice.Period, today, calendar, ct);
        Tsm = Choice.Quarter is null ? await tsm.ForYearAsync(new ReportingYear(Choice.Year), null, ct) : null;
        Months = await measures.MonthsAsync(Choice.Period, ct);
        (Before, MonthsBefore) = await before;
        var first = await db.Complaints.AsNoTracking().OrderBy(c => c.ReceivedOn).Select(c => (DateOnly?)c.ReceivedOn).FirstOrDefaultAsync(ct) ?? today;
        var last = ReportingYear.Containing(today).Year;
        Years = [.. Enumerable.Range(ReportingYear.Containing(first).Year, last - ReportingYear.Containing(first).Year + 1).Reverse()];
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return File(Table().Csv(), "text/csv; charset=utf-8", $"complaints-measures-{Choice.Year}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return File(await Table().XlsxAsync(ct), Documents.TableExport.XlsxType, $"complaints-measures-{Choice.Year}.xlsx");
    }

    /// <summary>Every count of the page with its key, for the period and a year earlier.</summary>
    private Documents.TableExport Table()
    {
        static IEnumerable<(Figure Now, Figure Before)> Pairs(MeasureReport r, MeasureReport b) =>
            new[] { (r.Stage1, b.Stage1), (r.Stage2, b.Stage2) }.SelectMany(p => new[]
            {
                (p.Item1.Received, p.Item2.Received), (p.Item1.Acknowledged, p.Item2.Acknowledged), (p.Item1.AcknowledgedLate, p.Item2.AcknowledgedLate),
                (p.Item1.Responded, p.Item2.Responded), (p.Item1.RespondedLate, p.Item2.RespondedLate), (p.Item1.Extended, p.Item2.Extended),
            }.Concat(p.Item1.Outcomes.Zip(p.Item2.Outcomes)))
            .Concat([(r.NotAccepted, b.NotAccepted), (r.Withdrawn, b.Withdrawn), (r.Remedies.Offered, b.Remedies.Offered), (r.Remedies.Completed, b.Remedies.Completed), (r.Updates.Sent, b.Updates.Sent), (r.Updates.Late, b.Updates.Late), (r.Open, b.Open), (r.Overdue, b.Overdue), (r.Updates.OverdueNow, b.Updates.OverdueNow), (r.DuringExceptionalCircumstances, b.DuringExceptionalCircumstances)])
            .Concat(r.NotAcceptedByReason.Zip(b.NotAcceptedByReason)).Concat(r.EscalationRefusedByReason.Zip(b.EscalationRefusedByReason));
        return new Documents.TableExport("Measures", ["Figure", "Measure key", Report.Label, "A year earlier"],
            [.. Pairs(Report, Before).Select(p => (IReadOnlyList<object?>)[p.Now.Label, p.Now.Measure, p.Now.Value, p.Before.Value]),
             .. Report.Categories.Select(c => (IReadOnlyList<object?>)[$"Category: {c.Label}", c.Measure, c.Value, null])]);
    }

    public string Link(Figure figure) => Paths.MeasureComplaints(figure.Measure, Choice.Query);

    public string LinkBefore(Figure figure) => Paths.MeasureComplaints(figure.Measure, $"year={Choice.Year - 1}" + (Choice.Quarter is { } q ? $"&quarter={q}" : ""));
}
