using System.Text.RegularExpressions;

namespace Redress.Web.Data.Entities;

/// <summary>
/// The forms of a resident's name and postcode that searches match from their start, so that an ordinary
/// index serves them on both databases (no leading-wildcard scans).
/// </summary>
public static partial class SearchKeys
{
    public static string Name(string? name) => string.Join(' ', (name ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static string Surname(string? name) => Name(name).Split(' ') is { Length: > 0 } words ? words[^1] : "";

    /// <summary>The last UK postcode in the text, normalised: "1 High St, Town, ab1 2cd" gives "AB12CD".</summary>
    public static string? Postcode(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }
        var matches = PostcodePattern().Matches(address.ToUpperInvariant());
        return matches.Count == 0 ? null : matches[^1].Value.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>What a typed search becomes for the postcode key: "ab1 2" gives "AB12"; null when it cannot be the start of a postcode.</summary>
    public static string? PostcodePrefix(string query)
    {
        var compact = query.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length >= 2 && compact.Length <= 7 && char.IsAsciiLetter(compact[0]) && compact.All(char.IsAsciiLetterOrDigit) && compact.Any(char.IsAsciiDigit)
            ? compact
            : null;
    }

    /// <summary>The distinct words of an address worth searching: letters and digits, lower case, two characters or more.</summary>
    public static IReadOnlyList<string> Words(string? address) =>
        [.. WordPattern().Matches((address ?? "").ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 2).Select(w => w.Length > 60 ? w[..60] : w).Distinct()];

    /// <summary>
    /// The parts of a name that a prefix search of the name and surname cannot reach: the parts of words joined
    /// by an apostrophe or a hyphen ("O'Neill" gives "neill", "Smith-Jones" gives "smith" and "jones"), so that
    /// typing "neill" finds O'Neill. Kept with the address words.
    /// </summary>
    public static IReadOnlyList<string> NameParts(string? name) =>
        [.. Name(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(c => !char.IsLetterOrDigit(c)))
            .SelectMany(w => LetterRuns().Matches(w).Select(m => m.Value)).Where(p => p.Length >= 2).Select(p => p.Length > 60 ? p[..60] : p).Distinct()];

    /// <summary>The words a resident is found by besides the start of their name: their address words and <see cref="NameParts"/>.</summary>
    public static IReadOnlyList<string> Indexed(string? name, string? address) => [.. Words(address).Concat(NameParts(name)).Distinct()];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex LetterRuns();

    /// <summary>The smallest string after every string that starts with <paramref name="prefix"/>, for a range scan.</summary>
    public static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b")]
    private static partial Regex PostcodePattern();
}
