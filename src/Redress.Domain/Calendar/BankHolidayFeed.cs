using System.Globalization;
using System.Text.Json;
using Redress.Domain.Common;

namespace Redress.Domain.Calendar;

/// <summary>
/// Reads the official GOV.UK <c>bank-holidays.json</c> layout: one object per division
/// (<c>england-and-wales</c>, <c>scotland</c>, <c>northern-ireland</c>), each with <c>events</c>
/// of <c>title</c>, <c>date</c>, <c>notes</c> and <c>bunting</c>.
/// </summary>
public static class BankHolidayFeed
{
    public const string ShippedResourceName = "Redress.Domain.Calendar.bank-holidays-england-and-wales.json";

    /// <summary>The newest shipped year is not yet published by GOV.UK: it is computed from the usual rules.</summary>
    public static readonly int[] ShippedProvisionalYears = [2028];

    public static readonly IReadOnlyDictionary<string, Division> DivisionKeys = new Dictionary<string, Division>
    {
        ["england-and-wales"] = Division.EnglandAndWales,
        ["scotland"] = Division.Scotland,
        ["northern-ireland"] = Division.NorthernIreland,
    };

    public static string KeyOf(Division division) => DivisionKeys.Single(p => p.Value == division).Key;

    public static IReadOnlyDictionary<Division, IReadOnlyList<CalendarDay>> LoadShipped()
    {
        using var stream = typeof(BankHolidayFeed).Assembly.GetManifestResourceStream(ShippedResourceName)
            ?? throw new InvalidOperationException("The shipped bank holiday list is missing from the build.");
        using var reader = new StreamReader(stream);
        var parsed = Parse(reader.ReadToEnd());
        return parsed.Value ?? throw new InvalidOperationException(parsed.Error!.Message);
    }

    /// <summary>Parses a feed; a malformed file is a <see cref="DomainError"/> naming what is wrong.</summary>
    public static Result<IReadOnlyDictionary<Division, IReadOnlyList<CalendarDay>>> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Invalid($"The file is not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Invalid("The file must be a JSON object keyed by division, as GOV.UK publishes it.");
            }

            var result = new Dictionary<Division, IReadOnlyList<CalendarDay>>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!DivisionKeys.TryGetValue(property.Name, out var division))
                {
                    return Invalid($"Unknown division '{property.Name}'. Expected england-and-wales, scotland or northern-ireland.");
                }
                var (days, error) = ParseDivision(property.Name, property.Value);
                if (error is not null)
                {
                    return error;
                }
                result[division] = days!;
            }

            return result.Count == 0
                ? Invalid("The file has no divisions.")
                : result;
        }
    }

    private static Result<IReadOnlyList<CalendarDay>> ParseDivision(string name, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array)
        {
            return Invalid($"Division '{name}' has no 'events' list.");
        }

        var days = new List<CalendarDay>();
        var index = 0;
        foreach (var e in events.EnumerateArray())
        {
            var title = e.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var dateText = e.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var notes = e.TryGetProperty("notes", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : "";
            if (string.IsNullOrWhiteSpace(title))
            {
                return Invalid($"{name} event {index} has no title.");
            }
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Invalid($"{name} event {index} ('{title}') has the date '{dateText}', which is not a real date in the form YYYY-MM-DD.");
            }
            var substitute = notes?.Contains("substitute", StringComparison.OrdinalIgnoreCase) == true;
            days.Add(new CalendarDay(date, title!, CalendarDayKind.BankHoliday, substitute));
            index++;
        }

        return days;
    }

    private static DomainError Invalid(string message) => new("calendar-file-invalid", message, "file");
}
