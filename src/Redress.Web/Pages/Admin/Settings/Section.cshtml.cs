using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Pages.Shared;
using Redress.Web.Settings;

namespace Redress.Web.Pages.Admin.Settings;

/// <summary>
/// Changes one group of settings: the form, a check-your-answers step ("Continue"), then the change saved
/// ("Confirm") with its audit event. The settings' version read when the form was first shown travels with
/// it, so settings changed meanwhile are refused, never overwritten.
/// </summary>
public sealed class SectionModel(SettingsAdministration settings) : PageModel
{
    [BindProperty]
    public string? Version { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Form { get; set; } = [];

    public SettingsSection Section { get; private set; } = null!;

    public bool Checking { get; private set; }

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken ct)
    {
        if (!Find(section))
        {
            return NotFound();
        }
        var stored = await settings.ReadAsync(ct);
        Version = stored.ETag;
        Form = Section.Answers(stored.Settings);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(string section, CancellationToken ct)
    {
        if (!Find(section))
        {
            return NotFound();
        }
        if (Read() is { } change)
        {
            var problems = await settings.TryAsync(change, ct);
            foreach (var problem in problems)
            {
                ModelState.AddRefusal(problem);
            }
            Checking = problems.Count == 0;
        }
        return Page();
    }

    public IActionResult OnPostChange(string section) => Find(section) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(string section, CancellationToken ct)
    {
        if (!Find(section))
        {
            return NotFound();
        }
        if (Read() is not { } change)
        {
            return Page();
        }
        var outcome = await settings.ChangeAsync(Version, change, Actor.From(User), ct);
        if (outcome.Succeeded)
        {
            TempData["Banner"] = $"{Section.Title} saved.";
            return Redirect(Paths.Settings);
        }
        if (outcome.Kind == OutcomeKind.Stale)
        {
            ModelState.AddModelError("", "Someone else changed the settings while you were making this change. Your answers are below: check them against the settings as they are now, then continue.");
            Version = (await settings.ReadAsync(ct)).ETag;
        }
        else
        {
            foreach (var (field, messages) in outcome.Errors ?? new Dictionary<string, string[]>())
            {
                ModelState.AddModelError(Field.Id(field), messages[0]);
            }
        }
        return Page();
    }

    private bool Find(string key)
    {
        if (SettingsSection.Find(key) is not { } found)
        {
            return false;
        }
        Section = found;
        return true;
    }

    private Func<LandlordSettings, LandlordSettings>? Read()
    {
        var (change, errors) = Section.Read(Form);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
        return change;
    }
}
