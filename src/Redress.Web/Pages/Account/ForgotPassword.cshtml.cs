using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Auth;
using Redress.Web.Data.Entities;

namespace Redress.Web.Pages.Account;

/// <summary>Asks for a reset link. The answer is the same whether or not the account exists.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<RedressUser> users, AccountMail mail, ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email) || !MailAddress.TryCreate(Email.Trim(), out _))
        {
            ModelState.AddModelError("email", "Enter an email address in the correct format, like name@example.com");
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { IsBuiltIn: false } && !(user.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100)))
        {
            if (await mail.SendAsync(user, invitation: false, ct))
            {
                logger.LogInformation("Password reset link sent to user {UserId}", user.Id);
            }
        }
        Sent = true;
        return Page();
    }
}
