using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>Escalate to stage 2 (Code 6.10-6.12): the date the request came and how; no reason is asked.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class EscalateModel(ComplaintOperations complaints, TimeProvider clock) : ComplaintJourney(complaints)
{
    [BindProperty]
    public EscalateForm Form { get; set; } = new();

    public DateOnly? RequestedOn { get; private set; }

    protected override void Prefill() => Form.RequestedOn = Dates.Parts(clock.TodayInUk());

    protected override ComplaintAction Action => ComplaintAction.Escalate;

    protected override bool Read()
    {
        RequestedOn = Form.RequestedOn.Read(ModelState, "requestedOn", "The date the request was received", required: true);
        return ModelState.IsValid;
    }

    protected override ComplaintChange Change()
    {
        var request = new EscalationDetails(RequestedOn!.Value, null, Form.Channel);
        return (c, ctx, s) => c.Escalate(request, s.ReceiptPolicy, s.Timescales, ctx);
    }

    protected override string Banner(ComplaintView recorded) =>
        $"Escalated to stage 2. Acknowledge it by {Display.Date(recorded.Stages[^1].AcknowledgeBy)}.";
}

public sealed class EscalateForm
{
    public DateParts RequestedOn { get; set; } = new();
    public Channel? Channel { get; set; }
}
