using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// Do not accept a complaint (Code 2.1-2.5): a section 2 ground, an explanation written for this
/// complaint, and for the 12-month ground a record of how discretion was considered.
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class NotAcceptModel(ComplaintOperations complaints, TimeProvider clock) : PageModel
{
    [BindProperty] public RefusalReason? Reason { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [BindProperty] public string? Discretion { get; set; }
    [BindProperty] public DateParts DecidedOn { get; set; } = new();
    [BindProperty] public string? Version { get; set; }

    public ComplaintView Complaint { get; private set; } = null!;
    public bool Checking { get; private set; }
    public DateOnly? Decided { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        DecidedOn = Dates.Parts(clock.TodayInUk());
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Checking = Read();
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!Read())
        {
            return Page();
        }
        var refusal = new RefusalRequest(Reason!.Value, Explanation!.Trim(), Decided!.Value, string.IsNullOrWhiteSpace(Discretion) ? null : Discretion.Trim());
        var outcome = await complaints.ApplyAsync(id, Version, "complaint.not-accepted", Actor.From(User), (c, ctx, _) => c.NotAccept(refusal, ctx), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(outcome.Error?.Field switch
            {
                "decidedOn" => "decidedOn",
                "discretionConsidered" => "discretion",
                "explanation" => "explanation",
                _ => "reason",
            }, outcome.Error!.Message);
            return Page();
        }
        TempData["Banner"] = "Recorded as not accepted. Tell the resident why, and that they can ask the Housing Ombudsman to review the decision.";
        return Redirect($"/complaints/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await complaints.GetAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return false;
        }
        Complaint = outcome.Value!;
        Version ??= Complaint.ETag;
        return true;
    }

    private bool Read()
    {
        if (Reason is null)
        {
            ModelState.AddModelError("reason", "Select why the complaint is not accepted");
        }
        if (string.IsNullOrWhiteSpace(Explanation))
        {
            ModelState.AddModelError("explanation", "Explain to the resident why this complaint is not suitable for the complaints process");
        }
        if (Reason == RefusalReason.Over12Months && string.IsNullOrWhiteSpace(Discretion))
        {
            ModelState.AddModelError("discretion", "Record how you considered using discretion to accept a complaint made after 12 months");
        }
        Decided = DecidedOn.Read(ModelState, "decidedOn", "The date of the decision", required: true);
        return ModelState.IsValid;
    }

    public static string Describe(RefusalReason reason) => reason switch
    {
        RefusalReason.Over12Months => "The issue occurred, and the resident knew of it, more than 12 months before the complaint",
        RefusalReason.LegalProceedings => "Legal proceedings have started (a claim has been filed at court)",
        RefusalReason.PreviouslyConsidered => "The matter was considered before under the complaints policy",
        _ => "Another reason, set out in the explanation",
    };
}
