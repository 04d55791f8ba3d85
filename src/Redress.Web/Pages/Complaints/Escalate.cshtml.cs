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
public sealed class EscalateModel(ComplaintOperations complaints, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EscalateForm Form { get; set; } = new();

    public ComplaintView Complaint { get; private set; } = null!;
    public bool Checking { get; private set; }
    public DateOnly? RequestedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Form.RequestedOn = Dates.Parts(clock.TodayInUk());
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        RequestedOn = Form.RequestedOn.Read(ModelState, "requestedOn", "The date the request was received", required: true);
        Checking = ModelState.IsValid;
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        RequestedOn = Form.RequestedOn.Read(ModelState, "requestedOn", "The date the request was received", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var requestedOn = RequestedOn!.Value;
        var channel = Form.Channel;
        var outcome = await complaints.ApplyAsync(id, Form.Version, "complaint.escalated", Actor.From(User),
            (c, ctx, s) => c.Escalate(requestedOn, channel, s.Timescales, ctx), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("requestedOn", outcome.Error!.Message);
            return Page();
        }
        TempData["Banner"] = $"Escalated to stage 2. Acknowledge it by {Display.Date(outcome.Value!.Stages[^1].AcknowledgeBy)}.";
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
        Form.Version ??= Complaint.ETag;
        return true;
    }
}

public sealed class EscalateForm
{
    public DateParts RequestedOn { get; set; } = new();
    public Channel? Channel { get; set; }
    public string? Version { get; set; }
}
