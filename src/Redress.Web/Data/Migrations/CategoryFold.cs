using Redress.Web.Categories;

namespace Redress.Web.Data.Migrations;

/// <summary>
/// The categories migration's data step, for both databases: the categories already typed on complaints and
/// service requests become the list (one per spelling regardless of case and spaces, named by its first
/// spelling with a capital), and each record then holds its category's key. A database with neither starts
/// with the default list.
/// </summary>
internal static class CategoryFold
{
    /// <summary>The list a new system starts with (as it was when this migration was written).</summary>
    private static readonly string[] Defaults =
    [
        "Repairs", "Damp and mould", "Anti-social behaviour", "Rent and service charges", "Estate services",
        "Staff and contractor conduct", "Communication", "Other",
    ];

    private const string Folded = "replace(lower(trim(\"Category\")), ' ', '-')";

    public static IEnumerable<string> Sql(bool postgres)
    {
        var no = postgres ? "false" : "0";
        yield return $"""
            INSERT INTO "Categories" ("Key", "Name", "NameKey", "Retired", "Version", "CreatedAtUtc")
            SELECT k, upper(substr(n, 1, 1)) || substr(n, 2), upper(n), {no}, 1, CURRENT_TIMESTAMP
            FROM (SELECT {Folded} AS k, min(trim("Category")) AS n
                  FROM (SELECT "Category" FROM "Complaints" UNION ALL SELECT "Category" FROM "ServiceRequests") AS typed
                  WHERE trim("Category") <> ''
                  GROUP BY {Folded}) AS spellings
            """;
        yield return $"""UPDATE "Complaints" SET "Category" = {Folded} WHERE "Category" <> {Folded}""";
        yield return $"""UPDATE "ServiceRequests" SET "Category" = {Folded} WHERE "Category" <> {Folded}""";
        foreach (var name in Defaults)
        {
            var quoted = name.Replace("'", "''", StringComparison.Ordinal);
            yield return $"""
                INSERT INTO "Categories" ("Key", "Name", "NameKey", "Retired", "Version", "CreatedAtUtc")
                SELECT '{CategoryAdministration.KeyFor(name)}', '{quoted}', '{CategoryAdministration.Fold(name).Replace("'", "''", StringComparison.Ordinal)}', {no}, 1, CURRENT_TIMESTAMP
                WHERE NOT EXISTS (SELECT 1 FROM "Complaints") AND NOT EXISTS (SELECT 1 FROM "ServiceRequests")
                """;
        }
    }
}
