using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Redress.Web.Jobs;

namespace Redress.Web.Tests;

/// <summary>Deadline reminders by email: through a real SMTP server, or to the outbox; once per deadline. Both databases.</summary>
public abstract class ReminderTests<TFactory> where TFactory : RedressFactory, new()
{
    private static async Task<int> RunAsync(RedressFactory factory)
    {
        // A new scope each time, as a restarted instance would have: nothing remembered but the database.
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Reminders>().RunAsync();
    }

    [Fact]
    [Trait("Code", "6.3")]
    public async Task Reminders_ThroughSmtp_HandlerEmailedOnceBeforeAndOnceAfterTheDeadline()
    {
        using var smtp = new SmtpSink();
        using var factory = new TFactory();
        smtp.Configure(factory);
        var admin = factory.AdminClient();
        var handler = await admin.CreateUser("Rem Handler", "handler");
        var handlerEmail = (string)(await admin.Get($"/api/v1/users/{handler}"))["email"]!;
        var id = (string)(await (await admin.Post("/api/v1/complaints", Api.Complaint("2026-06-17"))).Expect(HttpStatusCode.Created))["id"]!;
        // Acknowledged Thursday 18 June: the response is due 10 working days later, Thursday 2 July.
        await (await admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2026-06-18", handlerId = handler, definition = Api.Definition() })).Expect(HttpStatusCode.OK);

        var first = await RunAsync(factory);   // Tuesday 30 June: 2 working days before
        var again = await RunAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 3, 8, 0, 0, TimeSpan.Zero));
        var after = await RunAsync(factory);   // Friday 3 July: the deadline has passed
        var afterAgain = await RunAsync(factory);

