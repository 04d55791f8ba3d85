using Redress.Domain.Calendar;
using Redress.Web.Complaints;

namespace Redress.Web.Pages.Shared;

public sealed record QueueView(string Caption, string Empty, IReadOnlyList<QueueItem> Items, DateOnly Today, WorkingDayCalendar Calendar);
