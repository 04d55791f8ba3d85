namespace Redress.Web.Data.Migrations;

/// <summary>
/// The name-parts migration's data step, for both databases: residents already saved whose surname joins parts
/// with an apostrophe or a hyphen ("o'neill", "smith-jones") get those parts as search words, as new residents do.
/// </summary>
internal static class NamePartsFold
{
    public static IEnumerable<string> Sql(bool postgres)
    {
        string Position(string mark) => postgres ? $"strpos(r.\"SurnameKey\", '{mark}')" : $"instr(r.\"SurnameKey\", '{mark}')";
        foreach (var mark in new[] { "''", "-" })
        {
            var at = Position(mark);
            foreach (var part in new[] { $"substr(r.\"SurnameKey\", {at} + 1)", $"substr(r.\"SurnameKey\", 1, {at} - 1)" })
            {
                yield return $"""
                    INSERT INTO "ResidentWords" ("Word", "ResidentId")
                    SELECT DISTINCT substr({part}, 1, 60), r."Id" FROM "Residents" AS r
                    WHERE {at} > 0 AND length({part}) >= 2
                      AND NOT EXISTS (SELECT 1 FROM "ResidentWords" AS w WHERE w."ResidentId" = r."Id" AND w."Word" = substr({part}, 1, 60))
                    """;
            }
        }
    }
}
