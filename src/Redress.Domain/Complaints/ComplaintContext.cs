using Redress.Domain.Calendar;

namespace Redress.Domain.Complaints;

/// <summary>What every operation on a complaint needs from outside: today's UK date, the calendar, ids.</summary>
public sealed record ComplaintContext(DateOnly Today, WorkingDayCalendar Calendar, Func<Guid> NewId);
