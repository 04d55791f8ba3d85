using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Redress.Web.Data;

/// <summary>
/// Numbering from a counter row, updated inside the caller's transaction: complaints on SQLite (one
/// writer at a time), and service requests on both databases. Rows of the ReferenceCounters table are
/// keyed by what they count.
/// </summary>
public static class Counters
{
    public const int Complaints = 0;
    public const int ServiceRequests = 1;

    public static async Task<long> NextAsync(RedressDbContext db, int key, CancellationToken ct)
    {
        // A plain command on the context's connection and transaction: EF's raw-SQL queries are rebuilt on every call.
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = key switch
        {
            Complaints => Sql(Complaints),
            ServiceRequests => Sql(ServiceRequests),
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Sql(int key) =>
        $"""INSERT INTO "ReferenceCounters" ("Year", "Last") VALUES ({key}, 1) ON CONFLICT ("Year") DO UPDATE SET "Last" = "ReferenceCounters"."Last" + 1 RETURNING "Last" """;
}
