using System.Net;
using System.Text.Json.Nodes;

namespace Redress.Web.Tests;

public abstract class CalendarApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private readonly HttpClient _admin = factory.AdminClient();

    // A GOV.UK-shaped file with all three divisions; 2029 England and Wales dates as the usual rules give them.
    private const string Feed2029 = """
    {
      "england-and-wales": { "division": "england-and-wales", "events": [
        { "title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true },
        { "title": "Good Friday", "date": "2029-03-30", "notes": "", "bunting": false },
        { "title": "Easter Monday", "date": "2029-04-02", "notes": "", "bunting": true },
        { "title": "Early May bank holiday", "date": "2029-05-07", "notes": "", "bunting": true },
        { "title": "Spring bank holiday", "date": "2029-05-28", "notes": "", "bunting": true },
        { "title": "Summer bank holiday", "date": "2029-08-27", "notes": "", "bunting": true },
        { "title": "Christmas Day", "date": "2029-12-25", "notes": "", "bunting": true },
        { "title": "Boxing Day", "date": "2029-12-26", "notes": "", "bunting": true } ] },
      "scotland": { "division": "scotland", "events": [
        { "title": "2nd January", "date": "2029-01-02", "notes": "", "bunting": true } ] },
      "northern-ireland": { "division": "northern-ireland", "events": [
        { "title": "St Patrick’s Day", "date": "2029-03-19", "notes": "Substitute day", "bunting": true } ] }
    }
    """;

    [Theory]
    [InlineData("2025-12-19", 5, "2025-12-30")]
    [InlineData("2026-12-23", 5, "2027-01-04")]
    [InlineData("2026-04-04", 5, "2026-04-13")]
    [Trait("Code", "6.2")]
    public async Task Add_AsInApiContract(string from, int days, string expected)
    {
        var body = await _admin.Get($"/api/v1/calendar/working-days/add?from={from}&days={days}");

        Assert.Equal(from, (string)body["from"]!);
        Assert.Equal(days, (int)body["days"]!);
        Assert.Equal(expected, (string)body["date"]!);
    }

    [Theory]
    [InlineData("2025-12-19", "2025-12-30", 5)]
    [InlineData("2025-12-30", "2025-12-19", -5)]
    public async Task Count_AsInApiContract(string from, string to, int expected)
    {
        var body = await _admin.Get($"/api/v1/calendar/working-days/count?from={from}&to={to}");

        Assert.Equal(expected, (int)body["workingDays"]!);
    }

    [Theory]
    [InlineData("/api/v1/calendar/working-days/add?from=2025-02-30&days=5", "from")]
    [InlineData("/api/v1/calendar/working-days/add?from=2025-12-19&days=five", "days")]
    [InlineData("/api/v1/calendar/working-days/add?days=5", "from")]
    [InlineData("/api/v1/calendar/working-days/count?from=2025-12-19", "to")]
    public async Task BadQuery_400NamingTheParameter(string url, string field)
    {
        var problem = await (await _admin.GetAsync(url)).ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task YearNotLoaded_422NamingTheYear()
    {
        var problem = await (await _admin.GetAsync("/api/v1/calendar/working-days/add?from=2031-01-10&days=5"))
            .ExpectProblem(HttpStatusCode.UnprocessableEntity, "calendar-year-not-loaded");

        Assert.Contains("2031", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GovUkFile_LoadsNewYearRaisesVersionAndIsAudited()
    {
        var before = (int)(await _admin.Get("/api/v1/calendar"))["version"]!;
        await (await _admin.GetAsync("/api/v1/calendar/working-days/add?from=2028-12-22&days=5")).ExpectProblem(HttpStatusCode.UnprocessableEntity, "calendar-year-not-loaded");

        var summary = await (await _admin.PostRaw("/api/v1/calendar/imports", Feed2029)).Expect(HttpStatusCode.OK);
        var added = await _admin.Get("/api/v1/calendar/working-days/add?from=2028-12-22&days=5");

        Assert.Equal(before + 1, (int)summary["version"]!);
        Assert.Equal(3, summary["divisions"]!.AsArray().Count);
        // 25, 26 Dec 2028 and 1 Jan 2029 are holidays: 27, 28, 29 Dec, 2 and 3 Jan.
        Assert.Equal("2029-01-03", (string)added["date"]!);
        Assert.Equal(before + 1, (int)added["calendarVersion"]!);
        var overview = await _admin.Get("/api/v1/calendar?year=2029");
        Assert.Contains(overview["years"]!.AsArray(), y => (int)y!["year"]! == 2029 && !(bool)y["provisional"]!);
        Assert.Equal(8, overview["days"]!.AsArray().Count);
        Assert.True(factory.Query(db => db.AuditEvents.Any(e => e.Action == "calendar.imported")));
    }

    [Fact]
    public async Task Import_MalformedFile_400AndNothingChanges()
    {
        var before = (int)(await _admin.Get("/api/v1/calendar"))["version"]!;

        var problem = await (await _admin.PostRaw("/api/v1/calendar/imports", """{"england-and-wales":{"events":[{"title":"X","date":"2029-02-30"}]}}"""))
            .ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.Contains("2029-02-30", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Equal(before, (int)(await _admin.Get("/api/v1/calendar"))["version"]!);
    }

    [Fact]
    public async Task ManualBankHoliday_ChangesDeadlines_ClosureDayOnlyWhenOptedIn()
    {
        var holiday = await (await _admin.Post("/api/v1/calendar/days", new { date = "2027-06-07", title = "One-off bank holiday", kind = "bankHoliday" })).Expect(HttpStatusCode.Created);
        await (await _admin.Post("/api/v1/calendar/days", new { date = "2027-06-08", title = "Office closed", kind = "closure" })).Expect(HttpStatusCode.Created);

        var withHoliday = await _admin.Get("/api/v1/calendar/working-days/add?from=2027-06-04&days=1");

        Assert.Equal("2027-06-08", (string)withHoliday["date"]!);
        await (await _admin.Post("/api/v1/calendar/days", new { date = "2027-06-07", title = "Again", kind = "bankHoliday" })).ExpectProblem(HttpStatusCode.UnprocessableEntity, "calendar-day-exists");
        await (await _admin.DeleteAsync($"/api/v1/calendar/days/{holiday["id"]}")).Expect(HttpStatusCode.OK);
        Assert.Equal("2027-06-07", (string)(await _admin.Get("/api/v1/calendar/working-days/add?from=2027-06-04&days=1"))["date"]!);
    }

    [Fact]
    public async Task Import_ByHandler_403()
    {
        var handler = factory.ClientWithKey(await _admin.KeyFor(await _admin.CreateUser("Sam Patel", "handler")));

        await (await handler.PostRaw("/api/v1/calendar/imports", Feed2029)).ExpectProblem(HttpStatusCode.Forbidden, "forbidden");
    }
}

[Trait("Database", "SQLite")]
public sealed class CalendarApiSqliteTests(SqliteFactory factory) : CalendarApiTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class CalendarApiPostgresTests(PostgresFactory factory) : CalendarApiTests<PostgresFactory>(factory);

public abstract class UsersAndPlatformTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private readonly HttpClient _admin = factory.AdminClient();

    [Fact]
    public async Task CreateUser_AsInApiContract_ThenItsKeyAuthenticatesWithItsRoles()
    {
        var response = await _admin.Post("/api/v1/users", new { name = "Sam Patel", email = "sam.patel@example.org", roles = new[] { "handler" } });
        var user = await response.Expect(HttpStatusCode.Created);
        var key = await (await _admin.PostAsync($"/api/v1/users/{user["id"]}/api-keys", null)).Expect(HttpStatusCode.Created);

        Assert.Equal("Sam Patel", (string)user["name"]!);
        Assert.Equal("sam.patel@example.org", (string)user["email"]!);
        Assert.Equal(["handler"], user["roles"]!.AsArray().Select(r => (string)r!));
        var handler = factory.ClientWithKey((string)key["key"]!);
        await (await handler.Post("/api/v1/complaints", Api.Complaint())).Expect(HttpStatusCode.Created);
        await (await handler.GetAsync("/api/v1/users")).ExpectProblem(HttpStatusCode.Forbidden, "forbidden");
        Assert.False(factory.Query(db => db.ApiKeys.Any(k => k.Hash == (string)key["key"]!)), "keys are stored hashed, never as given");
    }

    [Fact]
    public async Task RevokedKey_401()
    {
        var id = await _admin.CreateUser("Temp User", "handler");
        var issued = await (await _admin.PostAsync($"/api/v1/users/{id}/api-keys", null)).Expect(HttpStatusCode.Created);
        var client = factory.ClientWithKey((string)issued["key"]!);
        await (await client.GetAsync("/api/v1/complaints")).Expect(HttpStatusCode.OK);

        await (await _admin.DeleteAsync($"/api/v1/users/{id}/api-keys/{issued["id"]}")).Expect(HttpStatusCode.OK);

        await (await client.GetAsync("/api/v1/complaints")).ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [InlineData("""{"name":"A","email":"a@example.org","roles":["boss"]}""", "roles")]
    [InlineData("""{"name":"A","email":"not-email","roles":["handler"]}""", "email")]
    [InlineData("""{"email":"a@example.org","roles":["handler"]}""", "name")]
    [InlineData("""{"name":"A","email":"a@example.org","roles":[]}""", "roles")]
    public async Task CreateUser_BadInput_400NamingTheField(string json, string field)
    {
        var problem = await (await _admin.PostRaw("/api/v1/users", json)).ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task CreateUser_DuplicateEmail_422()
    {
        await (await _admin.Post("/api/v1/users", new { name = "One", email = "dup@example.org", roles = new[] { "handler" } })).Expect(HttpStatusCode.Created);

        await (await _admin.Post("/api/v1/users", new { name = "Two", email = "dup@example.org", roles = new[] { "handler" } })).ExpectProblem(HttpStatusCode.UnprocessableEntity, "email-taken");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCoreRoutes()
    {
        var doc = await factory.CreateClient().Get("/openapi/v1.json");

        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/complaints", paths);
        Assert.Contains("/api/v1/complaints/{id}/acknowledgement", paths);
        Assert.Contains("/api/v1/calendar/working-days/add", paths);
        Assert.Contains("/api/v1/users/{id}/api-keys", paths);
        Assert.NotNull(doc["components"]!["schemas"]!["CreateComplaintBody"]);
    }

    [Fact]
    public async Task Health_LiveAndReady()
    {
        var client = factory.CreateClient();

        Assert.Equal("healthy", (string)(await client.Get("/health/live"))["status"]!);
        var ready = await client.Get("/health/ready");
        Assert.Equal("healthy", (string)ready["checks"]!["database"]!["status"]!);
    }

    [Fact]
    public async Task Homes_PutPerYear_Stored()
    {
        var body = await (await _admin.PutJson("/api/v1/settings/homes/2025", new { lcra = 9500, lcho = 500 })).Expect(HttpStatusCode.OK);

        Assert.Equal(10000, (int)body["homes"]!);
        var list = await _admin.Get("/api/v1/settings/homes");
        Assert.Contains(list.AsArray(), h => (int)h!["year"]! == 2025 && (int)h["lcra"]! == 9500);
        await (await _admin.PutJson("/api/v1/settings/homes/2025", new { lcra = -1, lcho = 500 })).ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");
    }

    [Fact]
    public async Task UnknownApiRoute_404Problem()
    {
        await (await _admin.GetAsync("/api/v1/nothing-here")).ExpectProblem(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task NonJsonBody_415Problem()
    {
        var response = await _admin.PostAsync("/api/v1/complaints", new StringContent("receivedOn=2025-12-19"));

        await response.ExpectProblem(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }
}

[Trait("Database", "SQLite")]
public sealed class UsersAndPlatformSqliteTests(SqliteFactory factory) : UsersAndPlatformTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class UsersAndPlatformPostgresTests(PostgresFactory factory) : UsersAndPlatformTests<PostgresFactory>(factory);
