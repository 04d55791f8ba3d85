using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Migrations;

/// <summary>
/// The contact-search migration's data step, for both databases: residents already saved get their name keys
/// and search words without accents (<see cref="SearchKeys.Folds"/>, the table new residents are keyed with),
/// and email and phone keys as <see cref="SearchKeys.Email"/> and <see cref="SearchKeys.Phone"/> make them.
/// </summary>
internal static class AccentFold
{
    public static IEnumerable<string> Sql(bool postgres)
    {
        var name = Domain.Common.Limits.Name;
        yield return $"""
            UPDATE "Residents" SET "NameKey" = substr({Folded("\"NameKey\"")}, 1, {name}), "SurnameKey" = substr({Folded("\"SurnameKey\"")}, 1, {name})
            WHERE "NameKey" <> {Folded("\"NameKey\"")}
            """;
        yield return $"""
            INSERT INTO "ResidentWords" ("Word", "ResidentId")
            SELECT DISTINCT substr({Folded("w.\"Word\"")}, 1, 60), w."ResidentId" FROM "ResidentWords" AS w
            WHERE w."Word" <> {Folded("w.\"Word\"")}
              AND NOT EXISTS (SELECT 1 FROM "ResidentWords" AS o WHERE o."ResidentId" = w."ResidentId" AND o."Word" = substr({Folded("w.\"Word\"")}, 1, 60))
            """;
        yield return $"""DELETE FROM "ResidentWords" WHERE "Word" <> {Folded("\"Word\"")}""";
        // SearchKeys.Email lowers A to Z only, as SQLite's lower does; PostgreSQL's would lower every letter.
        var trimmed = postgres ? "btrim(\"Email\", ' ')" : "trim(\"Email\", ' ')";
        var lower = postgres ? $"translate({trimmed}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')" : $"lower({trimmed})";
        yield return $"""UPDATE "Residents" SET "EmailKey" = {lower} WHERE {trimmed} <> ''""";
        var digits = SearchKeys.PhoneMarks.Aggregate("replace(\"Phone\", '(0)', '')", (text, mark) => $"replace({text}, '{mark}', '')");
        var notDigits = postgres ? $"{digits} ~ '[^0-9]'" : $"{digits} GLOB '*[^0-9]*'";
        yield return $"""
            UPDATE "Residents" SET "PhoneKey" = CASE
                WHEN {digits} = '' OR {notDigits} THEN NULL
                WHEN ltrim(replace("Phone", '(0)', ''), ' ') LIKE '+44%' THEN '0' || substr({digits}, 3)
                ELSE {digits} END
            WHERE "Phone" IS NOT NULL
            """;
    }

    private static string Folded(string column) =>
        SearchKeys.Folds.Aggregate(column, (text, fold) => $"replace({text}, '{fold.Letter}', '{fold.Plain}')");
}
