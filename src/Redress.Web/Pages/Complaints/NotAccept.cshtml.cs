using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
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
    [BindProperty] public string? DiscretionConsidered { get; set; }
    [BindProperty] public DateParts DecidedOn { get; set; } = new();
    [BindProperty] public DateParts ProceedingsFiledOn { get; set; } = new();

    public DateOnly? Decided { get; private set; }
    public DateOnly? Filed { get; private set; }

    protected override ComplaintAction Action => ComplaintAction.NotAccept;

    protected override void Prefill() => DecidedOn = Dates.Parts(clock.TodayInUk());

    protected override bool Read()
    {
        if (Reason is null)
        {
            ModelState.AddModelError("reason", "Select why the complaint is not accepted");
        }
        Decided = DecidedOn.Read(ModelState, "decidedOn", "The date of the decision", required: true);
        Filed = ProceedingsFiledOn.Read(ModelState, "proceedingsFiledOn", "The date the claim was filed at court", required: false);
        // The complaint's own rule for the ground, every problem at once rather than one a submit (Code 2.2-2.5, 5.11).
        ModelState.AddRefusals(Domain.Complaints.Complaint.GroundProblems(Reason, Explanation, Decided, DiscretionConsidered, Filed, Complaint.OutsideTwelveMonths));
        return ModelState.IsValid;
    }

    protected override ComplaintChange Change()
    {
        var refusal = new RefusalDetails(Reason!.Value, Explanation?.Trim() ?? "", Decided!.Value, DiscretionConsidered?.Trim(), Filed);
        return (c, ctx, _) => c.NotAccept(refusal, ctx);
    }

    protected override string Banner(ComplaintView recorded) =>
        "Recorded as not accepted. Tell the resident why, and that they can ask the Housing Ombudsman to review the decision.";
}
