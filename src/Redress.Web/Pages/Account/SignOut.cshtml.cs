using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Data.Entities;

namespace Redress.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<RedressUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect($"{Paths.SignIn}?signedOut=true");
    }
}
