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
public sealed class IndexModel(MeasureReports measures, TsmReports tsm, RedressDbContext db, SettingsStore settings, CalendarService calendars, TimeProvider clock) : PageModel
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
        Report = await measures.ForAsync(Choice.Period, today, calendar, ct);
        Before = await measures.ForAsync(Choice.Period.YearBefore(), today, calendar, ct);
        Tsm = Choice.Quarter is null ? await tsm.ForYearAsync(new ReportingYear(Choice.Year), null, ct) : null;
        Months = await measures.MonthsAsync(Choice.Period, ct);
        MonthsBefore = await measures.MonthsAsync(Choice.Period.YearBefore(), ct);
        var first = await db.Complaints.AsNoTracking().OrderBy(c => c.ReceivedOn).Select(c => (DateOnly?)c.ReceivedOn).FirstOrDefaultAsync(ct) ?? today;
        var last = ReportingYear.Containing(today).Year;
        Years = [.. Enumerable.Range(ReportingYear.Containing(first).Year, last - ReportingYear.Containing(first).Year + 1).Reverse()];
    }

    public string Link(Figure figure) => $"/oversight/complaints?measure={Uri.EscapeDataString(figure.Measure)}&{Choice.Query}";

    public string LinkBefore(Figure figure) => $"/oversight/complaints?measure={Uri.EscapeDataString(figure.Measure)}&year={Choice.Year - 1}" + (Choice.Quarter is { } q ? $"&quarter={q}" : "");
}
