using Redress.Domain.Common;

namespace Redress.Domain.Measures;

/// <summary>
/// The dates a set of figures covers: a reporting year (1 April to 31 March), one of its quarters
/// (Q1 April to June ... Q4 January to March), or any range of dates, both ends included.
/// </summary>
public readonly record struct ReportingPeriod(DateOnly From, DateOnly To, string Label)
{
    public static ReportingPeriod Year(int year) => new(new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31), $"{year}/{(year + 1) % 100:00}");

    public static ReportingPeriod Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, 4, 1).AddMonths((quarter - 1) * 3);
        return new(start, start.AddMonths(3).AddDays(-1), $"{year}/{(year + 1) % 100:00} Q{quarter}");
    }

    public static Result<ReportingPeriod> Range(DateOnly from, DateOnly to) =>
        to < from
            ? Errors.OutOfOrder("to", "The end of the period must be on or after its start.")
            : to.DayNumber - from.DayNumber > 3660
                ? new DomainError(ErrorCodes.DateOutOfOrder, "A period can be at most ten years long.", "to")
                : new ReportingPeriod(from, to, $"{from:d MMM yyyy} to {to:d MMM yyyy}");

    /// <summary>The same period a year earlier, for comparison.</summary>
    public ReportingPeriod YearBefore() => new(From.AddYears(-1), To.AddYears(-1), $"a year earlier");

    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>
/// The measures every annual report shows beside CH01 and CH02 (domain README, Measures), defined once.
/// Counting happens in the database; these are the rules applied to what it counts.
/// </summary>
public static class Measures
{
    /// <summary>Code 6.2, 6.11: acknowledged on or before the acknowledgement due date (5 working days).</summary>
    public static bool AcknowledgedInTime(DateOnly acknowledgedOn, DateOnly acknowledgeBy) => acknowledgedOn <= acknowledgeBy;

    /// <summary>
    /// The average working days from acknowledgement to response over the responses given, from the
    /// working-day calendar; null when there are none. Full precision; round on output.
    /// </summary>
    public static decimal? AverageWorkingDays(IEnumerable<(DateOnly AcknowledgedOn, DateOnly RespondedOn)> responses, Calendar.WorkingDayCalendar calendar) =>
        AverageWorkingDays(responses.Select(r => (r.AcknowledgedOn, r.RespondedOn, 1)), calendar);

    /// <summary>The same, over responses counted by their dates: <c>Count</c> responses with each pair.</summary>
    public static decimal? AverageWorkingDays(IEnumerable<(DateOnly AcknowledgedOn, DateOnly RespondedOn, int Count)> responses, Calendar.WorkingDayCalendar calendar)
    {
        long total = 0;
        long count = 0;
        foreach (var (acknowledged, responded, n) in responses)
        {
            total += (long)Math.Max(0, calendar.CountWorkingDays(acknowledged, responded)) * n;
            count += n;
        }
        return count == 0 ? null : (decimal)total / count;
    }

    /// <summary>Escalation rate: stage 2 requests received in the period per stage 1 response issued in it, as a percentage.</summary>
    public static decimal? EscalationRate(int escalations, int stage1Responses) => Tsm.Percent(escalations, stage1Responses);
}
