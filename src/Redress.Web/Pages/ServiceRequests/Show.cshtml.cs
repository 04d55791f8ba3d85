using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Auth;
using Redress.Web.Requests;
using Redress.Web.Time;

namespace Redress.Web.Pages.ServiceRequests;

/// <summary>A service request: what was asked, its owner, due date and status, and the complaints about it.</summary>
public sealed class ShowModel(ServiceRequestOperations requests, Letters.LetterQueries letters, TimeProvider clock) : PageModel
{
    public ServiceRequestPage View { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool CanWork => Roles.Casework.Any(User.IsInRole);
    /// <summary>Code 1.5: the letters on how to complain sent about this request.</summary>
    public IReadOnlyList<Letters.LetterSummary> Letters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var view = await requests.GetAsync(id, ct);
        if (view is null)
        {
            return NotFound();
        }
        View = view;
        Letters = await letters.OffersAsync(Redress.Web.Letters.OfferTarget.ServiceRequest(id), ct);
        Today = clock.TodayInUk();
        return Page();
    }
}
