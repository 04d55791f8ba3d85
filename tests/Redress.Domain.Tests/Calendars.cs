using Redress.Domain.Calendar;

namespace Redress.Domain.Tests;

internal static class Calendars
{
    private static readonly Lazy<WorkingDayCalendar> Shipped = new(() =>
    {
        var days = BankHolidayFeed.LoadShipped()[Division.EnglandAndWales];
        return new WorkingDayCalendar(days.Select(d => d.Date.Year).Distinct(), days, provisionalYears: BankHolidayFeed.ShippedProvisionalYears);
    });

    /// <summary>The England and Wales calendar as shipped with the product (2018-2028).</summary>
    public static WorkingDayCalendar EnglandAndWales => Shipped.Value;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
