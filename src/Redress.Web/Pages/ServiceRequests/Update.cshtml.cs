using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Requests;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Pages.Shared;
using Redress.Web.Requests;

namespace Redress.Web.Pages.ServiceRequests;

/// <summary>Move a service request on: status, owner, due date, and a note of what was done.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class UpdateModel(ServiceRequestOperations requests, Handlers handlers) : PageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public ServiceRequestStatus? Status { get; set; }
    [BindProperty] public Guid? OwnerId { get; set; }
    [BindProperty] public DateParts Due { get; set; } = new();
    [BindProperty] public string? Note { get; set; }

    public ServiceRequestPage View { get; private set; } = null!;
    public IReadOnlyList<HandlerOption> Owners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var r = View.Request;
        (Version, Status, OwnerId) = (r.Version, r.Status, r.OwnerId);
        Due = r.DueOn is { } d ? new DateParts { Day = d.Day.ToString(), Month = d.Month.ToString(), Year = d.Year.ToString() } : new();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Status is null)
        {
            ModelState.AddModelError("status", "Select the status");
        }
        var due = Due.Read(ModelState, "dueOn", "The due date", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await requests.UpdateAsync(id, ETags.For(Version), new ServiceRequestUpdate(Status!.Value, OwnerId, due, Note), Actor.From(User), ct);
        if (outcome.Succeeded)
        {
            TempData["Banner"] = $"Service request {View.Request.Reference} updated.";
            return Redirect(Paths.ServiceRequest(id));
        }
        ModelState.AddRefusal(outcome.Error, "The request could not be updated");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var view = await requests.GetAsync(id, ct);
        if (view is null)
        {
            return false;
        }
        View = view;
        Owners = await handlers.AllAsync(ct);
        return true;
    }
}
