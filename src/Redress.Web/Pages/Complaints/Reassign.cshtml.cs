using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;

namespace Redress.Web.Pages.Complaints;

/// <summary>Give the current stage to another handler; at stage 2 the stage 1 handler is not offered (Code 6.13).</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class ReassignModel(ComplaintOperations complaints, Handlers handlers) : PageModel
{
    [BindProperty] public Guid? HandlerId { get; set; }
    [BindProperty] public string? Version { get; set; }

    public ComplaintView Complaint { get; private set; } = null!;
    public IReadOnlyList<HandlerOption> Options { get; private set; } = [];
    public bool Checking { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

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
        var handler = HandlerId!.Value;
        var outcome = await complaints.ApplyAsync(id, Version, "complaint.reassigned", Actor.From(User), (c, _, _) => c.Reassign(handler), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("handlerId", outcome.Error!.Message);
            return Page();
        }
        TempData["Banner"] = $"Reassigned to {Name}.";
        return Redirect($"/complaints/{id}");
    }

    public string Name => Options.FirstOrDefault(o => o.Id == HandlerId)?.Name ?? "";

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await complaints.GetAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return false;
        }
        Complaint = outcome.Value!;
        Version ??= Complaint.ETag;
        var stage1Handler = Complaint.Stage == 2 ? Complaint.Stages[0].HandlerId : null;
        var current = Complaint.Stages[^1].HandlerId;
        Options = [.. (await handlers.AllAsync(ct)).Where(h => h.Id != stage1Handler && h.Id != current)];
        return true;
    }

    private bool Read()
    {
        if (HandlerId is null || Options.All(o => o.Id != HandlerId))
        {
            ModelState.AddModelError("handlerId", "Select who will handle the complaint now");
        }
        return ModelState.IsValid;
    }
}
