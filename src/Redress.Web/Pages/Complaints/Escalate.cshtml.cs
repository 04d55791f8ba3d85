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

/// <summary>Escalate to stage 2 (Code 6.10-6.12): the date the request came and how; no reason is asked.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class EscalateModel(ComplaintOperations complaints, TimeProvider clock) : ComplaintJourney(complaints)
{
    [BindProperty]
    public EscalateForm Form { get; set; } = new();

    public DateOnly? RequestedOn { get; private set; }

    protected override void Prefill() => Form.RequestedOn = Dates.Parts(clock.TodayInUk());

    protected override bool Read()
    {
        RequestedOn = Form.RequestedOn.Read(ModelState, "requestedOn", "The date the request was received", required: true);
        return ModelState.IsValid;
    }

    protected override async Task<IActionResult> RecordAsync(Guid id, CancellationToken ct)
    {
        var (requestedOn, channel) = (RequestedOn!.Value, Form.Channel);
        var outcome = await Complaints.ApplyAsync(id, Version, "complaint.escalated", Actor.From(User),
            (c, ctx, s) => c.Escalate(requestedOn, channel, s.Timescales, ctx), ct);
        return outcome.Succeeded
            ? Done(id, $"Escalated to stage 2. Acknowledge it by {Display.Date(outcome.Value!.Stages[^1].AcknowledgeBy)}.")
            : Refused(outcome, _ => "requestedOn");
    }
}

public sealed class EscalateForm
{
    public DateParts RequestedOn { get; set; } = new();
    public Channel? Channel { get; set; }
}
