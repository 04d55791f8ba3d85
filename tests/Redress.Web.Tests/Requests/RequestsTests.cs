using System.Net;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Requests;

namespace Redress.Web.Tests;

/// <summary>Service requests (Code 1.4, 1.5) and survey feedback (1.6), through the API and the pages, on both databases.</summary>
public abstract class RequestsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private async Task<Guid> ResidentAsync()
    {
        var body = await (await factory.AdminClient().Post("/api/v1/complaints", Api.Complaint("2026-06-22"))).Expect(HttpStatusCode.Created);
        return Guid.Parse((string)body["resident"]!["id"]!);
    }

    private static object Request(Guid resident, string? dueOn = "2026-07-14") =>
        new { residentId = resident, receivedOn = "2026-06-29", channel = "phone", description = "Kitchen tap leaking", category = "repairs", dueOn };

    [Fact]
    [Trait("Code", "1.4")]
    public async Task ServiceRequest_LoggedNumberedListedAndClosedWithANote()
    {
        var admin = factory.AdminClient();
        var resident = await ResidentAsync();

        var created = await (await admin.Post("/api/v1/service-requests", Request(resident))).Expect(HttpStatusCode.Created);
        var id = (string)created["id"]!;
        var open = await admin.Get($"/api/v1/service-requests?residentId={resident}");
        var noNote = await admin.Post($"/api/v1/service-requests/{id}/updates", new { status = "completed" }, ifMatch: "\"1\"");
        var done = await (await admin.Post($"/api/v1/service-requests/{id}/updates", new { status = "completed", note = "Washer replaced" }, ifMatch: "\"1\"")).Expect(HttpStatusCode.OK);
        var stale = await admin.Post($"/api/v1/service-requests/{id}/updates", new { status = "inProgress" }, ifMatch: "\"1\"");

        Assert.Matches(@"^SR-2026-\d{6}$", (string)created["reference"]!);
        Assert.Equal("open", (string)created["status"]!);
        Assert.Equal(id, (string)open["items"]![0]!["id"]!);
        var problem = await noNote.ExpectProblem(HttpStatusCode.UnprocessableEntity, "required");
        Assert.NotNull(problem["errors"]!["note"]);
        Assert.Equal("completed", (string)done["status"]!);
        Assert.Equal("2026-06-30", (string)done["closedOn"]!);
        await stale.ExpectProblem(HttpStatusCode.Conflict, "stale-write");
        Assert.Equal(2, factory.Query(db => db.AuditEvents.Count(e => e.EntityType == "service-request" && e.EntityId == id)));
    }

    [Fact]
    [Trait("Code", "1.4")]
    public async Task ServiceRequest_UpdatedWithStatusAndNoteOnly_KeepsItsOwnerAndDueDate()
    {
        var admin = factory.AdminClient();
        var owner = await admin.CreateUser("Priya Shah", "handler");
        var created = await (await admin.Post("/api/v1/service-requests", new
        {
            residentId = await ResidentAsync(), receivedOn = "2026-06-29", channel = "phone", description = "Fence down", category = "repairs", dueOn = "2026-07-14", ownerId = owner,
        })).Expect(HttpStatusCode.Created);

        var updated = await (await admin.Post($"/api/v1/service-requests/{created["id"]}/updates", new { status = "inProgress", note = "Contractor booked" }, ifMatch: "\"1\"")).Expect(HttpStatusCode.OK);
        var cleared = await (await admin.Post($"/api/v1/service-requests/{created["id"]}/updates", new { dueOn = (string?)null }, ifMatch: "\"2\"")).Expect(HttpStatusCode.OK);

        Assert.Equal("inProgress", (string)updated["status"]!);
        Assert.Equal("2026-07-14", (string)updated["dueOn"]!);
        Assert.Equal(owner, (string)updated["ownerId"]!);
        Assert.Equal("inProgress", (string)cleared["status"]!);
        Assert.Null(cleared["dueOn"]);
        Assert.Equal(owner, (string)cleared["ownerId"]!);
    }

    [Fact]
    [Trait("Code", "1.4")]
    public async Task MyWork_TheOwnersOpenRequestsDueOrOverdue_ListedWithTheOverdueTagged()
    {
        var admin = factory.AdminClient();
        var owner = await PageSession.SignInAsync(factory, "Request Owner", "handler");
        var other = await admin.CreateUser("Other Owner", "handler");
        var resident = await ResidentAsync();
        async Task<string> Log(string dueOn, Guid? ownerId) => (string)(await (await admin.Post("/api/v1/service-requests", new
        {
            residentId = resident, receivedOn = "2026-06-22", channel = "phone", description = "Tap", category = "repairs", dueOn, ownerId,
        })).Expect(HttpStatusCode.Created))["reference"]!;
        var overdue = await Log("2026-06-29", owner.UserId);
        var dueSoon = await Log("2026-07-02", owner.UserId);
        var later = await Log("2026-08-31", owner.UserId); // beyond the 5 working days My work looks ahead
        var someoneElses = await Log("2026-06-29", Guid.Parse(other));
        var done = await (await admin.Post("/api/v1/service-requests", new { residentId = resident, receivedOn = "2026-06-22", channel = "phone", description = "Tap", category = "repairs", dueOn = "2026-06-29", ownerId = owner.UserId })).Expect(HttpStatusCode.Created);
        await (await admin.Post($"/api/v1/service-requests/{done["id"]}/updates", new { status = "completed", note = "Fixed" }, ifMatch: "\"1\"")).Expect(HttpStatusCode.OK);

        var work = await owner.GetAsync("/work");

        var rows = work.QuerySelectorAll("tbody tr").Where(tr => tr.TextContent.Contains("Service request", StringComparison.Ordinal)).ToList();
        Assert.Equal([overdue, dueSoon], rows.Select(tr => tr.QuerySelector("a")!.TextContent.Replace("Service request: ", "", StringComparison.Ordinal).Trim()));
        Assert.Contains("Overdue", rows[0].QuerySelector("strong.govuk-tag--red")!.TextContent, StringComparison.Ordinal);
        Assert.Null(rows[1].QuerySelector("strong.govuk-tag"));
        Assert.DoesNotContain(later, work.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(someoneElses, work.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain((string)done["reference"]!, work.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "1.5")]
    public async Task Complaint_AboutAServiceRequest_LinksItAndTheRequestStaysOpen()
    {
        var admin = factory.AdminClient();
        var resident = await ResidentAsync();
        var other = await ResidentAsync();
        var request = (string)(await (await admin.Post("/api/v1/service-requests", Request(resident))).Expect(HttpStatusCode.Created))["id"]!;

        var complaint = await (await admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-30", channel = "phone", residentId = resident, description = "Nobody came about my tap", category = "repairs", serviceRequestId = request,
        })).Expect(HttpStatusCode.Created);
        var wrongResident = await admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-30", channel = "phone", residentId = other, description = "d", category = "repairs", serviceRequestId = request,
        });
        var after = await admin.Get($"/api/v1/service-requests/{request}");

        Assert.Equal(request, (string)complaint["serviceRequestId"]!);
        Assert.Equal("open", (string)after["status"]!);
        var problem = await wrongResident.ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");
        Assert.NotNull(problem["errors"]!["serviceRequestId"]);
    }

    [Fact]
    [Trait("Code", "1.6")]
    public async Task Feedback_NotToldWithoutAReason_Refused_ThenComplaintRaisedOnce()
    {
        var admin = factory.AdminClient();
        var resident = await ResidentAsync();
        var noReason = await admin.Post("/api/v1/feedback", new { receivedOn = "2026-06-30", source = "Repairs survey", residentId = resident, dissatisfaction = "Slow", toldHowToComplain = false });
        var feedback = (string)(await (await admin.Post("/api/v1/feedback", new
        {
            receivedOn = "2026-06-30", source = "Repairs survey June 2026", residentId = resident, dissatisfaction = "Repair took 3 visits", toldHowToComplain = true, howTold = "Phoned back on 30 June",
        })).Expect(HttpStatusCode.Created))["id"]!;
        object Complaint() => new { receivedOn = "2026-06-30", channel = "phone", residentId = resident, description = "Repair took 3 visits", category = "repairs", feedbackId = feedback };

        var complaint = (string)(await (await admin.Post("/api/v1/complaints", Complaint())).Expect(HttpStatusCode.Created))["id"]!;
        var again = await admin.Post("/api/v1/complaints", Complaint());
        var saved = await admin.Get($"/api/v1/feedback/{feedback}");

        await noReason.ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");
        Assert.Equal(complaint, (string)saved["complaintId"]!);
        await again.ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.Action == "feedback.complaint-raised" && e.EntityId == feedback)));
    }

    [Fact]
    [Trait("Code", "1.6")]
    public async Task FeedbackPage_TheyWantToComplain_StartsAComplaintWithTheirWords()
    {
        var officer = await PageSession.SignInAsync(factory, "Fee Officer", "complaintsOfficer");
        var recorded = await officer.SubmitFollowAsync("/feedback/new", new()
        {
            ["Received.Day"] = "30", ["Received.Month"] = "6", ["Received.Year"] = "2026", ["Source"] = "Estate walkabout",
            ["PersonName"] = "Pat Visitor", ["Dissatisfaction"] = "Bins never emptied on time", ["Told"] = "true", ["HowTold"] = "Leaflet given",
        });
        var feedback = factory.Query(db => db.Feedback.AsNoTracking().Single(f => f.PersonName == "Pat Visitor"));
        var start = recorded.QuerySelector("a.govuk-button")!.GetAttribute("href")!;

        var form = await officer.GetAsync(start);
        var complaint = await officer.SubmitFollowAsync(start, new()
        {
            ["Form.Received.Day"] = "30", ["Form.Received.Month"] = "6", ["Form.Received.Year"] = "2026", ["Form.Channel"] = "InPerson",
            ["Form.ResidentName"] = "Pat Visitor", ["Form.Tenure"] = "Lcra", ["Form.Description"] = "Bins never emptied on time", ["Form.Category"] = "estate-services",
            ["Form.FeedbackId"] = feedback.Id.ToString(),
        });

        Assert.Equal("Feedback recorded.", recorded.Banner());
        Assert.Equal("They want to complain", recorded.QuerySelector("a.govuk-button")!.TextContent.Trim());
        Assert.Equal("Bins never emptied on time", form.QuerySelector("#description")!.TextContent);
        Assert.Equal("Pat Visitor", form.QuerySelector("#residentName")!.GetAttribute("value"));
        Assert.StartsWith("Complaint CMP-2026-", complaint.Banner(), StringComparison.Ordinal);
        Assert.NotNull(factory.Query(db => db.Feedback.AsNoTracking().Single(f => f.Id == feedback.Id).ComplaintId));
    }

    [Fact]
    [Trait("Code", "1.4")]
    public async Task ServiceRequestPage_SeveralThingsMissing_EveryErrorAtOnce()
    {
        var resident = await ResidentAsync();
        var handler = await PageSession.SignInAsync(factory, "Sr Errors", "handler");

        var page = await handler.SubmitRefusedAsync($"/service-requests/new?resident={resident}", new()
        {
            ["Resident"] = resident.ToString(), ["Received.Day"] = "29", ["Received.Month"] = "6", ["Received.Year"] = "2026",
        });

        var fields = page.Errors().Select(e => e.Field).ToList();
        Assert.Contains("channel", fields);
        Assert.Contains("description", fields);
        Assert.Contains("category", fields);
    }

    [Fact]
    [Trait("Code", "1.5")]
    public async Task ServiceRequestPage_RaiseAComplaint_LinkedBothWays()
    {
        var resident = await ResidentAsync();
        var handler = await PageSession.SignInAsync(factory, "Sr Handler", "handler");
        var page = await handler.SubmitFollowAsync($"/service-requests/new?resident={resident}", new()
        {
            ["Resident"] = resident.ToString(), ["Received.Day"] = "29", ["Received.Month"] = "6", ["Received.Year"] = "2026",
            ["Channel"] = "Phone", ["Description"] = "Front door lock broken", ["Category"] = "repairs", ["OwnerId"] = handler.UserId.ToString(),
        });
        var request = factory.Query(db => db.ServiceRequests.AsNoTracking().Single(r => r.ResidentId == resident && r.Description == "Front door lock broken"));

        var complaint = await handler.SubmitFollowAsync($"/complaints/new?serviceRequest={request.Id}", new()
        {
            ["Form.Received.Day"] = "30", ["Form.Received.Month"] = "6", ["Form.Received.Year"] = "2026", ["Form.Channel"] = "Phone",
            ["Form.ResidentId"] = resident.ToString(), ["Form.ServiceRequestId"] = request.Id.ToString(),
            ["Form.Description"] = "Still no lock after two days", ["Form.Category"] = "repairs",
        });
        var after = await handler.GetAsync($"/service-requests/{request.Id}");

        Assert.StartsWith($"Service request {request.Reference} logged", page.Banner(), StringComparison.Ordinal);
        Assert.Equal("Sr Handler", page.Row("Owner"));
        Assert.StartsWith(request.Reference, complaint.Row("About service request"), StringComparison.Ordinal);
        Assert.Single(after.QuerySelectorAll("h2 + ul a[href^='/complaints/']"));
        Assert.Equal(ServiceRequestStatus.Open, factory.Query(db => db.ServiceRequests.AsNoTracking().Single(r => r.Id == request.Id).Status));
    }

    [Fact]
    [Trait("Code", "1.4")]
    public async Task ServiceRequestPage_CompleteWithoutNote_ErrorAtTheNote()
    {
        var resident = await ResidentAsync();
        var request = (string)(await (await factory.AdminClient().Post("/api/v1/service-requests", Request(resident))).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await PageSession.SignInAsync(factory, "Sr Handler Two", "handler");

        var page = await handler.SubmitRefusedAsync($"/service-requests/{request}/update", new() { ["Version"] = "1", ["Status"] = "Completed" });

        Assert.Equal("note", Assert.Single(page.Errors()).Field);
        Assert.Equal(ServiceRequestStatus.Open, factory.Query(db => db.ServiceRequests.AsNoTracking().Single(r => r.Id == Guid.Parse(request)).Status));
    }
}

[Trait("Database", "SQLite")]
public sealed class RequestsSqliteTests(SqliteFactory factory) : RequestsTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class RequestsPostgresTests(PostgresFactory factory) : RequestsTests<PostgresFactory>(factory);
