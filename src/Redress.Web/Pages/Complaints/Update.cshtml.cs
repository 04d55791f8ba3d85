using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Letters;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// Keep the resident informed (Code 5.9, 6.6, 6.17): what has happened, and when they will hear next, no later than
/// the interval agreed. The update letter goes with it, unless the handler told the resident another way.
/// </summary>
[Authorize(Policies.CaseworkPages)]
public sealed class UpdateModel(ComplaintOperations complaints, TimeProvider clock) : ComplaintJourney(complaints)
{
    [BindProperty]
    public UpdateForm Form { get; set; } = new();

    public UpdateDetails? Update { get; private set; }

    /// <summary>The date the next update would be promised by if none is given, and what the resident is owed updates about.</summary>
    public (DateOnly? Next, UpdateReasons Owed) Suggestion { get; private set; }

    protected override ComplaintAction Action => ComplaintAction.SendUpdate;

    protected override ExternalLetter? External => Form.How == UpdateForm.OtherWay ? new(string.IsNullOrWhiteSpace(Form.OtherWayDetails) ? null : Form.OtherWayDetails.Trim()) : null;

    protected override async Task<bool> LoadMoreAsync(CancellationToken ct)
    {
        Suggestion = await Complaints.NextUpdateSuggestionAsync(Complaint.Id, ct);
        return true;
    }

    protected override void Prefill()
    {
        Form.SentOn = Dates.Parts(clock.TodayInUk());
        if (Suggestion.Next is { } next)
        {
            Form.NextUpdateOn = Dates.Parts(next);
        }
    }

    protected override bool Read()
    {
        var sent = Form.SentOn.Read(ModelState, "sentOn", "The date of the update", required: true);
        if (string.IsNullOrWhiteSpace(Form.Progress))
        {
            ModelState.AddModelError("progress", "Enter what has happened since the resident was last told");
        }
        else if (Form.Progress.Trim().Length > Limits.Note)
        {
            ModelState.AddModelError("progress", $"What has happened must be {Limits.Note:N0} characters or fewer");
        }
        var next = Form.NextUpdateOn.Read(ModelState, "nextUpdateOn", "The date of the next update", required: true);
        if (Form.How is not (UpdateForm.Letter or UpdateForm.OtherWay))
        {
            ModelState.AddModelError("how", "Select how you are updating the resident");
        }
        else if (Form.How == UpdateForm.OtherWay && Form.OtherWayDetails?.Trim().Length > Limits.Name)
        {
            ModelState.AddModelError("otherWayDetails", $"How you told them must be {Limits.Name} characters or fewer");
        }
        if (!ModelState.IsValid)
        {
            return false;
        }
        Update = new UpdateDetails(sent!.Value, Form.Progress!.Trim(), next);
        return true;
    }

    protected override ComplaintChange Change()
    {
        var update = Update!;
        return (c, ctx, _) => c.SendUpdate(update, ctx);
    }

    protected override ComplaintProblems? Problems()
    {
        var update = Update!;
        return (c, ctx, _) => c.UpdateProblems(update, ctx.Calendar, ctx.Today);
    }

    protected override string Banner(ComplaintView recorded) =>
        $"Update recorded. {(recorded.NextUpdateOn is { } next ? $"The next update is due by {Display.Date(next)}." : "No further update is due.")}";
}

public sealed class UpdateForm
{
    public const string Letter = "letter";
    public const string OtherWay = "other";

    public DateParts SentOn { get; set; } = new();
    public string? Progress { get; set; }
    public DateParts NextUpdateOn { get; set; } = new();
    public string? How { get; set; } = Letter;
    public string? OtherWayDetails { get; set; }
}
