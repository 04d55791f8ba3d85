using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Residents;
using Redress.Web.Time;

namespace Redress.Web.Pages.Residents;

/// <summary>A resident: their complaints, representatives, restrictions and (for those who need them) adjustments and disabilities.</summary>
public sealed class ShowModel(ResidentOperations residents, TimeProvider clock) : PageModel
{
    public ResidentProfile Profile { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public bool SeesNeeds => Roles.SupportNeeds.Any(User.IsInRole);

    public bool CanWork => Roles.Casework.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var profile = await residents.ProfileAsync(id, Actor.From(User), SeesNeeds, ct);
        if (profile is null)
        {
            return NotFound();
        }
        Profile = profile;
        Today = clock.TodayInUk();
        return Page();
    }
}