        Assert.Equal([1, 0, 1, 0], new[] { first, again, after, afterAgain });
        // The resident is emailed their acknowledgement letter too; the reminders are the handler's.
        var messages = smtp.Messages.Where(m => !m.To.Mailboxes.Any(a => a.Address == "alex@example.org")).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(handlerEmail, Assert.Single(m.To.Mailboxes).Address));
        Assert.Matches(@"^CMP-2026-\d{6}: the stage 1 response is due 2 July 2026 \(2 working days left\)$", messages[0].Subject);
        Assert.Matches(@"^CMP-2026-\d{6}: the stage 1 response is overdue \(was due 2 July 2026\)$", messages[1].Subject);
        Assert.Contains($"/complaints/{id}", messages[0].TextBody, StringComparison.Ordinal);
        Assert.Equal("complaints@example.org", messages[0].From.Mailboxes.Single().Address);
        Assert.Equal(2, factory.Query(db => db.AuditEvents.Count(e => e.ComplaintId == Guid.Parse(id) && e.Action.StartsWith("complaint.reminder-"))));
    }

    [Fact]
    [Trait("Code", "6.2")]
    public async Task Reminders_NoSmtp_UnassignedComplaint_OfficersToldThroughTheOutboxPage()
    {
        using var factory = new TFactory();
        var admin = factory.AdminClient();
        await admin.CreateUser("Officer Olu", "complaintsOfficer");
        // Received Monday 22 June: the acknowledgement was due Monday 29 June and nobody holds it.
        await (await admin.Post("/api/v1/complaints", Api.Complaint("2026-06-22"))).Expect(HttpStatusCode.Created);

        var sent = await RunAsync(factory);
        var session = await PageSession.SignInAsync(factory, "Admin Ada", "admin");
        var outbox = await session.GetAsync("/admin/outbox");

        Assert.Equal(1, sent);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(factory.DataFolder, "outbox"), "*.eml"));
        var row = outbox.QuerySelector("table tbody tr")!;
        Assert.Contains("Officer Olu", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("the stage 1 acknowledgement is overdue (was due 29 June 2026)", row.TextContent, StringComparison.Ordinal);
        var message = await session.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("Nobody holds this complaint yet", message.QuerySelector(".redress-pre")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(Path.GetFileName(file), row.QuerySelector("a")!.GetAttribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_OmbudsmanOrderDueSoon_OfficersToldOnce()
    {
        using var factory = new TFactory();
        var admin = factory.AdminClient();
        await admin.CreateUser("Officer Ola", "complaintsOfficer");
        var id = Guid.Parse((string)(await (await admin.Post("/api/v1/complaints", Api.Complaint("2025-12-19"))).Expect(HttpStatusCode.Created))["id"]!);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Redress.Web.Data.RedressDbContext>();
            var today = new DateOnly(2026, 6, 30);
            var (@case, _) = Redress.Domain.Oversight.OmbudsmanCase.Open(Guid.NewGuid(), id, "202599001", Redress.Domain.Oversight.OmbudsmanStage.Investigation, new DateOnly(2026, 3, 1), today);
            Assert.Null(@case!.Determine(new DateOnly(2026, 6, 1), [("Repairs", Redress.Domain.Oversight.OmbudsmanFinding.Maladministration)],
                [new Redress.Domain.Oversight.OrderDetails(Redress.Domain.Oversight.OrderKind.Order, "Pay £300 compensation", new DateOnly(2026, 7, 1), 30000)], Guid.NewGuid, today));
            db.OmbudsmanCases.Add(@case);
            await db.SaveChangesAsync();
        }

        var first = await RunAsync(factory);
        var again = await RunAsync(factory);

        Assert.True(first >= 1);
        Assert.Equal(0, again);
        var subjects = Directory.GetFiles(Path.Combine(factory.DataFolder, "outbox"), "*.eml").Select(f => MimeKit.MimeMessage.Load(f).Subject ?? "").ToList();
        Assert.Single(subjects, s => s.Contains("Ombudsman order on case 202599001 (Pay £300 compensation) is due 1 July 2026", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Code", "5.9")]
    public async Task Reminders_UpdateOwedToTheResident_HandlerToldBeforeAndAfter_NotAgainOnceSent()
    {
        using var factory = new TFactory();
        var admin = factory.AdminClient();
        var handler = await admin.CreateUser("Upd Handler", "handler");
        var id = (string)(await (await admin.Post("/api/v1/complaints", Api.Complaint("2026-06-17"))).Expect(HttpStatusCode.Created))["id"]!;
        await (await admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2026-06-18", handlerId = handler, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        // Extended on Monday 29 June with updates every 2 working days: the first is due Wednesday 1 July.
        await (await admin.Post($"/api/v1/complaints/{id}/extensions",
            new { workingDays = 5, reason = "Waiting for a report", notifiedOn = "2026-06-29", updateIntervalWorkingDays = 2 })).Expect(HttpStatusCode.OK);

        await RunAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.Zero));
        await RunAsync(factory);
        await (await admin.Post($"/api/v1/complaints/{id}/updates", new { sentOn = "2026-07-02", progress = "The report is in." })).Expect(HttpStatusCode.OK);
        var afterSending = await RunAsync(factory);

        var subjects = Directory.GetFiles(Path.Combine(factory.DataFolder, "outbox"), "*.eml").Select(f => MimeKit.MimeMessage.Load(f).Subject ?? "").ToList();
        Assert.Single(subjects, s => s.Contains("the update owed to the resident is due 1 July 2026", StringComparison.Ordinal));
        Assert.Single(subjects, s => s.Contains("the update owed to the resident is overdue (was due 1 July 2026)", StringComparison.Ordinal));
        // The next update is due Monday 6 July, 2 working days after it was sent: reminded ahead once more, not again for 1 July.
        Assert.Equal(1, afterSending);
        Assert.Single(subjects, s => s.Contains("the update owed to the resident is due 6 July 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutboxMessage_PathInName_NotFound()
    {
        using var factory = new TFactory();
        var session = await PageSession.SignInAsync(factory, "Admin Bo", "admin");

        await session.GetAsync("/admin/outbox/..%2F..%2Fredress.eml", HttpStatusCode.NotFound);
    }
}

[Trait("Database", "SQLite")]
public sealed class ReminderSqliteTests : ReminderTests<SqliteFactory>;

[Trait("Database", "PostgreSQL")]
public sealed class ReminderPostgresTests : ReminderTests<PostgresFactory>;
