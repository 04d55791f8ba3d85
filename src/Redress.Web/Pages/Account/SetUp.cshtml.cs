using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Data.Entities;

namespace Redress.Web.Pages.Account;

/// <summary>The one-time set-up link: the first administrator names themselves and chooses a password.</summary>
[AllowAnonymous]
public sealed class SetUpModel(FirstAdministrator setUp, UserAdministration admin, UserManager<RedressUser> users, SignInManager<RedressUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IActionResult OnGet() => setUp.Accepts(Token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!setUp.Accepts(Token))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError("name", "Enter your full name");
        }
        if (string.IsNullOrWhiteSpace(Email) || !System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _))
        {
            ModelState.AddModelError("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (string.IsNullOrEmpty(Password) || Password.Length < 12)
        {
            ModelState.AddModelError("password", "Enter a password of 12 characters or more");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var created = await admin.CreateAsync(Name!.Trim(), Email!.Trim(), [Roles.Admin], Actor.System, ct);
        if (!created.Succeeded)
        {
            ModelState.AddModelError("email", created.Error?.Message ?? "The account could not be created");
            return Page();
        }
        var user = await users.FindByIdAsync(created.Value!.Id.ToString());
        var password = await users.AddPasswordAsync(user!, Password!);
        if (!password.Succeeded)
        {
            ModelState.AddModelError("password", string.Join(" ", password.Errors.Select(e => e.Description)));
            return Page();
        }
        setUp.Close();
        await signIn.SignInAsync(user!, isPersistent: false);
        return Redirect(Paths.MyWork);
    }
}
