using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Residents;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;
using Redress.Web.Residents;

namespace Redress.Web.Pages.Residents;

/// <summary>Code 5.10: record a reasonable adjustment agreed, or a disability the resident disclosed.</summary>
[Authorize(Policy = Policies.SupportNeedPages)]
public sealed class NeedModel(ResidentOperations residents, RedressDbContext db) : ResidentForm(db)
{
    [BindProperty] public NeedKind? Kind { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public DateParts ReviewOn { get; set; } = new();
    /// <summary>Code 5.10: "none", or the format letters go in (an adjustment).</summary>
    [BindProperty] public string? LetterFormat { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadResidentAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadResidentAsync(id, ct))
        {
            return NotFound();
        }
        if (Kind is null)
        {
            ModelState.AddModelError("kind", "Select whether this is an adjustment or a disclosed disability");
        }
        var review = ReviewOn.Read(ModelState, "reviewOn", "The review date", required: false);
        Redress.Domain.Letters.LetterFormat? format = null;
        if (LetterFormat is { Length: > 0 } chosen && chosen != "none")
        {
            if (Enum.TryParse<Redress.Domain.Letters.LetterFormat>(chosen, out var parsed))
            {
                format = parsed;
            }
            else
            {
                ModelState.AddModelError("letterFormat", "Select the format the resident's letters need, or none");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await residents.RecordNeedAsync(id, new NeedDetails(Kind!.Value, Details ?? "", review, format), Actor.From(User), ct);
        return Present(outcome, Kind == NeedKind.ReasonableAdjustment ? "Reasonable adjustment recorded." : "Disclosed disability recorded.");
    }
}
