using Redress.Domain.Calendar;

namespace Redress.Domain.Complaints;

/// <summary>
/// When a stage's acknowledgement clock starts (day 0), at both stages. Without a cut-off, day 0 is the date
/// received, whatever the day (a Saturday receipt has day 1 on the next working day). With a cut-off, a
/// receipt after it on a working day, or at any time on a non-working day, counts from the next working day:
/// Friday after the cut-off, Saturday and Sunday all start on Monday, and the time of day never matters on a
/// non-working day.
/// </summary>
public sealed record ReceiptPolicy(TimeOnly? CutOff)
{
    public static readonly ReceiptPolicy Default = new((TimeOnly?)null);

    public DateOnly ClockStart(DateOnly receivedOn, TimeOnly? receivedTimeUk, WorkingDayCalendar calendar)
    {
        if (CutOff is not { } cutOff)
        {
            return receivedOn;
        }
        var afterCutOff = receivedTimeUk is { } time && time > cutOff;
        return afterCutOff || !calendar.IsWorkingDay(receivedOn) ? calendar.AddWorkingDays(receivedOn, 1) : receivedOn;
    }
}
