using Redress.Domain.Measures;
using static Redress.Domain.Tests.Calendars;

namespace Redress.Domain.Tests;

public class TsmTests
{
    [Theory]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2026-03-31", 2025)] // the last day of reporting year 2025
    [InlineData("2026-04-01", 2026)]
    [InlineData("2026-01-15", 2025)]
    public void ReportingYear_RunsAprilToMarch(string date, int year)
    {
        Assert.Equal(year, ReportingYear.Containing(D(date)).Year);
        Assert.Equal(D($"{year}-04-01"), new ReportingYear(year).From);
        Assert.Equal(D($"{year + 1}-03-31"), new ReportingYear(year).To);
    }

    [Theory]
    [InlineData(120, 10000, "12.0")]
    [InlineData(15, 10000, "1.5")]
    [InlineData(1, 3000, "0.3")] // 0.333… rounds down
    [InlineData(1, 4000, "0.3")] // 0.25 rounds half away from zero
    [InlineData(1, 400, "2.5")]
    public void Ch01_PerThousandHomes_RoundedToOneDecimalOnOutput(int complaints, int homes, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Tsm.PerThousandHomes(complaints, homes));
    }

    [Fact]
    public void Ch01_HomesUnknown_NoRate()
    {
        Assert.Null(Tsm.PerThousandHomes(5, null));
        Assert.Null(Tsm.PerThousandHomes(5, 0));
    }

    [Theory]
    [InlineData(99, 110, "90.0")]
    [InlineData(11, 12, "91.7")]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 8, "12.5")] // exactly half a tenth: away from zero
    public void Ch02_Percent_RoundedToOneDecimal(int within, int responded, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Tsm.Percent(within, responded));
    }

    [Fact]
    public void Ch02_NoResponses_NoPercent() => Assert.Null(Tsm.Percent(0, 0));

    [Theory]
    [InlineData("2026-01-08", "2026-01-08", true)] // on the due date
    [InlineData("2026-01-09", "2026-01-08", false)]
    public void Ch02_WithinTimescale_OnOrBeforeTheDueDateInForce(string respondedOn, string respondBy, bool within)
    {
        Assert.Equal(within, Tsm.WithinTimescale(D(respondedOn), D(respondBy)));
    }
}

public class ReportingPeriodTests
{
    public static TheoryData<int, int, string, string> Quarters => new()
    {
        { 2025, 1, "2025-04-01", "2025-06-30" },
        { 2025, 3, "2025-10-01", "2025-12-31" },
        // Q4 runs into the next calendar year: January to March.
        { 2025, 4, "2026-01-01", "2026-03-31" },
    };

    [Theory]
    [MemberData(nameof(Quarters))]
    [Trait("Code", "9.7")]
    public void Quarter_OfAReportingYear_RunsThreeMonthsFromApril(int year, int quarter, string from, string to)
    {
        var period = Redress.Domain.Measures.ReportingPeriod.Quarter(year, quarter);

        Assert.Equal(Calendars.D(from), period.From);
        Assert.Equal(Calendars.D(to), period.To);
    }

    [Fact]
    public void Range_EndBeforeStart_RefusedAtTo()
    {
        var result = Redress.Domain.Measures.ReportingPeriod.Range(Calendars.D("2026-02-01"), Calendars.D("2026-01-31"));

        Assert.False(result.Succeeded);
        Assert.Equal("to", result.Error?.Field);
    }

    [Fact]
    [Trait("Code", "9.7")]
    public void AverageWorkingDays_AcrossAWeekendAndABankHoliday_CountsWorkingDaysOnly()
    {
        // Acknowledged Thursday 24 Dec 2026; responded Tuesday 29 Dec: 25 and 28 Dec are bank holidays,
        // 26-27 the weekend, so 1 working day. Acknowledged Mon 6 Jul, responded Mon 13 Jul: 5.
        var average = Redress.Domain.Measures.Measures.AverageWorkingDays(
            [(Calendars.D("2026-12-24"), Calendars.D("2026-12-29")), (Calendars.D("2026-07-06"), Calendars.D("2026-07-13"))], Calendars.EnglandAndWales);

        Assert.Equal(3m, average);
    }
}
