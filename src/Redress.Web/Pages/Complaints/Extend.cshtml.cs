using Redress.Web.Common;
using System.Globalization;
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
/// Extend the response timescale (Code 6.4, 6.5, 6.15, 6.16, 5.9): length, reason, the date the
/// resident was told and the agreed update interval; over the Code's limit only with a good reason.
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class ExtendModel(ComplaintOperations complaints, TimeProvider clock) : ComplaintJourney(complaints)
{
    [BindProperty]
    public ExtendForm Form { get; set; } = new();

    public StageView Stage => Complaint.Stages[^1];
    public ExtensionDetails? Extension { get; private set; }

    protected override void Prefill() => Form.NotifiedOn = Dates.Parts(clock.TodayInUk());

    protected override ComplaintAction Action => ComplaintAction.Extend;

    protected override bool Read()
    {
        var days = Whole(Form.WorkingDays, "workingDays", "the length of the extension", Limits.ExtensionMinDays, Limits.ExtensionMaxDays);
        var interval = string.IsNullOrWhiteSpace(Form.UpdateInterval)
            ? null
            : Whole(Form.UpdateInterval, "updateIntervalWorkingDays", "the update interval", Limits.UpdateIntervalMinDays, Limits.UpdateIntervalMaxDays);
        if (string.IsNullOrWhiteSpace(Form.Reason))
        {
            ModelState.AddModelError("reason", "Enter the reason for the extension, as you explained it to the resident");
        }
        var told = Form.NotifiedOn.Read(ModelState, "notifiedOn", "The date the resident was told", required: true);
        if (!ModelState.IsValid)
        {
            return false;
        }
        Extension = new ExtensionDetails(days!.Value, Form.Reason!.Trim(), told!.Value, string.IsNullOrWhiteSpace(Form.GoodReason) ? null : Form.GoodReason.Trim(), interval);
        return true;
    }

    protected override ComplaintChange Change()
    {
        var request = Extension!;
        return (c, ctx, s) => c.Extend(request, s.Ombudsman.AsText(), ctx);
    }

    protected override ComplaintProblems? Problems()
    {
        var request = Extension!;
        return (c, ctx, s) => c.ExtensionProblems(request, s.Ombudsman.AsText(), ctx.Today);
    }

    protected override string Banner(ComplaintView recorded) =>
        $"Extension recorded. The response is now due by {Display.Date(recorded.Stages[^1].RespondBy)}.";

    /// <summary>A whole number of working days: "Enter the length…" when empty, the range when not.</summary>
    private int? Whole(string? text, string key, string what, int min, int max)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        ModelState.AddModelError(key, string.IsNullOrWhiteSpace(text)
            ? $"Enter {what} in working days"
            : $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a whole number of working days from {min} to {max}");
        return null;
    }
}

public sealed class ExtendForm
{
    public string? WorkingDays { get; set; }
    public string? Reason { get; set; }
    public DateParts NotifiedOn { get; set; } = new();
    public string? UpdateInterval { get; set; }
    public string? GoodReason { get; set; }
}
