using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Redress.Web.Tests;

public abstract class ComplaintApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private readonly HttpClient _admin = factory.AdminClient();

    private async Task<JsonNode> Create(object? body = null) =>
        await (await _admin.Post("/api/v1/complaints", body ?? Api.Complaint())).Expect(HttpStatusCode.Created);

    private async Task<(string Id, string Handler)> Acknowledged()
    {
        var id = (string)(await Create())["id"]!;
        var handler = await _admin.CreateUser("Sam Patel", "handler");
        await (await _admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler, definition = Api.Definition() }))
            .Expect(HttpStatusCode.OK);
        return (id, handler);
    }

    [Fact]
    [Trait("Code", "6.2")]
    public async Task Create_AsInApiContract_Returns201WithViewLocationAndETag()
    {
        var response = await _admin.Post("/api/v1/complaints", Api.Complaint());

        var view = await response.Expect(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/complaints/{view["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Matches(@"^CMP-2025-\d{6}$", (string)view["reference"]!);
        Assert.Equal("awaitingAcknowledgement", (string)view["status"]!);
        Assert.Equal(1, (int)view["stage"]!);
        Assert.Equal("2025-12-19", (string)view["receivedOn"]!);
        var stage = view["stages"]![0]!;
        Assert.Equal("2025-12-19", (string)stage["requestedOn"]!);
        Assert.Equal("2025-12-30", (string)stage["acknowledgeBy"]!);
        Assert.Null(stage["acknowledgedOn"]);
        Assert.Empty(stage["extensions"]!.AsArray());
        Assert.Equal("lcra", (string)view["resident"]!["tenure"]!);
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task Create_WritesTheComplaintAndOneAuditEventNamingTheActor()
    {
        var id = Guid.Parse((string)(await Create())["id"]!);

        var events = factory.Query(db => db.AuditEvents.Where(e => e.ComplaintId == id).ToList());

        var received = Assert.Single(events);
        Assert.Equal("complaint.received", received.Action);
        Assert.Equal("Redress administrator", received.ActorName);
        Assert.Contains("\"reference\"", received.Changes, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "6.13")]
    [Trait("Code", "6.10")]
    [Trait("Code", "6.11")]
    [Trait("Code", "6.14")]
    [Trait("Code", "6.16")]
    [Trait("Code", "6.19")]
    [Trait("Code", "3.7")]
    public async Task Lifecycle_BothStages_WalkedThroughTheApi()
    {
        var (id, handler1) = await Acknowledged();
        var handler2 = await _admin.CreateUser("Ria Khan", "handler");
        var url = $"/api/v1/complaints/{id}";

        var extended = await (await _admin.Post($"{url}/extensions", new { workingDays = 5, reason = "Awaiting the contractor's report", notifiedOn = "2026-01-07", goodReason = (string?)null, updateIntervalWorkingDays = 5 })).Expect(HttpStatusCode.OK);
        Assert.Equal("2026-01-15", (string)extended["stages"]![0]!["respondBy"]!);
        Assert.Contains("0300 111 3000", (string)extended["stages"]![0]!["extensions"]![0]!["ombudsmanContact"]!, StringComparison.Ordinal);

        var responded = await (await _admin.Post($"{url}/response", Api.Response("2026-01-09"))).Expect(HttpStatusCode.OK);
        Assert.Equal("responded", (string)responded["status"]!);
        Assert.Equal("partlyUpheld", (string)responded["stages"]![0]!["decision"]!);

        var escalated = await (await _admin.Post($"{url}/escalation", new { requestedOn = "2026-01-15" })).Expect(HttpStatusCode.OK);
        Assert.Equal(2, (int)escalated["stage"]!);
        Assert.Equal("2026-01-22", (string)escalated["stages"]![1]!["acknowledgeBy"]!);

        var conflict = await _admin.Post($"{url}/acknowledgement", new { acknowledgedOn = "2026-01-20", handlerId = handler1, definition = Api.Definition("Compensation too low") });
        await conflict.ExpectProblem(HttpStatusCode.UnprocessableEntity, "stage2-handler-conflict");

        var stage2 = await (await _admin.Post($"{url}/acknowledgement", new { acknowledgedOn = "2026-01-20", handlerId = handler2, definition = Api.Definition("Compensation too low") })).Expect(HttpStatusCode.OK);
        Assert.Equal("2026-02-17", (string)stage2["stages"]![1]!["respondBy"]!);

        var final = await (await _admin.Post($"{url}/response", Api.Response("2026-02-10", "Compensation too low"))).Expect(HttpStatusCode.OK);
        Assert.Equal("responded", (string)final["status"]!);
        Assert.Contains("Housing Ombudsman", (string)final["stages"]![1]!["escalationRoute"]!, StringComparison.Ordinal);

        var third = await _admin.Post($"{url}/escalation", new { requestedOn = "2026-02-12" });
        await third.ExpectProblem(HttpStatusCode.UnprocessableEntity, "no-third-stage");

        var closed = await (await _admin.Post($"{url}/closure", new { closedOn = "2026-02-12" })).Expect(HttpStatusCode.OK);
        Assert.Equal("closed", (string)closed["status"]!);
        var audit = await _admin.Get($"{url}/audit");
        Assert.Equal(
            ["complaint.received", "complaint.acknowledged", "complaint.letter-issued", "complaint.extended", "complaint.letter-issued",
             "complaint.responded", "complaint.letter-issued", "complaint.escalated", "complaint.acknowledged", "complaint.letter-issued",
             "complaint.responded", "complaint.letter-issued", "complaint.closed"],
            audit.AsArray().Select(e => (string)e!["action"]!));
    }

    [Fact]
    [Trait("Code", "6.7")]
    public async Task Response_PointWithoutFinding_422AndNothingSaved()
    {
        var (id, _) = await Acknowledged();

        var response = await _admin.Post($"/api/v1/complaints/{id}/response", Api.Response("2026-01-09", "Repair not completed"));

        var problem = await response.ExpectProblem(HttpStatusCode.UnprocessableEntity, "definition-point-unanswered");
        Assert.NotNull(problem["errors"]!["findings"]);
        var view = await _admin.Get($"/api/v1/complaints/{id}");
        Assert.Equal("investigating", (string)view["status"]!);
        Assert.Equal(0, factory.Query(db => db.Remedies.Count(r => r.ComplaintId == Guid.Parse(id))));
    }

    [Fact]
    [Trait("Code", "6.4")]
    public async Task Extension_OverCapOrAfterDueDate_Refused()
    {
        var (id, _) = await Acknowledged();
        var url = $"/api/v1/complaints/{id}/extensions";

        var overCap = await _admin.Post(url, new { workingDays = 11, reason = "Complex", notifiedOn = "2026-01-05", updateIntervalWorkingDays = 5 });
        var late = await _admin.Post(url, new { workingDays = 5, reason = "Complex", notifiedOn = "2026-01-09", updateIntervalWorkingDays = 5 });
        var withGoodReason = await _admin.Post(url, new { workingDays = 11, reason = "Complex", notifiedOn = "2026-01-05", goodReason = "Specialist survey needs access the resident can only give later", updateIntervalWorkingDays = 5 });

        await overCap.ExpectProblem(HttpStatusCode.UnprocessableEntity, "extension-over-cap");
        await late.ExpectProblem(HttpStatusCode.UnprocessableEntity, "extension-after-due-date");
        var view = await withGoodReason.Expect(HttpStatusCode.OK);
        Assert.True((bool)view["stages"]![0]!["extendedBeyondCap"]!);
    }

    [Fact]
    [Trait("Code", "6.8")]
    public async Task Points_RelatedJoinsDefinition_UnrelatedBecomesLinkedComplaint()
    {
        var (id, _) = await Acknowledged();
        var url = $"/api/v1/complaints/{id}/points";

        var joined = await (await _admin.Post(url, new { point = "Operative was rude", related = true })).Expect(HttpStatusCode.OK);
        var separate = await _admin.Post(url, new { point = "Neighbour's noise", related = false });

        Assert.Contains("Operative was rude", joined["stages"]![0]!["definition"]!["points"]!.AsArray().Select(p => (string)p!));
        var linked = await separate.Expect(HttpStatusCode.Created);
        Assert.Equal(id, (string)linked["relatedComplaintId"]!);
        Assert.Equal("Neighbour's noise", (string)linked["description"]!);
        Assert.Equal($"/api/v1/complaints/{linked["id"]}", separate.Headers.Location?.OriginalString);
    }

    /// <summary>Code 6.8: before the acknowledgement a related point joins what the definition will cover, not a new complaint.</summary>
    [Fact]
    [Trait("Code", "6.8")]
    public async Task Points_RelatedBeforeAcknowledgement_JoinTheDefinitionNotANewComplaint()
    {
        var id = (string)(await Create())["id"]!;
        var before = await _admin.Get("/api/v1/complaints?pageSize=200");

        var raised = await (await _admin.Post($"/api/v1/complaints/{id}/points", new { point = "Operative was rude", related = true })).Expect(HttpStatusCode.OK);
        var handler = await _admin.CreateUser("Sam Patel", "handler");
        var acknowledged = await (await _admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler, definition = Api.Definition() }))
            .Expect(HttpStatusCode.OK);
        var after = await _admin.Get("/api/v1/complaints?pageSize=200");

        Assert.Equal("Operative was rude", (string)raised["stages"]![0]!["pointsRaised"]![0]!);
        Assert.Contains("Operative was rude", acknowledged["stages"]![0]!["definition"]!["points"]!.AsArray().Select(p => (string)p!));
        Assert.Equal((int)before["total"]!, (int)after["total"]!); // no new complaint counted in CH01
    }

    /// <summary>Only people whose work is handling complaints can hold one: not the governing body, not an administrator alone.</summary>
    [Theory]
    [InlineData("governance")]
    [InlineData("admin")]
    [Trait("Code", "6.13")]
    public async Task Acknowledge_GivenToSomeoneWhoCannotHoldComplaints_Refused(string role)
    {
        var id = (string)(await Create())["id"]!;
        var board = await _admin.CreateUser("Board Member", role);

        await (await _admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = board, definition = Api.Definition() }))
            .ExpectProblem(HttpStatusCode.UnprocessableEntity, "handler-cannot-hold-complaints");

        Assert.Equal("awaitingAcknowledgement", (string)(await _admin.Get($"/api/v1/complaints/{id}"))["status"]!);
    }

    [Fact]
    [Trait("Code", "2.4")]
    [Trait("Code", "2.1")]
    [Trait("Code", "2.2")]
    public async Task Refusal_WithReason_NotAccepted()
    {
        var id = (string)(await Create())["id"]!;

        var view = await (await _admin.Post($"/api/v1/complaints/{id}/refusal", new { reason = "legalProceedings", explanation = "A claim about the same repair was filed at court.", decidedOn = "2025-12-22", proceedingsFiledOn = "2025-12-15" }))
            .Expect(HttpStatusCode.OK);

        Assert.Equal("notAccepted", (string)view["status"]!);
        Assert.Equal("legalProceedings", (string)view["refusal"]!["reason"]!);
    }

    [Fact]
    [Trait("Code", "2.3")]
    public async Task Refusal_Over12MonthsWhenDatesAreRecent_Refused()
    {
        var id = (string)(await Create())["id"]!;

        var response = await _admin.Post($"/api/v1/complaints/{id}/refusal", new { reason = "over12Months", explanation = "Too old", decidedOn = "2025-12-22", discretionConsidered = "No good reason" });

        await response.ExpectProblem(HttpStatusCode.UnprocessableEntity, "not-over-12-months");
    }

    [Fact]
    public async Task IfMatch_Stale_409AndNothingChanges()
    {
        var created = await _admin.Post("/api/v1/complaints", Api.Complaint());
        var id = (string)(await created.Expect(HttpStatusCode.Created))["id"]!;
        var etag = created.Headers.ETag!.Tag;
        await (await _admin.Post($"/api/v1/complaints/{id}/withdrawal", new { withdrawnOn = "2025-12-20" }, ifMatch: "\"99\""))
            .ExpectProblem(HttpStatusCode.Conflict, "stale-write");

        var ok = await _admin.Post($"/api/v1/complaints/{id}/withdrawal", new { withdrawnOn = "2025-12-20" }, ifMatch: etag);

        Assert.Equal("withdrawn", (string)(await ok.Expect(HttpStatusCode.OK))["status"]!);
        Assert.Equal("\"2\"", ok.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task IdempotencyKey_SameBodyReplays_DifferentBodyConflicts()
    {
        var key = Guid.NewGuid().ToString();
        var before = factory.Query(db => db.Complaints.Count());

        var first = await (await _admin.Post("/api/v1/complaints", Api.Complaint(), idempotencyKey: key)).Expect(HttpStatusCode.Created);
        var again = await (await _admin.Post("/api/v1/complaints", Api.Complaint(), idempotencyKey: key)).Expect(HttpStatusCode.Created);
        var other = await _admin.Post("/api/v1/complaints", Api.Complaint(description: "Something else"), idempotencyKey: key);

        Assert.Equal((string)first["id"]!, (string)again["id"]!);
        await other.ExpectProblem(HttpStatusCode.Conflict, "idempotency-key-reused");
        Assert.Equal(before + 1, factory.Query(db => db.Complaints.Count()));
    }

    [Fact]
    public async Task List_FiltersAndPages()
    {
        var id = (string)(await Create(Api.Complaint(receivedOn: "2026-06-01")))["id"]!;

        var overdue = await _admin.Get("/api/v1/complaints?overdue=true&status=awaitingAcknowledgement&pageSize=200");
        var page = await _admin.Get("/api/v1/complaints?page=1&pageSize=1");

        Assert.Contains(id, overdue["items"]!.AsArray().Select(i => (string)i!["id"]!));
        Assert.All(overdue["items"]!.AsArray(), i => Assert.Equal("awaitingAcknowledgement", (string)i!["status"]!));
        Assert.Single(page["items"]!.AsArray());
        Assert.True((int)page["total"]! >= 1);
        Assert.Equal(1, (int)page["pageSize"]!);
        await (await _admin.GetAsync("/api/v1/complaints?status=lost")).ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");
    }

    public static TheoryData<string, string, string> BadCreates => new()
    {
        // json, field, words the message must contain
        { """{"channel":"email","resident":{"name":"A","tenure":"lcra"},"category":"repairs","receivedOn":"2025-12-19"}""", "description", "required" },
        { """{"receivedOn":"2025-12-19","channel":5,"resident":{"name":"A","tenure":"lcra"},"description":"d","category":"repairs"}""", "channel", "one of: phone, email" },
        { """{"receivedOn":"2025-02-30","channel":"email","resident":{"name":"A","tenure":"lcra"},"description":"d","category":"repairs"}""", "receivedOn", "YYYY-MM-DD" },
        { """{"receivedOn":"2025-12-19","channel":"pigeon","resident":{"name":"A","tenure":"lcra"},"description":"d","category":"repairs"}""", "channel", "webForm" },
        { """{"receivedOn":"2025-12-19","channel":"email","resident":{"name":"A","tenure":"rent"},"description":"d","category":"repairs"}""", "resident.tenure", "lcra, lcho" },
        { """{"receivedOn":"2025-12-19","channel":"email","resident":{"name":"A","tenure":"lcra","email":"not-an-email"},"description":"d","category":"repairs"}""", "resident.email", "correct format" },
        { """{"receivedOn":"2027-01-01","channel":"email","resident":{"name":"A","tenure":"lcra"},"description":"d","category":"repairs"}""", "receivedOn", "future" },
        { """{"receivedOn":"2025-12-19","channel":"email","resident":{"name":"A","tenure":"lcra"},"description":"nul \u0000 here","category":"repairs"}""", "description", "NUL" },
        { """{"receivedOn":"0001-01-01","channel":"email","resident":{"name":"A","tenure":"lcra"},"description":"d","category":"repairs"}""", "receivedOn", "no bank holidays loaded" },
        { """{"receivedOn":"2025-12-19","channel":"email","resident":{"name":"A","tenure":"lcra"},"description":"d","category":"repairs","receivedAt":"yesterday"}""", "receivedAt", "ISO 8601" },
        { """{"receivedOn":"2025-12-19","channel":"email","resident":{"name":"A","tenure":"lcra"},"description":"d","category":"repairs","issueOccurredOn":"2026-01-01"}""", "issueOccurredOn", "on or before" },
        { """[1,2,3]""", "body", "object" },
        { """{"receivedOn":"2025-12-19",""", "body", "" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task Create_BadInput_ProblemNamesTheFieldAndNothingIsSaved(string json, string field, string words)
    {
        var (complaints, events) = factory.Query(db => (db.Complaints.Count(), db.AuditEvents.Count()));

        var response = await _admin.PostRaw("/api/v1/complaints", json);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}");
        var problem = await response.Json();
        var messages = problem["errors"]?[field]?.AsArray().Select(m => (string)m!).ToList();
        Assert.True(messages is { Count: > 0 }, $"no error for '{field}' in {problem.ToJsonString()}");
        Assert.Contains(messages, m => m.Contains(words, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((complaints, events), factory.Query(db => (db.Complaints.Count(), db.AuditEvents.Count())));
    }

    [Theory]
    [InlineData("2025-12-19T18:30:00Z", "2025-12-19")] // GMT: the UK date is the UTC date
    [InlineData("2025-06-30T23:30:00Z", "2025-07-01")] // BST: half past midnight on 1 July in the UK
    [Trait("Code", "3.2")]
    public async Task Create_WithReceivedAt_DateIsTheUkDate(string receivedAt, string receivedOn)
    {
        var body = new { receivedAt, channel = "inPerson", receivedBy = "Reception, Town office", resident = new { name = "A", tenure = "lcra" }, description = "d", category = "repairs" };

        var view = await (await _admin.Post("/api/v1/complaints", body)).Expect(HttpStatusCode.Created);

        Assert.Equal(receivedOn, (string)view["receivedOn"]!);
        Assert.Equal(DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse((string)view["receivedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Reception, Town office", (string)view["receivedBy"]!);
    }

    [Fact]
    public async Task Create_OneMegabyteDescription_400NamingDescription()
    {
        var count = factory.Query(db => db.Complaints.Count());

        var response = await _admin.Post("/api/v1/complaints", Api.Complaint(description: new string('x', 1_000_000)));

        var problem = await response.ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");
        Assert.Contains("20,000", (string)problem["errors"]!["description"]![0]!, StringComparison.Ordinal);
        Assert.Equal(count, factory.Query(db => db.Complaints.Count()));
    }

    [Fact]
    public async Task Extension_Negative_400NamingWorkingDays()
    {
        var (id, _) = await Acknowledged();

        var problem = await (await _admin.Post($"/api/v1/complaints/{id}/extensions", new { workingDays = -5, reason = "r", notifiedOn = "2026-01-05", updateIntervalWorkingDays = 5 }))
            .ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.NotNull(problem["errors"]!["workingDays"]);
        Assert.Equal(0, factory.Query(db => db.ComplaintStages.Where(s => s.ComplaintId == Guid.Parse(id)).Select(s => s.ExtendedWorkingDays).Single()));
    }

    [Fact]
    public async Task UnknownComplaint_404Problem()
    {
        await (await _admin.GetAsync($"/api/v1/complaints/{Guid.NewGuid()}")).ExpectProblem(HttpStatusCode.NotFound, "not-found");
        await (await _admin.Post($"/api/v1/complaints/{Guid.NewGuid()}/closure", new { closedOn = "2026-01-01" })).ExpectProblem(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Roles_NoKey401_BadKey401_GovernanceCannotWrite403()
    {
        var governance = await _admin.KeyFor(await _admin.CreateUser("Board Member", "governance"));

        await (await factory.CreateClient().GetAsync("/api/v1/complaints")).ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await factory.ClientWithKey("nope").GetAsync("/api/v1/complaints")).ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await factory.ClientWithKey(governance).Post("/api/v1/complaints", Api.Complaint())).ExpectProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await factory.ClientWithKey(governance).GetAsync("/api/v1/complaints")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Code", "5.13")]
    [Trait("Code", "7.3")]
    public async Task Remedy_OfferedBeforeResponse_NeedsADueDate_ThenCompleted()
    {
        var (id, _) = await Acknowledged();

        var undated = await (await _admin.Post($"/api/v1/complaints/{id}/remedies", new { type = "apology", description = "Written apology for the missed visit", offeredOn = "2025-12-23" }))
            .ExpectProblem(HttpStatusCode.UnprocessableEntity, "remedy-due-date-required");
        var offered = await (await _admin.Post($"/api/v1/complaints/{id}/remedies", new { type = "apology", description = "Written apology for the missed visit", offeredOn = "2025-12-23", dueOn = "2025-12-30" })).Expect(HttpStatusCode.OK);
        var remedyId = (string)offered["remedies"]![0]!["id"]!;
        var done = await (await _admin.Post($"/api/v1/complaints/{id}/remedies/{remedyId}/completion", new { completedOn = "2025-12-24" })).Expect(HttpStatusCode.OK);

        Assert.NotNull(undated["errors"]!["dueOn"]);
        Assert.Equal(1, (int)offered["stage"]!);
        Assert.Single(offered["remedies"]!.AsArray()); // the refused one saved nothing
        Assert.Equal("2025-12-24", (string)done["remedies"]![0]!["completedOn"]!);
    }
}

[Trait("Database", "SQLite")]
public sealed class ComplaintApiSqliteTests(SqliteFactory factory) : ComplaintApiTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class ComplaintApiPostgresTests(PostgresFactory factory) : ComplaintApiTests<PostgresFactory>(factory);
