using System.Net;
using System.Text.Json.Nodes;

namespace Redress.Web.Tests;

/// <summary>
/// CH01 and CH02 on a small data set worked out by hand (reporting year 2025: 1 April 2025 to 31 March 2026;
/// homes 9,500 LCRA and 500 LCHO).
/// A: LCRA, received 2025-04-01, responded within time (2025-04-10, due 2025-04-16).
/// B: LCHO, received 2026-03-31 (last day of the year), responded 2026-04-10: its response falls in 2026.
/// C: LCRA, received 2025-03-31 (year 2024), acknowledged 2025-04-01, due 2025-04-15, responded late 2025-04-16.
/// D: LCRA, received 2025-06-02, not accepted: never counted.
/// E: LCRA, received 2025-07-01, withdrawn: counted in CH01.
/// F: LCRA, received 2025-05-01, acknowledged 2025-05-02 (due 2025-05-19), extended 5 days (due 2025-05-27),
///    responded 2025-05-22 (after the original date, within the extended one); escalated 2025-06-10,
///    stage 2 acknowledged 2025-06-12 (due 2025-07-10), responded 2025-07-01.
/// So CH01 stage 1 = A, B, E, F = 4 (0.4 per 1,000); stage 2 = F = 1 (0.1).
/// CH02 stage 1 = A, C, F responded, A and F in time: 2 of 3, 66.7%; stage 2 = 1 of 1, 100%.
/// LCHO only: CH01 stage 1 = B = 1 of 500 homes (2.0 per 1,000); no responses in the year.
/// </summary>
public abstract class TsmReportTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private readonly HttpClient _admin = factory.AdminClient();
    private string? _h1;
    private string? _h2;

    private async Task<string> Complaint(string receivedOn, string tenure)
    {
        var body = new
        {
            receivedOn, channel = "phone", description = "Heating", category = "repairs",
            resident = new { name = "Tsm Resident", tenure },
        };
        return (string)(await (await _admin.Post("/api/v1/complaints", body)).Expect(HttpStatusCode.Created))["id"]!;
    }

    private async Task Post(string id, string action, object body) =>
        await (await _admin.Post($"/api/v1/complaints/{id}/{action}", body)).Expect(HttpStatusCode.OK);

    private async Task AckAndRespond(string id, string ackOn, string respondOn, string handler, int stage = 1, string? extendOn = null)
    {
        await Post(id, "acknowledgement", new { acknowledgedOn = ackOn, handlerId = handler, definition = Api.Definition("Heating not fixed") });
        if (extendOn is not null)
        {
            await Post(id, "extensions", new { workingDays = 5, reason = "Parts", notifiedOn = extendOn });
        }
        await Post(id, "response", new
        {
            respondedOn = respondOn, decision = "upheld", reasons = "r", remedies = Array.Empty<object>(), outstandingActions = Array.Empty<object>(),
            findings = new[] { new { point = "Heating not fixed", decision = "upheld", reasons = "r" } },
        });
    }

    private Task Seed() => factory.Once.GetOrAdd("tsm", _ => new Lazy<Task>(SeedOnce)).Value;

    private async Task SeedOnce()
    {
        _h1 = await _admin.CreateUser("Stage One", "handler");
        _h2 = await _admin.CreateUser("Stage Two", "handler");
        await (await _admin.PutJson("/api/v1/settings/homes/2025", new { lcra = 9500, lcho = 500 })).Expect(HttpStatusCode.OK);

        await AckAndRespond(await Complaint("2025-04-01", "lcra"), "2025-04-02", "2025-04-10", _h1);
        await AckAndRespond(await Complaint("2026-03-31", "lcho"), "2026-04-01", "2026-04-10", _h1);
        await AckAndRespond(await Complaint("2025-03-31", "lcra"), "2025-04-01", "2025-04-16", _h1);
        var d = await Complaint("2025-06-02", "lcra");
        await Post(d, "refusal", new { reason = "previouslyConsidered", explanation = "Considered under CMP-2024-000009", decidedOn = "2025-06-03" });
        var e = await Complaint("2025-07-01", "lcra");
        await Post(e, "withdrawal", new { withdrawnOn = "2025-07-02" });
        var f = await Complaint("2025-05-01", "lcra");
        await AckAndRespond(f, "2025-05-02", "2025-05-22", _h1, extendOn: "2025-05-15");
        await Post(f, "escalation", new { requestedOn = "2025-06-10" });
        await AckAndRespond(f, "2025-06-12", "2025-07-01", _h2, stage: 2);
    }

    [Fact]
    [Trait("Code", "6.3")]
    [Trait("Code", "6.14")]
    public async Task Tsm_Year2025_MatchesTheHandCount()
    {
        await Seed();

        var report = await _admin.Get("/api/v1/reports/tsm?year=2025");

        Assert.Equal(2025, (int)report["year"]!);
        Assert.Equal("2025-04-01", (string)report["from"]!);
        Assert.Equal("2026-03-31", (string)report["to"]!);
        Assert.Equal(10000, (int)report["homes"]!);
        AssertCh01(report["ch01"]!["stage1"]!, 4, 0.4m);
        AssertCh01(report["ch01"]!["stage2"]!, 1, 0.1m);
        AssertCh02(report["ch02"]!["stage1"]!, 3, 2, 66.7m);
        AssertCh02(report["ch02"]!["stage2"]!, 1, 1, 100m);
    }

    [Fact]
    public async Task Tsm_LchoOnly_SplitByTenure()
    {
        await Seed();

        var report = await _admin.Get("/api/v1/reports/tsm?year=2025&tenure=lcho");

        Assert.Equal(500, (int)report["homes"]!);
        AssertCh01(report["ch01"]!["stage1"]!, 1, 2.0m);
        AssertCh02(report["ch02"]!["stage1"]!, 0, 0, null);
    }

    [Fact]
    public async Task Tsm_NextYear_HasBsResponse()
    {
        await Seed();

        var report = await _admin.Get("/api/v1/reports/tsm?year=2026");

        Assert.Null(report["homes"]);
        AssertCh02(report["ch02"]!["stage1"]!, 1, 1, 100m);
        Assert.Null(report["ch01"]!["stage1"]!["perThousandHomes"]);
    }

    [Theory]
    [InlineData("/api/v1/reports/tsm", "year")]
    [InlineData("/api/v1/reports/tsm?year=twenty", "year")]
    [InlineData("/api/v1/reports/tsm?year=2025&tenure=social", "tenure")]
    public async Task Tsm_BadQuery_400NamingTheParameter(string url, string field)
    {
        var problem = await (await _admin.GetAsync(url)).ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.NotNull(problem["errors"]![field]);
    }

    private static void AssertCh01(JsonNode node, int count, decimal? perThousand)
    {
        Assert.Equal(count, (int)node["count"]!);
        Assert.Equal(perThousand, (decimal?)node["perThousandHomes"]);
    }

    private static void AssertCh02(JsonNode node, int responded, int within, decimal? percent)
    {
        Assert.Equal(responded, (int)node["responded"]!);
        Assert.Equal(within, (int)node["withinTimescale"]!);
        Assert.Equal(percent, (decimal?)node["percent"]);
    }
}

[Trait("Database", "SQLite")]
public sealed class TsmReportSqliteTests(SqliteFactory factory) : TsmReportTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class TsmReportPostgresTests(PostgresFactory factory) : TsmReportTests<PostgresFactory>(factory);
