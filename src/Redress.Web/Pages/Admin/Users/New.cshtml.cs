using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Data.Entities;

namespace Redress.Web.Pages.Admin.Users;

/// <summary>Adds a member of staff; they are emailed an invitation to choose their password.</summary>
public sealed class NewModel(UserAdministration administration, UserManager<RedressUser> users, AccountMail mail) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError("name", "Enter the person's full name");
        }
        if (string.IsNullOrWhiteSpace(Email) || !MailAddress.TryCreate(Email.Trim(), out _))
        {
            ModelState.AddModelError("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (Roles.Count == 0 || Roles.Any(r => !Auth.Roles.All.Contains(r)))
        {
            ModelState.AddModelError("roles", "Select at least one role");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await administration.CreateAsync(Name!, Email!.Trim(), Roles, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("email", outcome.Error?.Message ?? "The user could not be added");
            return Page();
        }
        var user = await users.FindByIdAsync(outcome.Value!.Id.ToString());
        TempData["Banner"] = await mail.SendAsync(user!, invitation: true, ct)
            ? $"{outcome.Value.Name} added. We have emailed them a link to choose their password."
            : $"{outcome.Value.Name} added. {mail.Unavailable}";
        return Redirect(Paths.Users);
    }
}
