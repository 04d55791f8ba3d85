using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Redress.Web.Pages.Shared;

/// <summary>A GOV.UK date input: day, month and year as typed, read into a date with GOV.UK error messages.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>
    /// The date, or null with an error added under <paramref name="key"/>. <paramref name="label"/> starts
    /// the message ("The date received must be a real date").
    /// </summary>
    public DateOnly? Read(ModelStateDictionary state, string key, string label, bool required)
    {
        if (IsEmpty)
        {
            if (required)
            {
                // Only the first letter: "The date the Ombudsman ruled" is "Enter the date the Ombudsman ruled".
                state.AddModelError(key, $"Enter {char.ToLowerInvariant(label[0])}{label[1..]}");
            }
            return null;
        }
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            state.AddModelError(key, $"{label} must include a {string.Join(" and ", missing)}");
            return null;
        }
        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y < 1900 || y > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            state.AddModelError(key, $"{label} must be a real date");
            return null;
        }
        return new DateOnly(y, m, d);
    }
}

public sealed record DateInputView(string Id, string Name, string Legend, string? Hint, DateParts Value, string? Error);
