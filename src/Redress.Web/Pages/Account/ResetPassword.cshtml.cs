using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Pages.Account;

/// <summary>Chooses a password from an emailed link (an invitation or a reset).</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<RedressUser> users, RedressDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public Guid? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Password) || Password.Length < 12)
        {
            ModelState.AddModelError("password", "Enter a password of 12 characters or more");
        }
        else if (Password != Confirm)
        {
            ModelState.AddModelError("confirm", "Enter the same password twice");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        var token = AccountMail.DecodeToken(Token);
        var result = user is null || token is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, token, Password!);
        if (!result.Succeeded)
        {
            var tooWeak = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal));
            ModelState.AddModelError("password", tooWeak
                ? string.Join(" ", result.Errors.Select(e => e.Description))
                : "This link has expired or has already been used. Ask for a new one from the sign-in page");
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user!);
        db.AuditEvents.Add(audit.Record(new Actor(Data.Entities.ActorKind.User, user!.Id, user.Name), "user.password-set", "user", user.Id.ToString(), null, null, null));
        await db.SaveChangesAsync(ct);
        return Redirect($"{Paths.SignIn}?passwordSet=true");
    }
}
