using Redress.Domain.Calendar;

namespace Redress.Domain.Complaints;

/// <summary>
/// When the stage 1 clock starts. Day 0 is the date received (a Saturday receipt has day 1 on the
/// next working day). With a cut-off, a complaint received after it counts from the next working day.
/// </summary>
public sealed record ReceiptPolicy(TimeOnly? CutOff)
{
    public static readonly ReceiptPolicy Default = new((TimeOnly?)null);

    public DateOnly ClockStart(DateOnly receivedOn, TimeOnly? receivedTimeUk, WorkingDayCalendar calendar) =>
        CutOff is { } cutOff && receivedTimeUk is { } time && time > cutOff
            ? calendar.AddWorkingDays(receivedOn, 1)
            : receivedOn;
}
