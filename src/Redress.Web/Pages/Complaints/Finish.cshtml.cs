using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// The journeys that end a complaint's run on a date: withdrawn by the resident, or closed after its
/// response. Each shows its answers for checking before it is recorded.
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class FinishModel(ComplaintOperations complaints, TimeProvider clock) : PageModel
{
    public sealed record Kind(string Title, string Intro, string DateLabel, string? NoteLabel, string Button, string Audit, string Done);

    private static readonly Dictionary<string, Kind> Kinds = new()
    {
        ["withdraw"] = new("Record that the resident withdrew the complaint",
            "A withdrawn complaint still counts in the complaint measures (CH01).",
            "Date withdrawn", "Reason given by the resident (optional)", "Record withdrawal", "complaint.withdrawn", "Withdrawal recorded."),
        ["close"] = new("Close the complaint",
            "Close it once the response is issued and nothing more is expected. A closed stage 1 complaint can still be escalated.",
            "Date closed", null, "Close complaint", "complaint.closed", "Complaint closed."),
    };

    [BindProperty(SupportsGet = true)]
    public string Action { get; set; } = "";

    [BindProperty]
    public DateParts On { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Version { get; set; }

    public Kind Journey => Kinds[Action];
    public ComplaintView Complaint { get; private set; } = null!;
    public bool Checking { get; private set; }
    public DateOnly? Date { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        On = Dates.Parts(clock.TodayInUk());
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Date = On.Read(ModelState, "on", Journey.DateLabel, required: true);
        Checking = ModelState.IsValid;
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Date = On.Read(ModelState, "on", Journey.DateLabel, required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var date = Date!.Value;
        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        ComplaintChange change = Action == "withdraw"
            ? (c, ctx, _) => c.Withdraw(date, note, ctx)
            : (c, ctx, _) => c.Close(date, ctx);
        var outcome = await complaints.ApplyAsync(id, Version, Journey.Audit, Actor.From(User), change, ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("on", outcome.Error!.Message);
            return Page();
        }
        TempData["Banner"] = Journey.Done;
        return Redirect($"/complaints/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!Kinds.ContainsKey(Action))
        {
            return false;
        }
        var outcome = await complaints.GetAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return false;
        }
        Complaint = outcome.Value!;
        Version ??= Complaint.ETag;
        return true;
    }
}
