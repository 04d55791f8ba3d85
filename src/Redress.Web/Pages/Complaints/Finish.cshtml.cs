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

    /// <summary>Code 7.3, 6.6: the person ending the complaint confirms that what is still open will be followed to completion.</summary>
    [BindProperty]
    public bool FollowThrough { get; set; }

    public IReadOnlyList<RemedyView> OpenRemedies => [.. Complaint.Remedies.Where(r => r.CompletedOn is null)];
    public IReadOnlyList<ActionView> OpenActions => [.. Complaint.OutstandingActions.Where(a => a.CompletedOn is null)];
    public bool HasOpenItems => OpenRemedies.Count > 0 || OpenActions.Count > 0;

    public Kind Journey => Kinds[Ending];
    public DateOnly? Date { get; private set; }

    protected override ComplaintAction Action => Journey.Action;

    protected override void Prefill() => On = Dates.Parts(clock.TodayInUk());

    protected override Task<bool> LoadMoreAsync(CancellationToken ct) => Task.FromResult(Kinds.ContainsKey(Ending));

    protected override bool Read()
    {
        Date = On.Read(ModelState, Journey.DateField, Journey.DateLabel, required: true);
        if (HasOpenItems && !FollowThrough)
        {
            ModelState.AddModelError("followThrough", "Confirm that what is still open will be followed to completion");
        }
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

    protected override string Banner(ComplaintView recorded) => HasOpenItems
        ? $"{Journey.Done} What is still open ({OpenItemsWords}) appears on the handler's My work as it falls due, until recorded as done."
        : Journey.Done;

    /// <summary>"1 remedy", "2 outstanding actions", "1 remedy and 1 outstanding action"...</summary>
    public string OpenItemsWords => string.Join(" and ", new[]
    {
        OpenRemedies.Count switch { 0 => null, 1 => "1 remedy", var n => $"{n} remedies" },
        OpenActions.Count switch { 0 => null, 1 => "1 outstanding action", var n => $"{n} outstanding actions" },
    }.Where(w => w is not null));
}
