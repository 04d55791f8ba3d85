namespace Redress.Domain.Measures;

/// <summary>A reporting year: 1 April to 31 March. Year 2025 runs from 1 April 2025 to 31 March 2026.</summary>
public readonly record struct ReportingYear(int Year)
{
    public DateOnly From => new(Year, 4, 1);

    public DateOnly To => new(Year + 1, 3, 31);

    public static ReportingYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);
}

/// <summary>
/// The Regulator of Social Housing's complaint measures. Figures are kept at full precision and
/// rounded only for output (one decimal place), half away from zero.
/// </summary>
public static class Tsm
{
    /// <summary>CH01: complaints per 1,000 homes; null when the number of homes is not known.</summary>
    public static decimal? PerThousandHomes(int complaints, int? homes) =>
        homes is > 0 ? Round(complaints * 1000m / homes.Value) : null;

    /// <summary>CH02: the share of responses within the timescale, as a percentage; null when none were issued.</summary>
    public static decimal? Percent(int within, int responded) =>
        responded > 0 ? Round(within * 100m / responded) : null;

    /// <summary>
    /// CH02: a response is within the timescale when issued on or before the due date in force,
    /// extensions allowed by the Code included.
    /// </summary>
    public static bool WithinTimescale(DateOnly respondedOn, DateOnly respondBy) => respondedOn <= respondBy;

    public static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
