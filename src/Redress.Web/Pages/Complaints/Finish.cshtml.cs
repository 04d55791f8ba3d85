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
public sealed class FinishModel(ComplaintOperations complaints, TimeProvider clock) : ComplaintJourney(complaints)
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

    public Kind Journey => Kinds[Action];
    public DateOnly? Date { get; private set; }

    protected override void Prefill() => On = Dates.Parts(clock.TodayInUk());

    protected override Task<bool> LoadMoreAsync(CancellationToken ct) => Task.FromResult(Kinds.ContainsKey(Action));

    protected override bool Read()
    {
        Date = On.Read(ModelState, "on", Journey.DateLabel, required: true);
        return ModelState.IsValid;
    }

    protected override async Task<IActionResult> RecordAsync(Guid id, CancellationToken ct)
    {
        var date = Date!.Value;
        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        ComplaintChange change = Action == "withdraw"
            ? (c, ctx, _) => c.Withdraw(date, note, ctx)
            : (c, ctx, _) => c.Close(date, ctx);
        var outcome = await Complaints.ApplyAsync(id, Version, Journey.Audit, Actor.From(User), change, ct);
        return outcome.Succeeded ? Done(id, Journey.Done) : Refused(outcome, _ => "on");
    }
}

