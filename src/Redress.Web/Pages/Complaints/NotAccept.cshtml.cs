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
public sealed class NotAcceptModel(ComplaintOperations complaints, TimeProvider clock) : ComplaintJourney(complaints)
{
    [BindProperty] public RefusalReason? Reason { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [BindProperty] public string? Discretion { get; set; }
    [BindProperty] public DateParts DecidedOn { get; set; } = new();

    public DateOnly? Decided { get; private set; }

    protected override void Prefill() => DecidedOn = Dates.Parts(clock.TodayInUk());

    protected override bool Read()
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

    protected override async Task<IActionResult> RecordAsync(Guid id, CancellationToken ct)
    {
        var refusal = new RefusalRequest(Reason!.Value, Explanation!.Trim(), Decided!.Value, string.IsNullOrWhiteSpace(Discretion) ? null : Discretion.Trim());
        var outcome = await Complaints.ApplyAsync(id, Version, "complaint.not-accepted", Actor.From(User), (c, ctx, _) => c.NotAccept(refusal, ctx), ct);
        return outcome.Succeeded
            ? Done(id, "Recorded as not accepted. Tell the resident why, and that they can ask the Housing Ombudsman to review the decision.")
            : Refused(outcome, field => field switch
            {
                "decidedOn" => "decidedOn",
                "discretionConsidered" => "discretion",
                "explanation" => "explanation",
                _ => "reason",
            });
    }
}

