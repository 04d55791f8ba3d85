using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Residents;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;
using Redress.Web.Residents;
using Redress.Web.Time;

namespace Redress.Web.Pages.Residents;

/// <summary>Code 5.14-5.15: restrict contact for unacceptable behaviour, with reasons, evidence, proportionality and the Equality Act.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class RestrictionModel(ResidentOperations residents, RedressDbContext db, TimeProvider clock) : ResidentForm(db)
{
    [BindProperty] public string? Behaviour { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Restriction { get; set; }
    [BindProperty] public string? Proportionality { get; set; }
    [BindProperty] public string? EqualityAct { get; set; }
    [BindProperty] public DateParts StartsOn { get; set; } = new();
    [BindProperty] public DateParts ReviewOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var today = clock.TodayInUk();
        StartsOn = new DateParts { Day = today.Day.ToString(), Month = today.Month.ToString(), Year = today.Year.ToString() };
        return await LoadResidentAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadResidentAsync(id, ct))
        {
            return NotFound();
        }
        var starts = StartsOn.Read(ModelState, "startsOn", "The date the restriction starts", required: true);
        var review = ReviewOn.Read(ModelState, "reviewOn", "The review date", required: true);
        // The restriction's own rules, every problem at once with the dates' (not one a submit).
        var today = clock.TodayInUk();
        var request = new RestrictionDetails(Behaviour ?? "", Evidence ?? "", Restriction ?? "", Proportionality ?? "", EqualityAct ?? "", starts ?? today, review);
        ModelState.AddRefusals(Domain.Residents.ContactRestriction.Problems(request, today));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await residents.RecordRestrictionAsync(id, request, Actor.From(User), ct);
        return Present(outcome, "Contact restriction recorded.");
    }
}
