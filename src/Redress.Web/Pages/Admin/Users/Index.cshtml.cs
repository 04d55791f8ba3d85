using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Auth;

namespace Redress.Web.Pages.Admin.Users;

/// <summary>Every member of staff with their roles and whether they can sign in.</summary>
public sealed class IndexModel(UserAdministration users) : PageModel
{
    public IReadOnlyList<UserView> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Users = [.. (await users.ListAsync(ct)).Where(u => u.Email != UserAdministration.BuiltInAdminEmail)];
}
