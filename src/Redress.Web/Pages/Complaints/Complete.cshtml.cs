using Redress.Web.Common;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// Record that a remedy was carried out (and what was paid), or that an outstanding action is done:
/// remedies followed through to completion (Code 7.3), outstanding actions tracked (6.6, 6.17).
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class CompleteModel(ComplaintOperations complaints, TimeProvider clock) : ComplaintJourney(complaints)
{
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "";
    [BindProperty(SupportsGet = true)] public Guid ItemId { get; set; }
    [BindProperty] public DateParts CompletedOn { get; set; } = new();
    [BindProperty] public string? Paid { get; set; }

    public RemedyView? Remedy { get; private set; }
    public ActionView? Item { get; private set; }
    public DateOnly? Completed { get; private set; }
    public long? PaidPence { get; private set; }
    public string What => Remedy is { } r ? $"{Display.Words(r.Type)}: {r.Description}" : Item!.Description;

    protected override void Prefill()
    {
        CompletedOn = Dates.Parts(clock.TodayInUk());
        if (Remedy is { Type: RemedyType.Financial, AmountPence: { } amount })
        {
            Paid = (amount / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        }
    }

    protected override Task<bool> LoadMoreAsync(CancellationToken ct)
    {
        Remedy = Kind == "remedies" ? Complaint.Remedies.FirstOrDefault(r => r.Id == ItemId) : null;
        Item = Kind == "actions" ? Complaint.OutstandingActions.FirstOrDefault(a => a.Id == ItemId) : null;
        return Task.FromResult(Remedy is not null || Item is not null);
    }

    protected override bool Read()
    {
        Completed = CompletedOn.Read(ModelState, "completedOn", "The date it was done", required: true);
        if (Remedy is { Type: RemedyType.Financial })
        {
            if (decimal.TryParse(Paid?.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds) && pounds >= 0 && decimal.Round(pounds, 2) == pounds)
            {
                PaidPence = (long)(pounds * 100);
            }
            else
            {
                ModelState.AddModelError("paidPence", "Enter the amount paid in pounds, like 150 or 150.50");
            }
        }
        return ModelState.IsValid;
    }

    protected override ComplaintAction Action => Remedy is not null ? ComplaintAction.CompleteRemedy : ComplaintAction.CompleteAction;

    protected override ComplaintChange Change()
    {
        var (item, on, paid) = (ItemId, Completed!.Value, PaidPence);
        return Remedy is not null
            ? (c, ctx, _) => c.CompleteRemedy(item, on, paid, ctx)
            : (c, ctx, _) => c.CompleteAction(item, on, ctx);
    }

    protected override string Banner(ComplaintView recorded) => $"Recorded as done: {What}.";
}
