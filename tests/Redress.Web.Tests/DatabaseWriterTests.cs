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
                await writer.InsertAsync(db =>
                {
                    db.Residents.Add(new Resident { Id = id, Name = $"Writer test {i}", Tenure = Tenure.Lcra, CreatedAtUtc = DateTime.UtcNow });
                    return true;
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

[Trait("Database", "SQLite")]
public sealed class DatabaseWriterSqliteTests(SqliteFactory factory) : DatabaseWriterTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class DatabaseWriterPostgresTests(PostgresFactory factory) : DatabaseWriterTests<PostgresFactory>(factory);
