using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Redress.Domain.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Tests;

public abstract class DatabaseWriterTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    [Fact]
    public async Task Inserts_OneBadAmongMany_OnlyTheBadOneFailsAndNothingOfItIsSaved()
    {
        _ = factory.Server; // start the host
        var writer = factory.Services.GetRequiredService<DatabaseWriter>();
        var duplicate = Guid.NewGuid();
        var ids = Enumerable.Range(0, 20).Select(i => i == 7 || i == 13 ? duplicate : Guid.NewGuid()).ToList();

        var results = await Task.WhenAll(ids.Select(async (id, i) =>
        {
            try
            {
                await writer.InsertAsync((db, _) =>
                {
                    db.Residents.Add(new Resident { Id = id, Name = $"Writer test {i}", Tenure = Tenure.Lcra, CreatedAtUtc = DateTime.UtcNow });
                    return Task.FromResult(true);
                }, CancellationToken.None);
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }));

        Assert.Equal(19, results.Count(ok => ok));
        Assert.Equal(19, factory.Query(db => db.Residents.Count(r => r.Name.StartsWith("Writer test"))));
        Assert.Equal(1, factory.Query(db => db.Residents.Count(r => r.Id == duplicate)));
    }

    [Fact]
    public async Task ManyConcurrentCreates_EachGetsAUniqueReference()
    {
        var admin = factory.AdminClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => admin.Post("/api/v1/complaints", Api.Complaint())));

        var references = new List<string>();
        foreach (var response in responses)
        {
            references.Add((string)(await response.Expect(System.Net.HttpStatusCode.Created))["reference"]!);
        }
        Assert.Equal(40, references.Distinct().Count());
    }
}

/// <summary>The writer's queue: bounded, and no failure stops it.</summary>
[Trait("Database", "SQLite")]
public sealed class DatabaseWriterQueueTests : OwnInstance<SqliteFactory>
{
    public DatabaseWriterQueueTests() => Factory.Settings["Database:WriterQueue"] = "2";

    [Fact]
    public async Task QueueFull_RefusedAtOnceWith503_AndTheWaitingInsertsAreSaved()
    {
        var admin = Factory.AdminClient();
        var writer = Factory.Services.GetRequiredService<DatabaseWriter>();
        var (started, gate) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var held = Insert(writer, "Held", async () =>
        {
            started.SetResult();
            await gate.Task;
        });
        await started.Task; // the writer is busy with the held insert: the queue is empty behind it
        var waiting = new[] { Insert(writer, "Waiting 1"), Insert(writer, "Waiting 2") };

        var refused = await admin.Post("/api/v1/complaints", Api.Complaint());

        await refused.ExpectProblem(System.Net.HttpStatusCode.ServiceUnavailable, "busy");
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        gate.SetResult();
        await Task.WhenAll([held, .. waiting]);
        Assert.Equal(3, Factory.Query(db => db.Residents.Count(r => r.Name.StartsWith("Queue "))));
    }

    [Fact]
    public async Task AnInsertThatThrows_FailsAlone_AndTheWriterCarriesOn()
    {
        var writer = Factory.Services.GetRequiredService<DatabaseWriter>();

        var broken = Insert(writer, "Broken", () => throw new InvalidOperationException("Broken on purpose"));
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => broken);
        await Insert(writer, "After");

        Assert.Equal("Broken on purpose", exception.Message);
        Assert.Equal(["Queue After"], Factory.Query(db => db.Residents.Where(r => r.Name.StartsWith("Queue ")).Select(r => r.Name).ToList()));
    }

    private static Task<bool> Insert(DatabaseWriter writer, string name, Func<Task>? before = null)
    {
        return writer.InsertAsync(async (db, _) =>
        {
            if (before is not null)
            {
                await before();
            }
            db.Residents.Add(new Resident { Id = Guid.NewGuid(), Name = $"Queue {name}", Tenure = Tenure.Lcra, CreatedAtUtc = DateTime.UtcNow });
            return true;
        }, CancellationToken.None);
    }
}

[Trait("Database", "SQLite")]
public sealed class DatabaseWriterSqliteTests(SqliteFactory factory) : DatabaseWriterTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class DatabaseWriterPostgresTests(PostgresFactory factory) : DatabaseWriterTests<PostgresFactory>(factory);
