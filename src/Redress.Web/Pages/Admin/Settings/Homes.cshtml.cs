using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Settings;

namespace Redress.Web.Pages.Admin.Settings;

/// <summary>Sets the homes owned in a reporting year by tenure (CH01's denominator), with a check step.</summary>
public sealed class HomesModel(HomesStore homes) : PageModel
{
    [BindProperty] public string? Version { get; set; }
    [BindProperty] public string? Lcra { get; set; }
    [BindProperty] public string? Lcho { get; set; }

    public int Year { get; private set; }
    public HomesView? Current { get; private set; }
    public bool Checking { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (!await LoadAsync(year, ct))
        {
            return NotFound();
        }
        Version = ETags.For(Current?.Version ?? 0);
        Lcra = Current?.Lcra.ToString(CultureInfo.InvariantCulture);
        Lcho = Current?.Lcho.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(int year, CancellationToken ct)
    {
        if (!await LoadAsync(year, ct))
        {
            return NotFound();
        }
        Checking = Read(out _, out _);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(int year, CancellationToken ct) => await LoadAsync(year, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(int year, CancellationToken ct)
    {
        if (!await LoadAsync(year, ct))
        {
            return NotFound();
        }
        if (!Read(out var lcra, out var lcho))
        {
            return Page();
        }
        var outcome = await homes.SetAsync(year, lcra, lcho, Version, Actor.From(User), ct);
        if (outcome.Succeeded)
        {
            TempData["Banner"] = $"Homes for {year} to {year + 1} saved: {outcome.Value!.Homes:N0} in all.";
            return Redirect(Paths.Settings);
        }
        if (outcome.Kind == OutcomeKind.Stale)
        {
            ModelState.AddModelError("", $"Someone else changed the homes for {year} to {year + 1} while you were making this change: they are now shown above your answers. Check your answers, then continue.");
            Version = ETags.For(Current?.Version ?? 0);
        }
        else
        {
            foreach (var (field, messages) in outcome.Errors ?? new Dictionary<string, string[]>())
            {
                ModelState.AddModelError(field, messages[0]);
            }
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int year, CancellationToken ct)
    {
        if (year is < HomesStore.FirstYear or > HomesStore.LastYear)
        {
            return false;
        }
        Year = year;
        Current = await homes.GetAsync(year, ct);
        return true;
    }

    private bool Read(out int? lcra, out int? lcho)
    {
        lcra = Whole(Lcra, "lcra", "low-cost rental");
        lcho = Whole(Lcho, "lcho", "low-cost home ownership");
        if (!ModelState.IsValid)
        {
            return false;
        }
        foreach (var (field, messages) in HomesStore.Problems(Year, lcra, lcho))
        {
            ModelState.AddModelError(field, messages[0]);
        }
        return ModelState.IsValid;
    }

    private int? Whole(string? text, string key, string what)
    {
        var cleaned = text?.Replace(",", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(cleaned))
        {
            ModelState.AddModelError(key, $"Enter the number of {what} homes you own, or 0");
            return null;
        }
        if (!int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            ModelState.AddModelError(key, $"The number of {what} homes must be a whole number, like 9500");
            return null;
        }
        return value;
    }
}
