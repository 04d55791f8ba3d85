using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Residents;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;
using Redress.Web.Residents;

namespace Redress.Web.Pages.Residents;

/// <summary>Review an adjustment (Code 5.10) or a restriction (5.14): keep it until a new review date, or end it.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class ReviewModel(ResidentOperations residents, RedressDbContext db) : ResidentForm(db)
{
    private readonly RedressDbContext _db = db;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public bool? Continue { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public DateParts NextReviewOn { get; set; } = new();

    public UnderReview Record { get; private set; } = null!;

    public string What => Record is SupportNeed n ? Display.Words(n.Kind).ToLowerInvariant() : "contact restriction";

    public async Task<IActionResult> OnGetAsync(Guid id, string kind, Guid recordId, CancellationToken ct)
    {
        var found = await LoadAsync(id, kind, recordId, ct);
        if (found is not null)
        {
            return found;
        }
        Version = Record.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string kind, Guid recordId, CancellationToken ct)
    {
        var found = await LoadAsync(id, kind, recordId, ct);
        if (found is not null)
        {
            return found;
        }
        if (Continue is null)
        {
            ModelState.AddModelError("continue", "Select whether it continues or ends");
        }
        var next = Continue == true ? NextReviewOn.Read(ModelState, "nextReviewOn", "The next review date", required: true) : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var request = new ReviewDetails(Continue!.Value, Notes ?? "", next);
        var banner = Continue == true ? $"Review recorded: the {What} continues." : $"Review recorded: the {What} has ended.";
        return Record is SupportNeed
            ? Present(await residents.ReviewNeedAsync(id, recordId, Version, request, Actor.From(User), ct), banner)
            : Present(await residents.ReviewRestrictionAsync(id, recordId, Version, request, Actor.From(User), ct), banner);
    }

    /// <summary>Null when the record is loaded; otherwise the result to return (not found, forbidden).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, string kind, Guid recordId, CancellationToken ct)
    {
        if (!await LoadResidentAsync(id, ct))
        {
            return NotFound();
        }
        if (kind == "need" && !Roles.SupportNeeds.Any(User.IsInRole))
        {
            return Forbid();
        }
        UnderReview? record = kind switch
        {
            "need" => await _db.SupportNeeds.AsNoTracking().FirstOrDefaultAsync(n => n.Id == recordId && n.ResidentId == id, ct),
            "restriction" => await _db.ContactRestrictions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId && r.ResidentId == id, ct),
            _ => null,
        };
        if (record is null)
        {
            return NotFound();
        }
        Record = record;
        return null;
    }
}
