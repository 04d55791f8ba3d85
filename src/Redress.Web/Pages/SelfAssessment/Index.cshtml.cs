using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Code;
using Redress.Domain.Measures;
using Redress.Web.Assessment;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.SelfAssessment;

/// <summary>Code 8.1-8.4: every version of the self-assessment, and starting a new one (yearly, or after a change).</summary>
public sealed class IndexModel(AssessmentOperations assessments, TimeProvider clock) : PageModel
{
    [BindProperty] public int? Year { get; set; }
    [BindProperty] public AssessmentReason? Reason { get; set; }
    [BindProperty] public string? ReasonDetails { get; set; }

    public IReadOnlyList<AssessmentSummary> Versions { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanEdit => Roles.AssessmentEditors.Any(User.IsInRole);

    /// <summary>Code 8.1: no approved self-assessment in the last 12 months.</summary>
    public bool Due => !Versions.Any(v => v.ApprovedOn > Today.AddYears(-1));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        if (Year is null or < 2000 or > 2100)
        {
            ModelState.AddModelError("year", "Select the reporting year");
        }
        if (Reason is null)
        {
            ModelState.AddModelError("reason", "Select why you are assessing now");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await assessments.StartAsync(Year!.Value, Reason!.Value, ReasonDetails, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "It could not be started");
            return Page();
        }
        TempData["Banner"] = $"Self-assessment version {outcome.Value!.Number} started{(outcome.Value.Number > 1 ? " from the previous version's answers" : "")}.";
        return Redirect(Paths.SelfAssessment(outcome.Value.Id));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = clock.TodayInUk();
        Versions = await assessments.ListAsync(ct);
        Year ??= ReportingYear.Containing(Today).Year - 1;
    }
}
