using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Redress.Bench.Load;

/// <summary>
/// The yardstick: a bare endpoint that reads the same JSON and inserts the same rows (resident,
/// reference counter, complaint, stage 1, audit event) with plain ADO.NET, in one transaction.
/// </summary>
internal static class BareServer
{
    public static async Task RunAsync(string url, string provider, string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var gate = new SemaphoreSlim(1, 1);
        var postgres = provider == "postgres";
        var dataSource = postgres ? NpgsqlDataSource.Create(connectionString) : null;

        app.MapGet("/ready", () => Results.Ok());
        app.MapPost("/bare/complaints", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var root = body.RootElement;
            var receivedOn = DateOnly.Parse(root.GetProperty("receivedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var resident = root.GetProperty("resident");
            var id = Guid.CreateVersion7();
            if (!postgres)
            {
                await gate.WaitAsync();
            }
            try
            {
                await using DbConnection connection = postgres ? await dataSource!.OpenConnectionAsync() : await OpenSqliteAsync(connectionString);
                await using var tx = await connection.BeginTransactionAsync();
                var residentId = Guid.CreateVersion7();
                await Exec(connection, tx, postgres,
                    """INSERT INTO "Residents" ("Id","Name","Email","Phone","Address","Tenure","CreatedAtUtc","NameKey","SurnameKey") VALUES (@p0,@p1,@p2,@p3,@p4,@p5,@p6,@p7,@p8)""",
                    residentId, resident.GetProperty("name").GetString(), resident.GetProperty("email").GetString(), resident.GetProperty("phone").GetString(),
                    resident.GetProperty("address").GetString(), "Lcra", DateTime.UtcNow, "alex brown", "brown");
                // The same numbering as Redress: a sequence on PostgreSQL, a counter row on SQLite.
                var next = postgres
                    ? await Scalar(connection, tx, postgres, """SELECT nextval('"ComplaintReferences"')""")
                    : await Scalar(connection, tx, postgres,
                        """INSERT INTO "ReferenceCounters" ("Year","Last") VALUES (@p0, 1) ON CONFLICT ("Year") DO UPDATE SET "Last" = "ReferenceCounters"."Last" + 1 RETURNING "Last" """, 0);
                var reference = $"BARE-{receivedOn.Year}-{next:000000}";
                await Exec(connection, tx, postgres,
                    """INSERT INTO "Complaints" ("Id","Reference","Status","Stage","ReceivedOn","ClockStartsOn","Channel","ResidentId","Description","Category","IssueOccurredOn","OutsideTwelveMonths","Scheme","CalendarVersion","NextDueOn","Version") VALUES (@p0,@p1,'AwaitingAcknowledgement',1,@p2,@p2,'Email',@p3,@p4,@p5,@p6,@p7,'hos-2024',1,@p8,1)""",
                    id, reference, receivedOn, residentId, root.GetProperty("description").GetString(), root.GetProperty("category").GetString(),
                    receivedOn.AddDays(-19), false, receivedOn.AddDays(11));
                await Exec(connection, tx, postgres,
                    """INSERT INTO "ComplaintStages" ("Id","ComplaintId","Number","RequestedOn","Channel","AcknowledgeBy","ResponseDays","ExtensionCapDays","ExtendedWorkingDays","ExtendedBeyondCap","PointsRaised") VALUES (@p0,@p1,1,@p2,'Email',@p3,10,10,0,@p4,@p5)""",
                    Guid.CreateVersion7(), id, receivedOn, receivedOn.AddDays(11), false, postgres ? Array.Empty<string>() : "[]");
                await Exec(connection, tx, postgres,
                    """INSERT INTO "AuditEvents" ("OccurredAtUtc","ActorKind","ActorName","Action","EntityType","EntityId","ComplaintId","Changes") VALUES (@p0,'User','bench','complaint.received','complaint',@p1,@p2,@p3)""",
                    DateTime.UtcNow, id.ToString(), id, root.GetRawText());
                await tx.CommitAsync();
            }
            finally
            {
                if (!postgres)
                {
                    gate.Release();
                }
            }
            return Results.Created($"/bare/complaints/{id}", new { id });
        });
        await app.RunAsync();
    }

    private static async Task<DbConnection> OpenSqliteAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
        await pragma.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task Exec(DbConnection connection, DbTransaction tx, bool postgres, string sql, params object?[] values)
    {
        await using var command = Command(connection, tx, postgres, sql, values);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(DbConnection connection, DbTransaction tx, bool postgres, string sql, params object?[] values)
    {
        await using var command = Command(connection, tx, postgres, sql, values);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction tx, bool postgres, string sql, object?[] values)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            // EF Core stores SQLite GUIDs as upper-case text and dates as yyyy-MM-dd text: store the same.
            p.Value = values[i] switch
            {
                null => DBNull.Value,
                Guid g when !postgres => g.ToString().ToUpperInvariant(),
                DateOnly d when !postgres => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                var v => v,
            };
            command.Parameters.Add(p);
        }
        return command;
    }
}
