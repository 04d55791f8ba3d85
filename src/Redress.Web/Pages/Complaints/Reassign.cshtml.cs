using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;

namespace Redress.Web.Pages.Complaints;

/// <summary>Give the current stage to another handler; at stage 2 the stage 1 handler is not offered (Code 6.13).</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class ReassignModel(ComplaintOperations complaints, Handlers handlers) : ComplaintJourney(complaints)
{
    [BindProperty] public Guid? HandlerId { get; set; }

    public IReadOnlyList<HandlerOption> Options { get; private set; } = [];

    public string Name => Options.FirstOrDefault(o => o.Id == HandlerId)?.Name ?? "";

    /// <summary>Who holds the stage now, or null when nobody does.</summary>
    public string? CurrentHandler { get; private set; }

    protected override async Task<bool> LoadMoreAsync(CancellationToken ct)
    {
        var stage1Handler = Complaint.Stage == 2 ? Complaint.Stages[0].HandlerId : null;
        var current = Complaint.Stages[^1].HandlerId;
        var all = await handlers.AllAsync(ct);
        CurrentHandler = current is null ? null : all.FirstOrDefault(h => h.Id == current)?.Name ?? "someone who no longer handles complaints";
        Options = [.. all.Where(h => h.Id != stage1Handler && h.Id != current)];
        return true;
    }

    protected override ComplaintAction Action => ComplaintAction.Reassign;

    protected override Guid? NewHandler => HandlerId;

    protected override bool Read()
    {
        if (HandlerId is null)
        {
            ModelState.AddModelError("handlerId", "Select who will handle the complaint now");
        }
        return ModelState.IsValid;
    }

    protected override ComplaintChange Change()
    {
        var handler = HandlerId!.Value;
        return (c, _, _) => c.Reassign(handler);
    }

    protected override string Banner(ComplaintView recorded) => $"Reassigned to {Name}.";
}
