using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Calendar;
using Redress.Web.Calendar;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Pages.Work;

/// <summary>My work: the signed-in handler's open complaints by the next deadline, and those unassigned.</summary>
public sealed class IndexModel(Caseload queue, FollowUps followUps, RedressDbContext db, SettingsStore settings, CalendarService calendars, TimeProvider clock) : PageModel
{
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
