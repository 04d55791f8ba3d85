using CsCheck;
using Redress.Domain.Calendar;
using Redress.Domain.Common;
using static Redress.Domain.Tests.Calendars;

namespace Redress.Domain.Tests;

public class WorkingDayCalendarTests
{
    public static TheoryData<string, int, string, string> AddCases => new()
    {
        // from, days, expected, why
        { "2025-12-19", 5, "2025-12-30", "API.md example: skips Christmas Day and Boxing Day 2025" },
        { "2026-12-23", 5, "2027-01-04", "Christmas 2026 on a Friday: Boxing Day substitute Mon 28 Dec, then New Year's Day" },
        { "2027-01-04", 10, "2027-01-18", "stage 1 response from an acknowledgement on 4 Jan 2027" },
        { "2027-01-18", 10, "2027-02-01", "a 10-day stage 1 extension" },
        { "2027-03-22", 5, "2027-03-31", "Easter in March 2027: Good Friday 26 Mar, Easter Monday 29 Mar" },
        { "2027-03-31", 20, "2027-04-28", "stage 2 response: 20 working days" },
        { "2026-04-04", 5, "2026-04-13", "received on a Saturday: day 1 is the next working day, Easter Monday skipped" },
        { "2024-03-28", 1, "2024-04-02", "Easter in March 2024" },
        { "2025-04-17", 1, "2025-04-22", "Easter in April 2025" },
        { "2020-05-07", 1, "2020-05-11", "2020: early May bank holiday moved to Friday 8 May (VE day)" },
        { "2020-05-01", 1, "2020-05-04", "2020: Monday 4 May was a working day" },
        { "2022-06-01", 1, "2022-06-06", "2022: spring bank holiday moved to Thu 2 June, plus the Jubilee on Fri 3 June" },
        { "2022-05-27", 1, "2022-05-30", "2022: the last Monday in May was a working day" },
        { "2022-09-16", 1, "2022-09-20", "2022: one-off day for the State Funeral, Mon 19 September" },
        { "2023-05-05", 1, "2023-05-09", "2023: one-off day for the Coronation, Mon 8 May" },
        { "2018-12-24", 1, "2018-12-27", "Christmas on a Tuesday" },
        { "2019-12-24", 1, "2019-12-27", "Christmas on a Wednesday" },
        { "2025-12-24", 1, "2025-12-29", "Christmas on a Thursday" },
        { "2020-12-24", 1, "2020-12-29", "Christmas on a Friday: Boxing Day substitute on Monday 28th" },
        { "2021-12-24", 1, "2021-12-29", "Christmas on a Saturday: substitutes Mon 27 and Tue 28" },
        { "2022-12-23", 1, "2022-12-28", "Christmas on a Sunday: Boxing Day Mon 26, Christmas substitute Tue 27" },
        { "2023-12-22", 1, "2023-12-27", "Christmas on a Monday" },
        { "2025-12-31", 1, "2026-01-02", "year boundary over New Year's Day" },
        { "2021-12-31", 1, "2022-01-04", "New Year's Day 2022 on a Saturday: substitute Monday 3 January" },
        { "2027-12-31", 1, "2028-01-04", "into the provisional year 2028: substitute Monday 3 January" },
        { "2025-12-30", -5, "2025-12-19", "negative: the 5th working day before" },
        { "2025-12-27", 0, "2025-12-27", "zero days is the date itself, working or not" },
    };

    [Theory]
    [MemberData(nameof(AddCases))]
    [Trait("Code", "6.2")]
    public void AddWorkingDays_RealEnglandAndWalesDates_SkipsWeekendsAndBankHolidays(string from, int days, string expected, string why)
    {
        var result = EnglandAndWales.AddWorkingDays(D(from), days);

        Assert.True(D(expected) == result, $"{why}: expected {expected}, got {result:yyyy-MM-dd}");
    }

