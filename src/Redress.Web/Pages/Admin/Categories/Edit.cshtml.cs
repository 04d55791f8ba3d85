using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Categories;
using Redress.Web.Common;
using Redress.Web.Data;

namespace Redress.Web.Pages.Admin.Categories;

/// <summary>
/// Adds a category (no key in the route) or renames, retires or restores one: the form, a check step, then
/// the change saved with its audit event; a change made meanwhile by someone else is refused.
/// </summary>
public sealed class EditModel(CategoryAdministration categories, CategoryCatalogue catalogue, RedressDbContext db) : PageModel
{
    [BindProperty] public string? Version { get; set; }
    [BindProperty] public string? Name { get; set; }
    /// <summary>"yes" to offer it for new records, "no" to retire it.</summary>
    [BindProperty] public string? InUse { get; set; }

    public CategoryView? Current { get; private set; }
    public bool Checking { get; private set; }
    public bool Adding => Current is null;
    public string Heading => Adding ? "Add a category" : $"Change the category '{Current!.Name}'";

    public async Task<IActionResult> OnGetAsync(string? key, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct))
        {
            return NotFound();
        }
        Version = Current?.ETag;
        Name = Current?.Name;
        InUse = Current is { Retired: true } ? "no" : "yes";
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(string? key, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct))
        {
            return NotFound();
        }
        Checking = Read() && await FreeAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(string? key, CancellationToken ct) => await LoadAsync(key, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(string? key, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct))
        {
            return NotFound();
        }
        if (!Read())
        {
            return Page();
        }
        var outcome = Adding
            ? await categories.AddAsync(Name, Actor.From(User), ct)
            : await categories.UpdateAsync(key!, Name, InUse == "no", Version, Actor.From(User), ct);
        if (outcome.Succeeded)
        {
            var c = outcome.Value!;
            TempData["Banner"] = Adding ? $"Category '{c.Name}' added." : $"Category '{c.Name}' saved{(c.Retired ? ": it is retired" : "")}.";
            return Redirect(Paths.Categories);
        }
        if (outcome.Kind == OutcomeKind.Stale)
        {
            ModelState.AddModelError("", $"Someone else changed this category while you were making your change: it is now called '{Current!.Name}'{(Current.Retired ? " and is retired" : "")}. Check your answers, then continue.");
            Version = Current.ETag;
        }
        else
        {
            ModelState.AddModelError("name", outcome.Error!.Message);
        }
        return Page();
    }

    private bool Read()
    {
        if (CategoryAdministration.Problem(Name) is { } problem)
        {
            ModelState.AddModelError("name", problem);
        }
        if (!Adding && InUse is not ("yes" or "no"))
        {
            ModelState.AddModelError("inUse", "Select whether to offer this category for new complaints and service requests");
        }
        return ModelState.IsValid;
    }

    /// <summary>The name is not another category's, regardless of case.</summary>
    private async Task<bool> FreeAsync(CancellationToken ct)
    {
        var folded = CategoryAdministration.Fold(Name!);
        var other = (await catalogue.AllAsync(db, ct)).FirstOrDefault(c => CategoryAdministration.Fold(c.Name) == folded && c.Key != Current?.Key);
        if (other is not null)
        {
            ModelState.AddModelError("name", $"There is already a category called '{other.Name}'{(other.Retired ? " (retired: restore it instead)" : "")}");
        }
        return other is null;
    }

    private async Task<bool> LoadAsync(string? key, CancellationToken ct)
    {
        if (key is null)
        {
            return true;
        }
        catalogue.Invalidate();
        Current = (await catalogue.AllAsync(db, ct)).FirstOrDefault(c => c.Key == key);
        return Current is not null;
    }
}
