using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Complaints;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// A new issue raised during the investigation (Code 6.8): added to the stage 1 definition when related
/// and the response is not issued; otherwise logged as a new complaint linked to this one.
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class PointModel(ComplaintOperations complaints) : PageModel
{
    [BindProperty] public string? Point { get; set; }
    [BindProperty] public bool? Related { get; set; }
    [BindProperty] public string? Version { get; set; }

    public ComplaintView Complaint { get; private set; } = null!;
    public bool Checking { get; private set; }

    /// <summary>What will happen, as the rule decides it.</summary>
    public bool JoinsDefinition => Related == true && Complaint.Stage == 1 && Complaint.Status == ComplaintStatus.Investigating;

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
        var outcome = await complaints.AddPointAsync(id, Point!.Trim(), Related!.Value, null, Version, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("point", outcome.Error!.Message);
            return Page();
        }
        if (outcome.Kind == OutcomeKind.Created)
        {
            TempData["Banner"] = $"Logged as a new complaint, {outcome.Value!.Reference}, linked to {Complaint.Reference}.";
            return Redirect($"/complaints/{outcome.Value.Id}");
        }
        TempData["Banner"] = "Point added to the complaint definition. The response must give a finding on it.";
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
        if (string.IsNullOrWhiteSpace(Point))
        {
            ModelState.AddModelError("point", "Enter the new point the resident raised");
        }
        if (Related is null)
        {
            ModelState.AddModelError("related", "Select whether the point is related to this complaint");
        }
        return ModelState.IsValid;
    }
}
