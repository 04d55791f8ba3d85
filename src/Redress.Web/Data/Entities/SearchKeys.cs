using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Redress.Web.Data.Entities;

/// <summary>
/// The forms of a resident's name, postcode, email and phone number that searches match from their start, so
/// that an ordinary index serves them on both databases (no leading-wildcard scans). Names and words are lower
/// case without accents ("Wróbel" is "wrobel"), so that a search typed without them still finds them.
/// </summary>
public static partial class SearchKeys
{
    public static string Name(string? name)
    {
        var key = Fold(string.Join(' ', (name ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        return key.Length > Domain.Common.Limits.Name ? key[..Domain.Common.Limits.Name] : key;
    }

    /// <summary>
    /// The lower-case letters of Latin-1 and Latin Extended-A with their plain letters ("ó" is "o", "ł" is "l",
    /// "ß" is "ss"). One table for the keys saved here and for the migration that folded the keys saved before
    /// (<c>AccentFold</c>), so that both give the same key.
    /// </summary>
    public static readonly IReadOnlyList<(char Letter, string Plain)> Folds = FoldTable();

    private static readonly Dictionary<char, string> FoldOf = Folds.ToDictionary(f => f.Letter, f => f.Plain);

    /// <summary>Lower-case text with its accented letters as plain ones (see <see cref="Folds"/>).</summary>
    public static string Fold(string lower)
    {
        if (lower.All(char.IsAscii))
        {
            return lower;
        }
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            folded.Append(FoldOf.TryGetValue(c, out var plain) ? plain : c);
        }
        return folded.ToString();
    }

    private static List<(char, string)> FoldTable()
    {
        // Letters with no decomposition to a plain letter.
        var own = new Dictionary<char, string>
        {
            ['ß'] = "ss", ['æ'] = "ae", ['ð'] = "d", ['ø'] = "o", ['þ'] = "th", ['đ'] = "d", ['ħ'] = "h", ['ı'] = "i", ['ĳ'] = "ij",
            ['ĸ'] = "k", ['ŀ'] = "l", ['ł'] = "l", ['ŉ'] = "n", ['ŋ'] = "n", ['œ'] = "oe", ['ŧ'] = "t", ['ſ'] = "s",
        };
        var table = new List<(char, string)>();
        for (var c = '\u00DF'; c <= '\u017F'; c++)
        {
            var plain = own.GetValueOrDefault(c) ?? new string([.. c.ToString().Normalize(NormalizationForm.FormD).Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)]);
            if (char.IsLower(c) && plain != c.ToString() && plain.All(char.IsAsciiLetterLower))
            {
                table.Add((c, plain));
            }
        }
        return table;
    }

    /// <summary>An email address as searched: trimmed, with A to Z in lower case (as SQL's <c>lower</c> does on SQLite).</summary>
    public static string? Email(string? email)
    {
        var trimmed = (email ?? "").Trim(' ');
        return trimmed.Length == 0 ? null : string.Create(trimmed.Length, trimmed, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] + 32) : text[i];
            }
        });
    }

    /// <summary>The characters a phone number is written with besides its digits.</summary>
    public const string PhoneMarks = " -()./+";

    /// <summary>
    /// A phone number as its digits, a UK "+44" as "0" ("+44 (0)7700 900-123" and "07700 900123" are both
    /// "07700900123"); null when it has anything but digits and <see cref="PhoneMarks"/>.
    /// </summary>
    public static string? Phone(string? phone)
    {
        var text = (phone ?? "").Replace("(0)", "", StringComparison.Ordinal);
        var digits = string.Concat(text.Where(c => !PhoneMarks.Contains(c, StringComparison.Ordinal)));
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        return text.TrimStart(' ').StartsWith("+44", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }

    /// <summary>What a typed search becomes for the phone key: five digits or more; null otherwise.</summary>
    public static string? PhonePrefix(string query) => Phone(query) is { Length: >= 5 } digits ? digits : null;

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
        [.. WordPattern().Matches(Fold((address ?? "").ToLowerInvariant())).Select(m => m.Value).Where(w => w.Length >= 2).Select(w => w.Length > 60 ? w[..60] : w).Distinct()];

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
