using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Complaints;
using Redress.Domain.Requests;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Pages.Residents;
using Redress.Web.Pages.Shared;
using Redress.Web.Requests;
using Redress.Web.Residents;
using Redress.Web.Time;

namespace Redress.Web.Pages.ServiceRequests;

/// <summary>Code 1.4: log a service request for a resident (found first), with a due date and an owner.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class NewModel(ServiceRequestOperations requests, ResidentOperations residents, Handlers handlers, RedressDbContext db, TimeProvider clock) : ResidentForm(db)
{
    [BindProperty(SupportsGet = true)] public Guid? Resident { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public DateParts Received { get; set; } = new();
    [BindProperty] public Channel? Channel { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public DateParts Due { get; set; } = new();
    [BindProperty] public Guid? OwnerId { get; set; }

    public IReadOnlyList<Resident> Found { get; private set; } = [];
    public IReadOnlyList<HandlerOption> Owners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Resident is null)
        {
            Found = string.IsNullOrWhiteSpace(Q) ? [] : await residents.SearchAsync(Q, 20, ct);
            return Page();
        }
        var today = clock.TodayInUk();
        Received = new DateParts { Day = today.Day.ToString(CultureInfo.InvariantCulture), Month = today.Month.ToString(CultureInfo.InvariantCulture), Year = today.Year.ToString(CultureInfo.InvariantCulture) };
        OwnerId = Actor.From(User).Id;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var received = Received.Read(ModelState, "receivedOn", "The date received", required: true);
        if (Channel is null)
        {
            ModelState.AddModelError("channel", "Select how the request was made");
        }
        var due = Due.Read(ModelState, "dueOn", "The due date", required: false);
        // The request's own rules, every problem at once with the form's (not one a submit).
        var details = new ServiceRequestDetails(Resident!.Value, received ?? clock.TodayInUk(), Channel ?? default, Description ?? "", Category ?? "", due);
        ModelState.AddRefusals(Domain.Requests.ServiceRequest.Problems(details, clock.TodayInUk()));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await requests.LogAsync(details, OwnerId, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "The request could not be logged");
            return Page();
        }
        TempData["Banner"] = $"Service request {outcome.Value!.Reference} logged.";
        return Redirect(Paths.ServiceRequest(outcome.Value.Id));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Owners = await handlers.AllAsync(ct);
        return Resident is { } id && await LoadResidentAsync(id, ct);
    }
}
