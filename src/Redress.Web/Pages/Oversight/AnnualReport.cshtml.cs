using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Measures;
using Redress.Domain.Oversight;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Pages.Shared;
using Redress.Web.Reports;
using Redress.Web.Time;

namespace Redress.Web.Pages.Oversight;

/// <summary>Code 8.1-8.2: draft the annual report for a year, record the governing body's response, and publish it.</summary>
public sealed class AnnualReportModel(AnnualReports reports, TimeProvider clock) : PageModel
{
    // Not "year": a date input's Year part would take it when the response date is left empty. Text, so that
    // a year that is not a number is refused as one, not dropped by binding.
    [BindProperty(SupportsGet = true, Name = "reportingYear")] public string? Year { get; set; }
    [BindProperty] public string? Analysis { get; set; }
    [BindProperty] public string? OmbudsmanReports { get; set; }
    [BindProperty] public string? GoverningBodyResponse { get; set; }
    [BindProperty] public DateParts ResponseOn { get; set; } = new();

    /// <summary>Null when the address asked for a year there is no report for: the page says so instead.</summary>
    public AnnualReport? Report { get; private set; }
    public AnnualFigures Figures { get; private set; } = null!;
    /// <summary>The years to choose from, newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CanEdit => Roles.AssessmentEditors.Any(User.IsInRole) && Report is { IsPublished: false };

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct))
        {
            FillFromSaved();
        }
    }

    /// <summary>The form shows what is saved: after a refused publish nothing typed or saved is lost.</summary>
    private void FillFromSaved()
    {
        var report = Report!;
        (Analysis, OmbudsmanReports, GoverningBodyResponse) = (report.Analysis, report.OmbudsmanReports, report.GoverningBodyResponse);
        if (report.ResponseOn is { } on)
        {
            ResponseOn = new DateParts { Day = on.Day.ToString(), Month = on.Month.ToString(), Year = on.Year.ToString() };
        }
    }

    /// <summary>
    /// What publishing needs (Code 8.1, 8.2), each met or not, shown beside the Publish button: met when the report's
    /// own rule (<see cref="AnnualReport.PublishProblems"/>) finds no problem with it.
    /// </summary>
    public IReadOnlyList<(string Id, string Need, bool Met, string? Link)> PublishingNeeds
    {
        get
        {
            var unmet = Problems().Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
            return [
                ("reportingYear", $"The reporting year has ended (on 31 March {Report!.ReportingYear + 1})", !unmet.Contains("reportingYear"), null),
                ("analysis", "The qualitative analysis is saved (8.1 b)", !unmet.Contains("analysis"), null),
                ("governingBodyResponse", "The governing body's response and its date are saved (8.2)", !unmet.Contains("governingBodyResponse"), null),
                ("selfAssessment", "A self-assessment for the year is approved (8.1 a)", !unmet.Contains("selfAssessment"), Paths.SelfAssessments),
            ];
        }
    }

    /// <summary>What stops publishing now: whether a self-assessment is approved is all the rule needs of it here.</summary>
    private IReadOnlyList<Redress.Domain.Common.DomainError> Problems() =>
        Report!.PublishProblems(Figures.SelfAssessment is null ? null : Guid.Empty, clock.TodayInUk());

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        var on = ResponseOn.Read(ModelState, "responseOn", "The date of the response", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await reports.WriteAsync(Report!.ReportingYear, new AnnualReportText(Analysis, OmbudsmanReports, GoverningBodyResponse, on), Actor.From(User), ct);
        return Done(outcome, "The report is saved.");
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        var outcome = await reports.PublishAsync(Report!.ReportingYear, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            // Everything missing at once, each beside its item; nothing typed or saved is lost.
            FillFromSaved();
            var problems = Problems();
            foreach (var problem in problems)
            {
                ModelState.AddRefusal(problem);
            }
            if (problems.Count > 0)
            {
                return Page();
            }
        }
        return Done(outcome, "Published. It is on the public reports page with the self-assessment.");
    }

    private IActionResult Done(Common.Outcome<AnnualReport> outcome, string banner)
    {
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "It could not be saved");
            return Page();
        }
        TempData["Banner"] = banner;
        return Redirect($"{Paths.AnnualReport}?reportingYear={Report!.ReportingYear}");
    }

    /// <summary>
    /// The report of the year asked for (last year's when none is): false, with an error at the year's select,
    /// when the year is not one of <see cref="Years"/>.
    /// </summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var today = clock.TodayInUk();
        Years = await reports.YearsAsync(today, ct);
        var year = ReportingYear.Containing(today).Year - 1;
        if (!string.IsNullOrWhiteSpace(Year) && !(int.TryParse(Year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) && Years.Contains(year)))
        {
            ModelState.AddModelError("year", $"Choose a reporting year from the list: there is a report for each year from {Label(Years[^1])} to {Label(Years[0])}, not for “{Year.Trim()}”");
            return false;
        }
        Report = await reports.DraftAsync(year, ct);
        Figures = await reports.FiguresOfAsync(Report, ct);
        return true;
    }

    /// <summary>A reporting year as people write it: 2025/26.</summary>
    public static string Label(int year) => $"{year}/{(year + 1) % 100:00}";
}
