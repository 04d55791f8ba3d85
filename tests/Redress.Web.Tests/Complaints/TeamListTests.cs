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

    [Fact]
    public async Task TeamPage_ByDefault_OpenOnesWithDueTags_NotAssignedAndAnyStatusOnRequest()
    {
        var admin = factory.AdminClient();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await (await admin.Post("/api/v1/categories", new { name = $"cat{tag}" })).Expect(HttpStatusCode.Created);
        async Task<(string Id, string Reference)> Create(string receivedOn)
        {
            var created = await (await admin.Post("/api/v1/complaints", new { receivedOn, channel = "email", description = "d", category = $"cat{tag}", resident = new { name = $"Team {tag}", tenure = "lcra" } })).Expect(HttpStatusCode.Created);
            return ((string)created["id"]!, (string)created["reference"]!);
        }
        var waiting = await Create("2026-06-01"); // acknowledgement due 8 June: overdue on 30 June
        var held = await Create("2026-06-29");
        var withdrawn = await Create("2026-06-01");
        var officer = await PageSession.SignInAsync(factory, "Team Officer", "complaintsOfficer");
        await (await admin.Post($"/api/v1/complaints/{held.Id}/acknowledgement", new { acknowledgedOn = "2026-06-30", handlerId = officer.UserId, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        await (await admin.Post($"/api/v1/complaints/{withdrawn.Id}/withdrawal", new { withdrawnOn = "2026-06-02", reason = "Sorted" })).Expect(HttpStatusCode.OK);
        static IReadOnlyList<string> Shown(AngleSharp.Html.Dom.IHtmlDocument page) =>
            [.. page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelector("a")!.TextContent.Trim()).Order()];

        var byDefault = await officer.GetAsync($"/work/team?category=cat{tag}");
        var any = await officer.GetAsync($"/work/team?category=cat{tag}&status=any");
        var onlyWithdrawn = await officer.GetAsync($"/work/team?category=cat{tag}&status=Withdrawn");
        var nobody = await officer.GetAsync($"/work/team?category=cat{tag}&assignedTo=none");

        Assert.Equal(new[] { waiting.Reference, held.Reference }.Order(), Shown(byDefault));
        Assert.Equal("Open", byDefault.QuerySelector("#status option:checked")!.TextContent);
        var tagOfWaiting = byDefault.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(waiting.Reference, StringComparison.Ordinal)).QuerySelector("strong.govuk-tag")!;
        Assert.Contains("govuk-tag--red", tagOfWaiting.ClassName, StringComparison.Ordinal);
        Assert.StartsWith("Overdue by", tagOfWaiting.TextContent, StringComparison.Ordinal);
        Assert.Equal(new[] { waiting.Reference, held.Reference, withdrawn.Reference }.Order(), Shown(any));
        Assert.Equal([withdrawn.Reference], Shown(onlyWithdrawn));
        Assert.Equal([waiting.Reference], Shown(nobody));
        Assert.Equal("Not assigned", nobody.QuerySelector("#assignedTo option:checked")!.TextContent);
    }

    [Fact]
    public async Task Downloads_InTheOrderOfTheScreen_WithExcelDates()
    {
        var admin = factory.AdminClient();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await (await admin.Post("/api/v1/categories", new { name = $"cat{tag}" })).Expect(HttpStatusCode.Created);
        async Task<string> Create(string receivedOn) => (string)(await (await admin.Post("/api/v1/complaints", new
        {
            receivedOn, channel = "email", description = "d", category = $"cat{tag}", resident = new { name = $"Order {tag}", tenure = "lcra" },
        })).Expect(HttpStatusCode.Created))["id"]!;
        // Received oldest first, so the nearest deadline (the screen's order) is the opposite of the newest first.
        await Create("2026-06-01");
        await Create("2026-06-10");
        await Create("2026-06-20");
        var withdrawn = await Create("2026-06-25");
        await (await admin.Post($"/api/v1/complaints/{withdrawn}/withdrawal", new { withdrawnOn = "2026-06-26", reason = "Sorted" })).Expect(HttpStatusCode.OK);
        var officer = await PageSession.SignInAsync(factory, "Download Officer", "complaintsOfficer");
        var query = $"category=cat{tag}&status=any";

        var page = await officer.GetAsync($"/work/team?{query}");
        var csv = (await officer.Client.GetStringAsync($"/work/team?handler=Csv&{query}")).TrimStart('\uFEFF');
        var sheet = System.Xml.Linq.XDocument.Parse(TsmReportTests<TFactory>.Sheet(await officer.Client.GetByteArrayAsync($"/work/team?handler=Xlsx&{query}")));

        System.Xml.Linq.XNamespace x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var rows = sheet.Descendants(x + "row").Skip(1).Select(r => r.Elements(x + "c").ToList()).ToList();
        var onScreen = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelector("a")!.TextContent.Trim()).ToList();
        Assert.Equal(4, onScreen.Count);
        Assert.Equal(onScreen, rows.Select(cells => cells[0].Value));
        Assert.Equal(onScreen, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]));
        var received = rows[0][7]; // the oldest open one comes first: received 1 June 2026
        Assert.Null(received.Attribute("t")); // a number, not text
        Assert.Equal(new DateTime(2026, 6, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), received.Value);
    }

    [Fact]
    public async Task Search_WithoutAccentsOrByEmailOrPhone_FindsTheResident()
    {
        var admin = factory.AdminClient();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var digits = string.Concat(tag.Select(c => (char)('0' + c % 10)));
        var created = await (await admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-01", channel = "email", description = "d", category = "repairs",
            resident = new { name = $"Zofia Wróbel{tag}", email = $"Zofia.W{tag}@Example.org", phone = $"+44 (0)7700 9{digits}", address = $"1 Łąkowa{tag} Street", tenure = "lcra" },
        })).Expect(HttpStatusCode.Created);
        var reference = (string)created["reference"]!;
        using var scope = factory.Services.CreateScope();
        var list = scope.ServiceProvider.GetRequiredService<TeamList>();
        async Task<IReadOnlyList<string>> Find(string q) => [.. (await list.PageAsync(new TeamFilter(null, null, null, null, false, q), new DateOnly(2026, 6, 30), 1, 50)).Rows.Select(r => r.Reference)];

        Assert.Equal([reference], await Find($"wrobel{tag}"));
        Assert.Equal([reference], await Find($"Wróbel{tag}"));
        Assert.Equal([reference], await Find($"lakowa{tag}"));
        Assert.Equal([reference], await Find($"zofia.w{tag}@"));
        Assert.Equal([reference], await Find($"ZOFIA.W{tag}@example.org"));
        Assert.Equal([reference], await Find($"077009{digits}"));
        Assert.Equal([reference], await Find($"07700 9{digits}"));
    }
}

[Trait("Database", "SQLite")]
public sealed class TeamListSqliteTests(SqliteFactory factory) : TeamListTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class TeamListPostgresTests(PostgresFactory factory) : TeamListTests<PostgresFactory>(factory);
