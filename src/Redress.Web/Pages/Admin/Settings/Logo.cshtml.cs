using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Data.Entities;
using Redress.Web.Settings;

namespace Redress.Web.Pages.Admin.Settings;

/// <summary>Uploads, replaces or removes the landlord's logo, each after a check step showing what will change.</summary>
public sealed class LogoModel(LogoStore logos, SettingsStore settings, Data.RedressDbContext db) : PageModel
{
    [BindProperty] public string? Version { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    /// <summary>The uploaded image between the check step and saving, base64.</summary>
    [BindProperty] public string? Pending { get; set; }

    public LandlordLogo? Current { get; private set; }
    public LogoImage? Image { get; private set; }
    public bool Removing { get; private set; }
    public string Landlord { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Version = ETags.For(Current?.Version ?? 0);
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError("upload", "Select a PNG or JPEG image of your logo");
            return Page();
        }
        if (Upload.Length > LogoImage.MaxBytes)
        {
            ModelState.AddModelError("upload", $"The logo must be smaller than {LogoImage.MaxBytes / 1024} KB (this one is {Upload.Length / 1024:N0} KB)");
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var (image, error) = LogoImage.Read(buffer.ToArray());
        if (error is not null)
        {
            ModelState.AddModelError("upload", error.Message);
            return Page();
        }
        Image = image;
        Pending = Convert.ToBase64String(image!.Content);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Pending ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }
        var (image, error) = LogoImage.Read(bytes);
        if (error is not null)
        {
            ModelState.AddModelError("upload", "Select a PNG or JPEG image of your logo");
            return Page();
        }
        return Done(await logos.ReplaceAsync(Version, image!, Actor.From(User), ct), "Logo saved.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Removing = Current is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmRemoveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Done(await logos.RemoveAsync(Version, Actor.From(User), ct), "Logo removed.");
    }

    private IActionResult Done(Outcome<LandlordLogo> outcome, string banner)
    {
        if (outcome.Succeeded)
        {
            TempData["Banner"] = banner;
            return Redirect(Paths.Settings);
        }
        ModelState.AddModelError(outcome.Kind == OutcomeKind.Stale ? "" : "upload", outcome.Error!.Message);
        Version = ETags.For(Current?.Version ?? 0);
        Pending = null;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await logos.GetAsync(ct);
        Landlord = (await settings.GetAsync(db, ct)).LandlordName;
    }
}
