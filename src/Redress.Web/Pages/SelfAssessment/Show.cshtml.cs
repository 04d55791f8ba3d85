using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Code;
using Redress.Web.Assessment;
using Redress.Web.Auth;

namespace Redress.Web.Pages.SelfAssessment;

/// <summary>One self-assessment in the layout of the form: each section's provisions with the answer, evidence and action.</summary>
public sealed class ShowModel(AssessmentOperations assessments) : PageModel
{
    public Domain.Code.SelfAssessment Assessment { get; private set; } = null!;
    public bool CanEdit => Roles.AssessmentEditors.Any(User.IsInRole) && Assessment.Status == AssessmentStatus.Draft;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var assessment = await assessments.GetAsync(id, ct);
        if (assessment is null)
        {
            return NotFound();
        }
        Assessment = assessment;
        return Page();
    }

    public AssessmentAnswer AnswerTo(string provision) => Assessment.Answers.Single(a => a.Provision == provision);
}