    [Theory]
    [InlineData("2025-12-19", "2025-12-30", 5)]
    [InlineData("2025-12-30", "2025-12-19", -5)]
    [InlineData("2026-04-04", "2026-04-13", 5)]
    [InlineData("2025-12-25", "2025-12-26", 0)] // both bank holidays
    [InlineData("2025-12-24", "2025-12-24", 0)]
    [InlineData("2018-01-01", "2028-12-31", 2779)] // every working day in the shipped calendar
    [Trait("Code", "6.3")]
    public void CountWorkingDays_RealDates_CountsAfterFromUpToAndIncludingTo(string from, string to, int expected)
    {
        Assert.Equal(expected, EnglandAndWales.CountWorkingDays(D(from), D(to)));
    }

    [Theory]
    [InlineData("2028-12-20", 20, 2029)]
    [InlineData("2018-01-02", -5, 2017)]
    [InlineData("2030-06-01", 1, 2030)]
    public void AddWorkingDays_OutsideLoadedYears_RefusesNamingTheYear(string from, int days, int missingYear)
    {
        var error = Assert.Throws<DomainException>(() => EnglandAndWales.AddWorkingDays(D(from), days)).Error;

        Assert.Equal(ErrorCodes.CalendarYearNotLoaded, error.Code);
        Assert.Contains(missingYear.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_GapInLoadedYears_RefusesNamingTheGap()
    {
        var calendar = new WorkingDayCalendar([2025, 2027], []);

        var error = Assert.Throws<DomainException>(() => calendar.AddWorkingDays(D("2025-12-30"), 5)).Error;

        Assert.Contains("2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedCalendar_2028_IsMarkedProvisional()
    {
        Assert.True(EnglandAndWales.IsProvisional(2028));
        Assert.False(EnglandAndWales.IsProvisional(2027));
        Assert.Equal(Enumerable.Range(2018, 11), EnglandAndWales.LoadedYears);
    }

    [Fact]
    public void ClosureDays_OffByDefault_CountOnlyWhenSwitchedOn()
    {
        var days = BankHolidayFeed.LoadShipped()[Division.EnglandAndWales]
            .Append(new CalendarDay(D("2025-12-29"), "Office closed", CalendarDayKind.Closure)).ToList();
        var years = days.Select(d => d.Date.Year).Distinct().ToList();

        var codeDefault = new WorkingDayCalendar(years, days);
        var withClosures = new WorkingDayCalendar(years, days, closuresAreNonWorking: true);

        Assert.Equal(D("2025-12-29"), codeDefault.AddWorkingDays(D("2025-12-24"), 1));
        Assert.Equal(D("2025-12-30"), withClosures.AddWorkingDays(D("2025-12-24"), 1));
    }

    [Fact]
    [Trait("Code", "6.2")]
    public void AddThenCount_AnyDateAndLength_RoundTrips()
    {
        var calendar = EnglandAndWales;
        var dates = Gen.Int[new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2027, 10, 1).DayNumber].Select(DateOnly.FromDayNumber);

        Gen.Select(dates, Gen.Int[0, 60]).Sample((from, n) =>
        {
            var to = calendar.AddWorkingDays(from, n);
            return calendar.CountWorkingDays(from, to) == n && (n == 0 || calendar.IsWorkingDay(to)) && to >= from;
        }, iter: 20_000);
    }

    [Fact]
    public void AddNegative_AnyDate_IsTheInverseOnWorkingDays()
    {
        var calendar = EnglandAndWales;
        var dates = Gen.Int[new DateOnly(2018, 3, 1).DayNumber, new DateOnly(2028, 12, 1).DayNumber].Select(DateOnly.FromDayNumber);

        Gen.Select(dates, Gen.Int[1, 40]).Sample((from, n) =>
        {
            var back = calendar.AddWorkingDays(from, -n);
            // (back, from] holds the n-1 working days between them, and from itself when it is one.
            var expected = n - 1 + (calendar.IsWorkingDay(from) ? 1 : 0);
            return calendar.IsWorkingDay(back) && calendar.CountWorkingDays(back, from) == expected;
        }, iter: 5_000);
    }
}
