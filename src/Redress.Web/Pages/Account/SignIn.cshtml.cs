using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Auth;
using Redress.Web.Data.Entities;

namespace Redress.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<RedressUser> signIn, UserManager<RedressUser> users, ExternalSignIn external, IConfiguration configuration) : PageModel
{
    /// <summary>"Sign in with ..." when an identity provider is configured.</summary>
    public string? ExternalName => ExternalSignIn.IsConfigured(configuration) ? ExternalSignIn.DisplayName(configuration) : null;

    public IActionResult OnPostExternal()
    {
        if (ExternalName is null)
        {
            return NotFound();
        }
        var returnTo = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        var properties = signIn.ConfigureExternalAuthenticationProperties(ExternalSignIn.Scheme, $"{Paths.SignIn}?handler=Callback&returnUrl={Uri.EscapeDataString(returnTo)}");
        return Challenge(properties, ExternalSignIn.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(CancellationToken ct)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        var user = info is null ? null : await external.FindAsync(info.LoginProvider, info.ProviderKey, info.Principal, ct);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (user is null)
        {
            ModelState.AddModelError("email", $"Your {ExternalName} is not set up in Redress, or the account is locked. Ask your administrator to add you with the same email address");
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false, ExternalSignIn.Scheme);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool PasswordSet { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError("email", "Enter your email address");
        }
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("password", "Enter your password");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        ModelState.AddModelError("email", result.IsLockedOut
            ? "Your account is locked after too many attempts. Try again in 15 minutes, or ask an administrator to unlock it"
            : "Enter the email address and password of your Redress account");
        Password = null;
        return Page();
    }
}
