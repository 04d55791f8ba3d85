using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Data.Entities;

namespace Redress.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<RedressUser> signIn) : PageModel
{
    /// <summary>Signing out changes state, so it is a POST: opened by its address, the page offers the button.</summary>
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect($"{Paths.SignIn}?signedOut=true");
    }
}
