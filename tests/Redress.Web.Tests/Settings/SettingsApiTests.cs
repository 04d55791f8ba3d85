using System.Net;
using System.Text.Json.Nodes;

namespace Redress.Web.Tests;

public abstract class SettingsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private readonly HttpClient _admin = factory.AdminClient();

    private async Task<JsonObject> Settings() => (await _admin.Get("/api/v1/settings")).AsObject();

    [Fact]
    [Trait("Code", "6.5")]
    [Trait("Code", "3.7")]
    public async Task OmbudsmanDetails_ChangedBySettings_GivenWithTheNextExtension()
    {
        var settings = await Settings();
        settings["ombudsman"]!["telephone"] = "0300 000 0000";
        await (await _admin.PutJson("/api/v1/settings", settings)).Expect(HttpStatusCode.OK);
        var id = (string)(await (await _admin.Post("/api/v1/complaints", Api.Complaint())).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await _admin.CreateUser("Sam Patel", "handler");
        await (await _admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler, definition = Api.Definition() })).Expect(HttpStatusCode.OK);

        var view = await (await _admin.Post($"/api/v1/complaints/{id}/extensions", new { workingDays = 3, reason = "Parts", notifiedOn = "2026-01-05", updateIntervalWorkingDays = 5 })).Expect(HttpStatusCode.OK);

        Assert.Contains("0300 000 0000", (string)view["stages"]![0]!["extensions"]![0]!["ombudsmanContact"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosureDays_SwitchedOn_CountAsNonWorkingAndRaiseTheCalendarVersion()
    {
        await (await _admin.Post("/api/v1/calendar/days", new { date = "2026-12-29", title = "Office closed", kind = "closure" })).Expect(HttpStatusCode.Created);
        var before = await _admin.Get("/api/v1/calendar/working-days/add?from=2026-12-24&days=2");
        var settings = await Settings();
        settings["closuresAreNonWorking"] = true;

        await (await _admin.PutJson("/api/v1/settings", settings)).Expect(HttpStatusCode.OK);
        var after = await _admin.Get("/api/v1/calendar/working-days/add?from=2026-12-24&days=2");

        // 25 Dec and the Boxing Day substitute on 28 Dec are bank holidays either way.
        Assert.Equal("2026-12-30", (string)before["date"]!);
        Assert.Equal("2026-12-31", (string)after["date"]!);
        Assert.True((int)after["calendarVersion"]! > (int)before["calendarVersion"]!);
        settings["closuresAreNonWorking"] = false;
        await (await _admin.PutJson("/api/v1/settings", settings)).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Settings_BlankOmbudsmanTelephone_400NamingTheField()
    {
        var settings = await Settings();
        var telephone = (string)settings["ombudsman"]!["telephone"]!;
        settings["ombudsman"]!["telephone"] = "";

        var problem = await (await _admin.PutJson("/api/v1/settings", settings)).ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.NotNull(problem["errors"]!["ombudsman.telephone"]);
        Assert.Equal(telephone, (string)(await Settings())["ombudsman"]!["telephone"]!);
    }

    [Fact]
    public async Task Put_EmptyObject_KeepsEverySetting()
    {
        var before = await Settings();

        var answer = await (await _admin.PutJson("/api/v1/settings", new { })).Expect(HttpStatusCode.OK);

        Assert.Equal(before.ToJsonString(), answer.ToJsonString());
        Assert.Equal(before.ToJsonString(), (await Settings()).ToJsonString());
    }

    [Fact]
    public async Task Put_OneMember_ChangesOnlyIt_AndAStaleIfMatchIs409()
    {
        var read = await _admin.GetAsync("/api/v1/settings");
        var etag = read.Headers.ETag!.Tag;
        var before = (await read.Json()).AsObject();
        var days = (int)before["reminderWorkingDaysBefore"]!;

        var changed = await _admin.PutJson("/api/v1/settings", new { reminderWorkingDaysBefore = days + 1, ombudsman = new { email = "cases@example.org.uk" } }, etag);
        var stale = await _admin.PutJson("/api/v1/settings", new { reminderWorkingDaysBefore = 0 }, etag);
        var after = await Settings();

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.Tag);
        await stale.ExpectProblem(HttpStatusCode.Conflict, "stale-write");
        Assert.Equal(days + 1, (int)after["reminderWorkingDaysBefore"]!);
        Assert.Equal("cases@example.org.uk", (string)after["ombudsman"]!["email"]!);
        Assert.Equal((string)before["ombudsman"]!["telephone"]!, (string)after["ombudsman"]!["telephone"]!);
        Assert.Equal((string)before["landlordName"]!, (string)after["landlordName"]!);
        await (await _admin.PutJson("/api/v1/settings", new { reminderWorkingDaysBefore = days, ombudsman = new { email = (string?)null } })).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Put_PolicyLinkNotAWebAddress_400NamingTheFieldAndNothingSaved()
    {
        var before = await Settings();

        var problem = await (await _admin.PutJson("/api/v1/settings", new { landlordName = "Northfield Homes", complaintsPolicyUrl = "our website" })).ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.NotNull(problem["errors"]!["complaintsPolicyUrl"]);
        Assert.Equal(before.ToJsonString(), (await Settings()).ToJsonString());
    }

    [Fact]
    public async Task Settings_ByHandler_403()
    {
        var handler = factory.ClientWithKey(await _admin.KeyFor(await _admin.CreateUser("Sam Patel", "handler")));

        await (await handler.PutJson("/api/v1/settings", await Settings())).ExpectProblem(HttpStatusCode.Forbidden, "forbidden");
    }
}

[Trait("Database", "SQLite")]
public sealed class SettingsApiSqliteTests(SqliteFactory factory) : SettingsApiTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class SettingsApiPostgresTests(PostgresFactory factory) : SettingsApiTests<PostgresFactory>(factory);
