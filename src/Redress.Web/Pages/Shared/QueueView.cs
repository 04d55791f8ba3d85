using Redress.Domain.Calendar;
using Redress.Web.Complaints;

namespace Redress.Web.Pages.Shared;

/// <summary>A list of complaints by their next deadline; <paramref name="AssignToMe"/> offers each to the signed-in person.</summary>
public sealed record QueueView(string Caption, string Empty, IReadOnlyList<QueueItem> Items, DateOnly Today, WorkingDayCalendar Calendar, bool AssignToMe = false);
