using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Redress.Web.Complaints;

namespace Redress.Web.Tests;

/// <summary>The team view's query on both databases (the browser tests run it on SQLite).</summary>
public abstract class TeamListTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    [Fact]
    public async Task Search_FiltersAndOrder_TranslateOnThisDatabase()
    {
        var admin = factory.AdminClient();
        var handler = await admin.CreateUser("Team Handler", "handler");
        var tag = Guid.NewGuid().ToString("N")[..6];
        await (await admin.Post("/api/v1/categories", new { name = $"cat{tag}" })).Expect(HttpStatusCode.Created);
        async Task<string> Create(string name, string address) => (string)(await (await admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-01", channel = "email", description = "d", category = $"cat{tag}", resident = new { name, address, tenure = "lcra" },
        })).Expect(HttpStatusCode.Created))["id"]!;
        var mine = await Create($"Anna {tag}", "1 Oak Road, AB1 2CD");
        await Create($"Bob {tag}", "2 Ash Road, XY9 8ZZ");
        await (await admin.Post($"/api/v1/complaints/{mine}/acknowledgement", new { acknowledgedOn = "2026-06-02", handlerId = handler, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        using var scope = factory.Services.CreateScope();
        var list = scope.ServiceProvider.GetRequiredService<TeamList>();
        var today = new DateOnly(2026, 6, 30);

        var byName = await list.PageAsync(new TeamFilter(null, null, null, $"cat{tag}", false, $"anna {tag}"), today, 1, 50);
        var byPostcode = await list.PageAsync(new TeamFilter(null, null, null, $"cat{tag}", false, "xy9"), today, 1, 50);
        var byStreet = await list.PageAsync(new TeamFilter(null, null, null, $"cat{tag}", false, "oak ro"), today, 1, 50);
        var byWordNotAtTheStart = await list.PageAsync(new TeamFilter(null, null, null, $"cat{tag}", false, "ak road"), today, 1, 50);
        var byHandler = await list.PageAsync(new TeamFilter(Guid.Parse(handler), 1, null, null, false, null), today, 1, 50);
        var overdue = await list.PageAsync(new TeamFilter(null, null, null, $"cat{tag}", true, null), today, 1, 50);

        Assert.Equal(mine, Assert.Single(byName.Rows).Id.ToString());
        Assert.Equal($"Bob {tag}", Assert.Single(byPostcode.Rows).Resident);
        Assert.Equal(mine, Assert.Single(byStreet.Rows).Id.ToString()); // each word of the address from its start
        Assert.Empty(byWordNotAtTheStart.Rows);
        Assert.Equal(mine, Assert.Single(byHandler.Rows).Id.ToString());
        Assert.Equal(2, overdue.Total); // both are past their due dates on 30 June 2026
        Assert.True(overdue.Rows[0].NextDueOn <= overdue.Rows[1].NextDueOn);
    }

    [Fact]
    public async Task Search_APartOfANameAfterAnApostropheOrAReferenceNumber_FindsTheComplaint()
    {
        var admin = factory.AdminClient();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var created = await (await admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-01", channel = "email", description = "d", category = "repairs", resident = new { name = $"Siobhan O'Neill-Tag{tag}", tenure = "lcra" },
        })).Expect(HttpStatusCode.Created);
        var reference = (string)created["reference"]!;
        var number = reference[^6..];
        using var scope = factory.Services.CreateScope();
        var list = scope.ServiceProvider.GetRequiredService<TeamList>();
        var today = new DateOnly(2026, 6, 30);
        async Task<IReadOnlyList<string>> Find(string q) => [.. (await list.PageAsync(new TeamFilter(null, null, null, null, false, q), today, 1, 50)).Rows.Select(r => r.Reference)];

        Assert.Contains(reference, await Find($"tag{tag}"));
        Assert.Contains(reference, await Find("neill"));
        Assert.Contains(reference, await Find("o'neill"));
        Assert.Contains(reference, await Find($"2026-{number}"));
        Assert.Equal([reference], await Find(number));
        Assert.Equal([reference], await Find(number.TrimStart('0')));
        Assert.Contains(reference, await Find(reference.ToLowerInvariant()));
    }
}

[Trait("Database", "SQLite")]
public sealed class TeamListSqliteTests(SqliteFactory factory) : TeamListTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class TeamListPostgresTests(PostgresFactory factory) : TeamListTests<PostgresFactory>(factory);
