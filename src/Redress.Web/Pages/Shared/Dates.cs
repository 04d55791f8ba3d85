using System.Globalization;

namespace Redress.Web.Pages.Shared;

public static class Dates
{
    /// <summary>A date input filled with <paramref name="date"/>.</summary>
    public static DateParts Parts(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };
}
