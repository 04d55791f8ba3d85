using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Common;
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
    [BindProperty] public string? DiscretionConsidered { get; set; }
    [BindProperty] public DateParts RequestedOn { get; set; } = new();
    [BindProperty] public DateParts DecidedOn { get; set; } = new();
    [BindProperty] public DateParts ProceedingsFiledOn { get; set; } = new();

    public DateOnly? Requested { get; private set; }
    public DateOnly? Decided { get; private set; }
    public DateOnly? Filed { get; private set; }

    protected override ComplaintAction Action => ComplaintAction.RefuseEscalation;

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
        Decided = DecidedOn.Read(ModelState, "decidedOn", "The date of the decision", required: true);
        Filed = ProceedingsFiledOn.Read(ModelState, "proceedingsFiledOn", "The date the claim was filed at court", required: false);
        // The complaint's own rule for the ground, every problem at once rather than one a submit (Code 2.2-2.5, 5.11).
        ModelState.AddRefusals(Domain.Complaints.Complaint.GroundProblems(Reason, Explanation, Decided, DiscretionConsidered, Filed, Complaint.OutsideTwelveMonths));
        return ModelState.IsValid;
    }

    protected override ComplaintChange Change()
    {
        var requested = Requested!.Value;
        var refusal = new RefusalDetails(Reason!.Value, Explanation?.Trim() ?? "", Decided!.Value, DiscretionConsidered?.Trim(), Filed);
        return (c, ctx, _) => c.RefuseEscalation(requested, refusal, ctx);
    }

    protected override string Banner(ComplaintView recorded) =>
        "Escalation refused. Tell the resident the reasons and that they can go to the Housing Ombudsman.";
}
