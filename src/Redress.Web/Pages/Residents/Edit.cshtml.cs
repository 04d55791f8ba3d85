using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;
using Redress.Web.Residents;

namespace Redress.Web.Pages.Residents;

/// <summary>
/// Changes a resident's name, contact details, address and tenure: the form, a check-your-answers step
/// ("Continue"), then the change saved ("Save") with its audit event. The version read when the form was first
/// shown travels with it, so a change someone made meanwhile is refused, never overwritten, and the answers kept.
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class EditModel(ResidentOperations residents, RedressDbContext db) : ResidentForm(db)
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public Tenure? Tenure { get; set; }

    public bool Checking { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await residents.FindAsync(id, ct) is not { } resident || !await LoadResidentAsync(id, ct))
        {
            return NotFound();
        }
        (Version, Name, Email, Phone, Address, Tenure) = (resident.Version, resident.Name, resident.Email, resident.Phone, resident.Address, resident.Tenure);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadResidentAsync(id, ct))
        {
            return NotFound();
        }
        Checking = Read() is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) => await LoadResidentAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadResidentAsync(id, ct))
        {
            return NotFound();
        }
        if (Read() is not { } details)
        {
            return Page();
        }
        var outcome = await residents.ChangeDetailsAsync(id, Version, details, Actor.From(User), ct);
        if (outcome.Kind == OutcomeKind.Stale)
        {
            ModelState.AddModelError("", "Someone else changed this resident's details while you were making this change. Your answers are below: check them against the details on the resident's page, then continue.");
            Version = (await residents.FindAsync(id, ct))?.Version ?? Version;
            return Page();
        }
        return Present(outcome, $"{details.Name}'s details saved.");
    }

    /// <summary>The answers as details, or null with every problem at its field.</summary>
    private ResidentDetails? Read()
    {
        if (Tenure is null)
        {
            ModelState.AddModelError("tenure", "Select the resident's tenure");
        }
        var details = new ResidentDetails(Name?.Trim() ?? "", Trimmed(Email), Trimmed(Phone), Trimmed(Address), Tenure ?? default);
        ModelState.AddRefusals(details.Problems());
        return ModelState.IsValid ? details : null;
    }
}
