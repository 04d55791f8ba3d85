using System.Globalization;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

internal static class Forms
{
    /// <summary>Types a date into a GOV.UK date input whose day field has the id <paramref name="id"/>.</summary>
    public static async Task FillDateAsync(this IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
