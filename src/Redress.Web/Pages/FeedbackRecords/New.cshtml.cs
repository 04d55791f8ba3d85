using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Requests;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;
using Redress.Web.Requests;
using Redress.Web.Time;

namespace Redress.Web.Pages.FeedbackRecords;

/// <summary>Code 1.6: record dissatisfaction from a survey or feedback, and whether the person was told how to complain.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class NewModel(FeedbackOperations feedback, RedressDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Resident { get; set; }
    [BindProperty] public DateParts Received { get; set; } = new();
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? PersonName { get; set; }
    [BindProperty] public string? Dissatisfaction { get; set; }
    [BindProperty] public bool? Told { get; set; }
    [BindProperty] public string? HowTold { get; set; }

    public string? ResidentName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = clock.TodayInUk();
        Received = new DateParts { Day = today.Day.ToString(CultureInfo.InvariantCulture), Month = today.Month.ToString(CultureInfo.InvariantCulture), Year = today.Year.ToString(CultureInfo.InvariantCulture) };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var received = Received.Read(ModelState, "receivedOn", "The date of the feedback", required: true);
        if (Told is null)
        {
            ModelState.AddModelError("told", "Select whether the person was told how to complain");
        }
        // The feedback's own rules, every problem at once with the form's (not one a submit).
        var details = new FeedbackDetails(received ?? clock.TodayInUk(), Source ?? "", PersonName ?? "", Resident, Dissatisfaction ?? "", Told ?? true, HowTold);
        ModelState.AddRefusals(Domain.Requests.Feedback.Problems(details, clock.TodayInUk()));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await feedback.RecordAsync(details, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "The feedback could not be recorded");
            return Page();
        }
        TempData["Banner"] = "Feedback recorded.";
        return Redirect(Paths.Feedback(outcome.Value!.Id));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Resident is not { } id)
        {
            return true;
        }
        ResidentName = await db.Residents.AsNoTracking().Where(r => r.Id == id).Select(r => r.Name).FirstOrDefaultAsync(ct);
        return ResidentName is not null;
    }
}
