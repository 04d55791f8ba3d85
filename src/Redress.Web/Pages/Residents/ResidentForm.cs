using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Common;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;

namespace Redress.Web.Pages.Residents;

/// <summary>A form about one resident: loads their name for the page, and goes back to their page with a banner when done.</summary>
public abstract class ResidentForm(RedressDbContext db) : PageModel
{
    public Guid ResidentId { get; private set; }
    public string ResidentName { get; private set; } = "";

    protected async Task<bool> LoadResidentAsync(Guid id, CancellationToken ct)
    {
        var name = await db.Residents.AsNoTracking().Where(r => r.Id == id).Select(r => r.Name).FirstOrDefaultAsync(ct);
        ResidentId = id;
        ResidentName = name ?? "";
        return name is not null;
    }

    /// <summary>Presents what an operation did: back to the resident, or the refusal at its field.</summary>
    protected IActionResult Present<T>(Outcome<T> outcome, string banner)
    {
        if (outcome.Succeeded)
        {
            TempData["Banner"] = banner;
            return Redirect(Paths.Resident(ResidentId));
        }
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        ModelState.AddRefusal(outcome.Error, "This could not be recorded");
        return Page();
    }

    protected static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    protected static DomainError? None => null;
}
