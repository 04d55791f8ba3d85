using Redress.Domain.Measures;

namespace Redress.Web.Pages.Oversight;

/// <summary>The period a page shows: a reporting year, or one of its quarters (1-4).</summary>
public sealed record PeriodChoice(int Year, int? Quarter)
{
    public ReportingPeriod Period => Quarter is { } q and >= 1 and <= 4 ? ReportingPeriod.Quarter(Year, q) : ReportingPeriod.Year(Year);

    public string Query => $"year={Year}" + (Quarter is { } q ? $"&quarter={q}" : "");

    public static PeriodChoice From(int? year, int? quarter, DateOnly today) =>
        new(year is >= 2000 and <= 2100 ? year.Value : ReportingYear.Containing(today).Year, quarter is >= 1 and <= 4 ? quarter : null);
}
