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
/// G: LCRA, received Monday 2025-09-01 (acknowledgement due 2025-09-08), acknowledged late 2025-09-10, response
///    due 2025-09-24, responded 2025-09-19 in time.
/// H: LCRA, received 2025-03-10, answered at stage 1 on 2025-03-20 (both in 2024); escalated 2025-04-02, in 2025:
///    stage 2 acknowledged 2025-04-03, due 2025-05-06 (20 working days; Good Friday, Easter Monday and 5 May are
///    holidays), responded 2025-04-25 in time, 14 working days after the acknowledgement.
/// So CH01 stage 1 = A, B, E, F, G = 5 (0.5 per 1,000); stage 2 = F, H = 2 (0.2).
/// CH02 stage 1 = A, C, F, G responded, A, F and G in time: 3 of 4, 75.0%; stage 2 = 2 of 2, 100%.
/// The other measures for 2025:
/// received at stage 1 (by date received, leaving out those not accepted, as CH01) A, B, E, F, G = 5; not accepted
/// D = 1; withdrawn E = 1;
/// acknowledged at stage 1 in the year A (04-02), C (04-01), F (05-02), G (09-10) = 4, late G = 1 (75.0% in time);
/// working days from acknowledgement to response: A 6 (3-10 Apr), C 11 (2-16 Apr), F 13 (6 May to 22 May, the
/// 5 May bank holiday not counted), G 7 (11-19 Sep): average 37 / 4 = 9.25, shown 9.3; extended F = 1;
/// stage 2 F (13 working days) and H (14): average 13.5; escalation rate 2 requests of 4 stage 1 responses = 50.0%.
/// Quarter 1 (April to June 2025): received A, F = 2 (D not accepted); stage 1 responses A, C, F = 3, late C.
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
            await Post(id, "extensions", new { workingDays = 5, reason = "Parts", notifiedOn = extendOn, updateIntervalWorkingDays = 5 });
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
        await AckAndRespond(await Complaint("2025-09-01", "lcra"), "2025-09-10", "2025-09-19", _h1);
        var h = await Complaint("2025-03-10", "lcra");
        await AckAndRespond(h, "2025-03-11", "2025-03-20", _h1);
        await Post(h, "escalation", new { requestedOn = "2025-04-02" });
        await AckAndRespond(h, "2025-04-03", "2025-04-25", _h2, stage: 2);
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
        AssertCh01(report["ch01"]!["stage1"]!, 5, 0.5m);
        AssertCh01(report["ch01"]!["stage2"]!, 2, 0.2m);
        AssertCh02(report["ch02"]!["stage1"]!, 4, 3, 75.0m);
        AssertCh02(report["ch02"]!["stage2"]!, 2, 2, 100m);
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

    [Fact]
    [Trait("Code", "9.7")]
    [Trait("Code", "6.2")]
    public async Task Measures_Year2025_MatchTheHandCount()
    {
        await Seed();

        var m = await _admin.Get("/api/v1/reports/measures?year=2025");

        var s1 = m["stage1"]!;
        Assert.Equal(5, Value(s1["received"])); // the same as CH01 stage 1
        Assert.Equal(1, Value(m["notAccepted"]));
        Assert.Equal(1, Value(m["withdrawn"]));
        Assert.Equal(4, Value(s1["acknowledged"]));
        Assert.Equal(1, Value(s1["acknowledgedLate"]));
        Assert.Equal(75.0m, (decimal)s1["acknowledgedInTimePercent"]!);
        Assert.Equal(4, Value(s1["responded"]));
        Assert.Equal(1, Value(s1["respondedLate"]));
        Assert.Equal(9.3m, (decimal)s1["averageWorkingDaysToRespond"]!);
        Assert.Equal(1, Value(s1["extended"]));
        Assert.Equal(4, Value(s1["outcomes"]![0]));
        var s2 = m["stage2"]!;
        Assert.Equal(2, Value(s2["received"]));
        Assert.Equal(2, Value(s2["responded"]));
        Assert.Equal(13.5m, (decimal)s2["averageWorkingDaysToRespond"]!);
        Assert.Equal(50.0m, (decimal)m["escalationRatePercent"]!);
        Assert.Equal(1, Value(m["notAcceptedByReason"]!.AsArray().Single(f => (string)f!["measure"]! == "not-accepted-PreviouslyConsidered")));
        Assert.Equal(5, Value(m["categories"]![0]));
    }

    [Fact]
    [Trait("Code", "9.7")]
    public async Task Measures_Quarter1_AndTheComplaintsBehindAFigure()
    {
        await Seed();

        var q1 = await _admin.Get("/api/v1/reports/measures?year=2025&quarter=1");
        var late = await _admin.Get("/api/v1/reports/measures/complaints?measure=responded-late-1&year=2025&quarter=1");
        var acknowledged = await _admin.Get("/api/v1/reports/measures/complaints?measure=acknowledged-1&year=2025");

        Assert.Equal("2025-06-30", (string)q1["to"]!);
        Assert.Equal(2, Value(q1["stage1"]!["received"]));
        Assert.Equal(3, Value(q1["stage1"]!["responded"]));
        Assert.Equal(1, (int)late["total"]!);
        Assert.Equal("2025-03-31", (string)late["items"]![0]!["receivedOn"]!); // C
        Assert.Equal(4, (int)acknowledged["total"]!);
    }

    /// <summary>Every figure and the list of complaints behind it come from one definition: they always agree.</summary>
    [Fact]
    [Trait("Code", "8.1")]
    public async Task Measures_EveryFigure_EqualsTheComplaintsBehindIt_WithItsDefinition()
    {
        await Seed();
        var m = await _admin.Get("/api/v1/reports/measures?year=2025");
        var figures = Figures(m).ToList();

        Assert.True(figures.Count > 30, $"only {figures.Count} figures found");
        foreach (var figure in figures)
        {
            var key = (string)figure["measure"]!;
            var list = await _admin.Get($"/api/v1/reports/measures/complaints?measure={Uri.EscapeDataString(key)}&year=2025&pageSize=200");
            Assert.True(Value(figure) == (int)list["total"]!, $"{key}: the figure is {Value(figure)} but {(int)list["total"]!} complaints are behind it");
            Assert.False(string.IsNullOrWhiteSpace((string?)figure["definition"]), key);
            Assert.Equal((string?)figure["definition"], (string?)list["definition"]);
        }
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> Figures(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o when o.ContainsKey("measure") && o.ContainsKey("value") => [o],
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => Figures(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(Figures),
        _ => [],
    };

    [Theory]
    [InlineData("/api/v1/reports/measures", "year")]
    [InlineData("/api/v1/reports/measures?year=2025&quarter=5", "quarter")]
    [InlineData("/api/v1/reports/measures?from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("/api/v1/reports/measures/complaints?year=2025&measure=nonsense", "measure")]
    public async Task Measures_BadQuery_400NamingTheParameter(string url, string field)
    {
        var problem = await (await _admin.GetAsync(url)).ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    [Trait("Code", "9.4")]
    public async Task OversightPage_Governance_SeesTheFiguresEachLinkingToItsComplaints()
    {
        await Seed();
        var board = await PageSession.SignInAsync(factory, "Board Chair", "governance");
        var handler = await PageSession.SignInAsync(factory, "Not Board", "handler");

        var page = await board.GetAsync("/oversight?year=2025");
        var denied = await handler.Client.GetAsync("/oversight");

        var stage1 = page.QuerySelectorAll("table").First(t => t.TextContent.Contains("Responses late", StringComparison.Ordinal));
        var late = stage1.QuerySelectorAll("tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "Responses late").QuerySelector("a")!;
        Assert.Equal("1", late.FirstChild!.TextContent.Trim());
        var list = await board.GetAsync(late.GetAttribute("href")!);
        Assert.Equal("1 complaint", list.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("75.0% (3 of 4)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Exports_DashboardAndTheComplaintsBehindAFigure_AsCsvAndExcel()
    {
        await Seed();
        var board = await PageSession.SignInAsync(factory, "Export Reader", "governance");

        var csv = await board.Client.GetStringAsync("/oversight?handler=Csv&year=2025");
        var xlsx = await board.Client.GetByteArrayAsync("/oversight/complaints?handler=Xlsx&measure=responded-late-1&year=2025");

        Assert.Contains("Responses late,responded-late-1,1,0", csv, StringComparison.Ordinal);
        var sheet = Sheet(xlsx);
        Assert.Contains("<v>45747</v>", sheet, StringComparison.Ordinal); // complaint C, the one late response: received 31 March 2025, as an Excel date
        Assert.Contains("Reference", sheet, StringComparison.Ordinal);
    }

    /// <summary>The first worksheet's XML: an .xlsx file is a zip of XML parts.</summary>
    internal static string Sheet(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static int Value(JsonNode? figure) => (int)figure!["value"]!;

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
