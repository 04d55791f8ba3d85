using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Code;
using Redress.Web.Assessment;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Pages.Shared;

namespace Redress.Web.Pages.SelfAssessment;

/// <summary>Answer one provision: comply or not, the evidence (with what the system measured), commentary, and for a "no" the action and date.</summary>
[Authorize(Policy = Policies.AssessmentPages)]
public sealed class AnswerModel(AssessmentOperations assessments, AssessmentEvidence evidence) : PageModel
{
    [BindProperty] public bool? Complies { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Commentary { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public DateParts TargetOn { get; set; } = new();
    /// <summary>"Save and next": on to the next provision once saved, rather than back to the assessment.</summary>
    [BindProperty] public bool Next { get; set; }

    public Domain.Code.SelfAssessment Assessment { get; private set; } = null!;
    public CodeProvision Provision { get; private set; } = null!;
    public string? Suggestion { get; private set; }
    /// <summary>The provision after this one in the Code, or null for the last.</summary>
    public CodeProvision? NextProvision => CodeProvisions.All.SkipWhile(p => p.Number != Provision.Number).Skip(1).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(Guid id, string number, CancellationToken ct)
    {
        if (!await LoadAsync(id, number, ct))
        {
            return NotFound();
        }
        var answer = Assessment.Answers.Single(a => a.Provision == number);
        (Complies, Evidence, Commentary, Action) = (answer.Complies, answer.Evidence, answer.Commentary, answer.Action);
        if (answer.TargetOn is { } t)
        {
            TargetOn = new DateParts { Day = t.Day.ToString(), Month = t.Month.ToString(), Year = t.Year.ToString() };
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string number, CancellationToken ct)
    {
        if (!await LoadAsync(id, number, ct))
        {
            return NotFound();
        }
        if (Complies is null)
        {
            ModelState.AddModelError("complies", "Select whether the landlord complies");
        }
        var target = TargetOn.Read(ModelState, "targetOn", "The target date", required: false);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }
        var outcome = await assessments.AnswerAsync(id, number, new AnswerDetails(Complies!.Value, Evidence, Commentary, Action, target), Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "The answer could not be saved");
            return await ShowAsync(ct);
        }
        TempData["Banner"] = $"Provision {number} answered.";
        return Next && NextProvision is { } next
            ? Redirect(Paths.Provision(id, next.Number))
            : Redirect($"{Paths.SelfAssessment(id)}#p-{number.Replace('.', '-')}");
    }

    private async Task<bool> LoadAsync(Guid id, string number, CancellationToken ct)
    {
        var assessment = await assessments.GetAsync(id, ct);
        var provision = CodeProvisions.All.FirstOrDefault(p => p.Number == number);
        if (assessment is null || provision is null || assessment.Status != AssessmentStatus.Draft)
        {
            return false;
        }
        (Assessment, Provision) = (assessment, provision);
        return true;
    }

    /// <summary>The page shown: with what the system measured for the provision (counted only when the form is shown, not on a save).</summary>
    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Suggestion = (await evidence.SuggestAsync(Assessment.ReportingYear, ct)).GetValueOrDefault(Provision.Number);
        return Page();
    }
}
