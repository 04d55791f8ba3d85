using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Code;
using Redress.Web.Assessment;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.SelfAssessment;

/// <summary>Code 8.1: record that the governing body approved the self-assessment, and when. It cannot change after.</summary>
[Authorize(Policy = Policies.AssessmentPages)]
public sealed class ApproveModel(AssessmentOperations assessments, TimeProvider clock) : PageModel
{
    [BindProperty] public DateParts ApprovedOn { get; set; } = new();
    [BindProperty] public string? ApprovedBy { get; set; }

    public Domain.Code.SelfAssessment Assessment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var today = clock.TodayInUk();
        ApprovedOn = new DateParts { Day = today.Day.ToString(CultureInfo.InvariantCulture), Month = today.Month.ToString(CultureInfo.InvariantCulture), Year = today.Year.ToString(CultureInfo.InvariantCulture) };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var on = ApprovedOn.Read(ModelState, "approvedOn", "The date of approval", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await assessments.ApproveAsync(id, on!.Value, ApprovedBy ?? "", Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "It could not be approved");
            return Page();
        }
        TempData["Banner"] = $"Version {Assessment.Number} recorded as approved. It can no longer change.";
        return Redirect(Paths.SelfAssessment(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var assessment = await assessments.GetAsync(id, ct);
        if (assessment is null || assessment.Status != AssessmentStatus.Draft)
        {
            return false;
        }
        Assessment = assessment;
        return true;
    }
}
