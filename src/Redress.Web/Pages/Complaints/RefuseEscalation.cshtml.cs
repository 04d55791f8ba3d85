using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>Refuse to escalate (Code 5.11): only on a section 2 ground, set out to the resident.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class RefuseEscalationModel(ComplaintOperations complaints, TimeProvider clock) : ComplaintJourney(complaints)
{
    [BindProperty] public RefusalReason? Reason { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [BindProperty] public DateParts RequestedOn { get; set; } = new();
    [BindProperty] public DateParts DecidedOn { get; set; } = new();

    public DateOnly? Requested { get; private set; }
    public DateOnly? Decided { get; private set; }

    protected override void Prefill()
    {
        RequestedOn = Dates.Parts(clock.TodayInUk());
        DecidedOn = Dates.Parts(clock.TodayInUk());
    }

    protected override bool Read()
    {
        Requested = RequestedOn.Read(ModelState, "requestedOn", "The date the escalation request was received", required: true);
        if (Reason is null)
        {
            ModelState.AddModelError("reason", "Select the section 2 ground for refusing to escalate");
        }
        if (string.IsNullOrWhiteSpace(Explanation))
        {
            ModelState.AddModelError("explanation", "Explain the reasons to the resident");
        }
        Decided = DecidedOn.Read(ModelState, "decidedOn", "The date of the decision", required: true);
        return ModelState.IsValid;
    }

    protected override async Task<IActionResult> RecordAsync(Guid id, CancellationToken ct)
    {
        var (requested, refusal) = (Requested!.Value, new RefusalRequest(Reason!.Value, Explanation!.Trim(), Decided!.Value, null));
        var outcome = await Complaints.ApplyAsync(id, Version, "complaint.escalation-refused", Actor.From(User),
            (c, ctx, _) => c.RefuseEscalation(requested, refusal, ctx), ct);
        return outcome.Succeeded
            ? Done(id, "Escalation refused. Tell the resident the reasons and that they can go to the Housing Ombudsman.")
            : Refused(outcome, field => field is "requestedOn" or "decidedOn" or "explanation" ? field : "reason");
    }
}
