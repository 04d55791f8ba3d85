using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Data.Entities;

namespace Redress.Web.Pages.Admin.Users;

/// <summary>One user: change their roles, lock or unlock them, send them a password reset link.</summary>
public sealed class ShowModel(UserAdministration administration, UserManager<RedressUser> users, AccountMail mail) : PageModel
{
    [BindProperty] public List<string> Roles { get; set; } = [];

    public UserView Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Roles = [.. Person.Roles];
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid id, CancellationToken ct) =>
        await Done(id, await administration.SetRolesAsync(id, Roles, Actor.From(User), ct), "Roles saved.", "roles", ct);

    public async Task<IActionResult> OnPostLockAsync(Guid id, CancellationToken ct) =>
        await Done(id, await administration.SetLockedAsync(id, true, Actor.From(User), ct), "Account locked: they cannot sign in.", "locked", ct);

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct) =>
        await Done(id, await administration.SetLockedAsync(id, false, Actor.From(User), ct), "Account unlocked.", "locked", ct);

    public async Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || user.IsBuiltIn)
        {
            return NotFound();
        }
        TempData["Banner"] = await mail.SendAsync(user, invitation: user.PasswordHash is null, ct)
            ? $"We have emailed {user.Email} a link to choose a password."
            : mail.Unavailable;
        return Redirect(Paths.User(id));
    }

    private async Task<IActionResult> Done(Guid id, Outcome<UserView> outcome, string banner, string field, CancellationToken ct)
    {
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(field, outcome.Error?.Message ?? "The change could not be saved");
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Banner"] = banner;
        return Redirect(Paths.User(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var person = await administration.GetAsync(id, ct);
        if (person is null || person.Email == UserAdministration.BuiltInAdminEmail)
        {
            return false;
        }
        Person = person;
        return true;
    }
}
