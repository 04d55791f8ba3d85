using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Domain.Calendar;
using Redress.Web.Calendar;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Pages.Work;

/// <summary>My work: the signed-in handler's open complaints by the next deadline, and those unassigned.</summary>
public sealed class IndexModel(Caseload queue, FollowUps followUps, ComplaintOperations complaints, RedressDbContext db, SettingsStore settings, CalendarService calendars, TimeProvider clock) : PageModel
{
    /// <summary>Whether the signed-in person can hold complaints, so can pick one up.</summary>
    public bool CanHold => ComplaintHolders.Roles.Any(User.IsInRole);

    /// <summary>
    /// "Assign to me" on a complaint nobody holds: it becomes the signed-in person's, unless someone picked it
    /// up first (then it says who), as one change with its audit event.
    /// </summary>
    public async Task<IActionResult> OnPostAssignToMeAsync(Guid complaintId, CancellationToken ct)
    {
        if (!CanHold)
        {
            return Forbid();
        }
        var found = await complaints.GetAsync(complaintId, ct);
        if (!found.Succeeded)
        {
            return NotFound();
        }
        var complaint = found.Value!;
        var me = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (complaint.Stages[^1].HandlerId is { } holder)
        {
            TempData["Banner"] = holder == me ? $"You already hold {complaint.Reference}." : $"{complaint.Reference} was picked up by someone else a moment ago.";
            return RedirectToPage();
        }
        var outcome = await complaints.ApplyAsync(complaintId, new ChangeOptions(complaint.ETag, me), ComplaintAction.Reassign, Actor.From(User), (c, _, _) => c.Reassign(me), ct);
        if (!outcome.Succeeded)
        {
            TempData["Banner"] = $"{complaint.Reference} could not be given to you: {outcome.Error?.Message}";
            return RedirectToPage();
        }
        var stage = outcome.Value!.Stages[^1];
        TempData["Banner"] = stage.AcknowledgedOn is null
            ? $"You now hold {complaint.Reference}. Acknowledge it by {Common.Display.Date(stage.AcknowledgeBy)}."
            : $"You now hold {complaint.Reference}. Respond by {Common.Display.Date(stage.RespondBy)}.";
        return Redirect(Paths.Complaint(complaintId));
    }

    public IReadOnlyList<QueueItem> Mine { get; private set; } = [];
    public IReadOnlyList<QueueItem> Unassigned { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public WorkingDayCalendar Calendar { get; private set; } = null!;
    public int Overdue { get; private set; }
    public int DueToday { get; private set; }
    public int DueSoon { get; private set; }
    /// <summary>Reviews, remedies and outstanding actions due within <see cref="FollowUpDays"/> working days.</summary>
    public IReadOnlyList<FollowUp> FollowUps { get; private set; } = [];
    public const int FollowUpDays = 5;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.TodayInUk();
        Calendar = await calendars.CurrentAsync(db, await settings.GetAsync(db, ct), ct);
        var me = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        Mine = await queue.ForHandlerAsync(me, ct);
        Unassigned = await queue.UnassignedAsync(ct);
        Overdue = Mine.Count(i => i.NextDueOn < Today);
        DueToday = Mine.Count(i => i.NextDueOn == Today);
        var soon = SafeAdd(Today, 3);
        DueSoon = Mine.Count(i => i.NextDueOn > Today && i.NextDueOn <= soon);
        FollowUps = await followUps.DueAsync(me, SafeAdd(Today, FollowUpDays), Auth.Roles.SupportNeeds.Any(User.IsInRole), ct);
    }

    private DateOnly SafeAdd(DateOnly date, int days)
    {
        try
        {
            return Calendar.AddWorkingDays(date, days);
        }
        catch (Domain.Common.DomainException)
        {
            return date.AddDays(days);
        }
    }
}
