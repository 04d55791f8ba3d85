using System.Globalization;
using System.Text.Json;

namespace Redress.Web.Api;

/// <summary>Query-string values read with errors that name the parameter.</summary>
internal static class Query
{
    public static T? Enum<T>(Validator v, IQueryCollection q, string name) where T : struct, System.Enum
    {
        var text = Text(q, name);
        if (text is null)
        {
            return null;
        }
        var match = System.Enum.GetValues<T>().Cast<T?>()
            .FirstOrDefault(e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()!) == text);
        if (match is null)
        {
            v.Add(name, $"'{name}' must be one of: {string.Join(", ", System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName))}.");
        }
        return match;
    }

    public static int? Int(Validator v, IQueryCollection q, string name, int min, int max)
    {
        var text = Text(q, name);
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            v.Add(name, $"'{name}' must be a whole number from {min} to {max}.");
            return null;
        }
        return value;
    }

    public static bool? Bool(Validator v, IQueryCollection q, string name)
    {
        var text = Text(q, name);
        if (text is null)
        {
            return null;
        }
        if (!bool.TryParse(text, out var value))
        {
            v.Add(name, $"'{name}' must be true or false.");
            return null;
        }
        return value;
    }

    public static Guid? Guid(Validator v, IQueryCollection q, string name)
    {
        var text = Text(q, name);
        if (text is null)
        {
            return null;
        }
        if (!System.Guid.TryParse(text, out var value))
        {
            v.Add(name, $"'{name}' must be an id (a UUID).");
            return null;
        }
        return value;
    }

    public static DateOnly? Date(Validator v, IQueryCollection q, string name, bool required = false)
    {
        var text = Text(q, name);
        if (text is null)
        {
            if (required)
            {
                v.Add(name, $"Enter '{name}', a date in the form YYYY-MM-DD.");
            }
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            v.Add(name, $"'{name}' must be a real calendar date in the form YYYY-MM-DD ('{text}' is not).");
            return null;
        }
        return value;
    }

    private static string? Text(IQueryCollection q, string name) =>
        q.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;
}
