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
    public sealed record Kind(ComplaintAction Action, string Title, string Intro, string DateLabel, string DateField, string? NoteLabel, string Button, string Done);

    private static readonly Dictionary<string, Kind> Kinds = new()
    {
        ["withdraw"] = new(ComplaintAction.Withdraw, "Record that the resident withdrew the complaint",
            "A withdrawn complaint still counts in the complaint measures (CH01).",
            "Date withdrawn", "withdrawnOn", "Reason given by the resident (optional)", "Record withdrawal", "Withdrawal recorded."),
        ["close"] = new(ComplaintAction.Close, "Close the complaint",
            "Close it once the response is issued and nothing more is expected. A closed stage 1 complaint can still be escalated.",
            "Date closed", "closedOn", null, "Close complaint", "Complaint closed."),
    };

    [BindProperty(SupportsGet = true)]
    public string Ending { get; set; } = "";

    [BindProperty]
    public DateParts On { get; set; } = new();

    [BindProperty]
    public string? Note { get; set; }

    public Kind Journey => Kinds[Ending];
    public DateOnly? Date { get; private set; }

    protected override ComplaintAction Action => Journey.Action;

    protected override void Prefill() => On = Dates.Parts(clock.TodayInUk());

    protected override Task<bool> LoadMoreAsync(CancellationToken ct) => Task.FromResult(Kinds.ContainsKey(Ending));

    protected override bool Read()
    {
        Date = On.Read(ModelState, Journey.DateField, Journey.DateLabel, required: true);
        return ModelState.IsValid;
    }

    protected override ComplaintChange Change()
    {
        var date = Date!.Value;
        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        return Journey.Action == ComplaintAction.Withdraw
            ? (c, ctx, _) => c.Withdraw(date, note, ctx)
            : (c, ctx, _) => c.Close(date, ctx);
    }

    protected override string Banner(ComplaintView recorded) => Journey.Done;
}
