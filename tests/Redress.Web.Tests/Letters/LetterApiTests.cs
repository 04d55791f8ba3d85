using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Redress.Web.Letters;
using UglyToad.PdfPig;

namespace Redress.Web.Tests;

/// <summary>Letters issued with the steps they record, through the API as another system would see them. Both databases.</summary>
public abstract class LetterApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private readonly HttpClient _admin = factory.AdminClient();

    private async Task<(string Id, JsonNode View)> Acknowledged(object? letter = null)
    {
        var id = (string)(await (await _admin.Post("/api/v1/complaints", Api.Complaint())).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await _admin.CreateUser("Lena Letters", "handler");
        var view = await (await _admin.Post($"/api/v1/complaints/{id}/acknowledgement",
            new { acknowledgedOn = "2025-12-22", handlerId = handler, definition = Api.Definition(), letter })).Expect(HttpStatusCode.OK);
        return (id, view);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    [Trait("Code", "5.6")]
    [Trait("Code", "5.12")]
    [Trait("Code", "6.3")]
    public async Task Acknowledgement_IssuesItsLetter_StoredPdfSaysTheDefinitionAndTheDueDateInWords()
    {
        var (id, view) = await Acknowledged();

        var list = await _admin.Get($"/api/v1/complaints/{id}/letters");
        var item = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal("acknowledgement", (string)item["kind"]!);
        Assert.Equal(1, (int)item["stage"]!);
        Assert.Equal("email", (string)item["delivery"]!);
        Assert.Equal("Alex Brown", (string)item["recipient"]!);
        Assert.False((bool)item["issuedExternally"]!);
        var response = await _admin.GetAsync($"/api/v1/complaints/{id}/letters/{item["id"]}/pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((string)item["sha256"]!, Convert.ToHexStringLower(SHA256.HashData(pdf)));

        var text = PdfText(pdf);
        Assert.Contains((string)view["reference"]!, text, StringComparison.Ordinal);
        Assert.Contains("Repair outstanding after three visits", text, StringComparison.Ordinal);
        Assert.Contains("Missed appointments", text, StringComparison.Ordinal);
        Assert.Contains("Compensation", text, StringComparison.Ordinal);
        Assert.Contains("8 January 2026", text, StringComparison.Ordinal); // respondBy 2026-01-08, in words
        Assert.Equal("2026-01-08", (string)view["stages"]![0]!["respondBy"]!);
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Contains("received your complaint", document.Information.Title, StringComparison.Ordinal);
        }

        var detail = await _admin.Get($"/api/v1/complaints/{id}/letters/{item["id"]}");
        Assert.Contains("Repair outstanding after three visits", (string)detail["text"]!, StringComparison.Ordinal);
        Assert.Contains("<li>Missed appointments</li>", (string)detail["html"]!, StringComparison.Ordinal);
        Assert.Contains(factory.Query(db => db.AuditEvents.Where(e => e.ComplaintId == Guid.Parse(id)).Select(e => e.Action).ToList()), a => a == "complaint.letter-issued");
    }

    [Fact]
    [Trait("Code", "5.9")]
    public async Task Extension_WithoutAnUpdateInterval_Refused422_NothingRecordedOrIssued()
    {
        var (id, view) = await Acknowledged();

        var problem = await (await _admin.Post($"/api/v1/complaints/{id}/extensions",
                new { workingDays = 5, reason = "Waiting for the surveyor", notifiedOn = "2026-01-05", updateIntervalWorkingDays = (int?)null }))
            .ExpectProblem(HttpStatusCode.UnprocessableEntity, "update-interval-required");

        Assert.NotNull(problem["errors"]!["updateIntervalWorkingDays"]);
        var after = await _admin.Get($"/api/v1/complaints/{id}");
        Assert.Equal((string)view["stages"]![0]!["respondBy"]!, (string)after["stages"]![0]!["respondBy"]!);
        Assert.Empty(after["stages"]![0]!["extensions"]!.AsArray());
        Assert.Single((await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray());
    }

    [Fact]
    [Trait("Code", "6.5")]
    [Trait("Code", "6.9")]
    public async Task ExtensionAndResponse_LettersCarryTheOmbudsmanAndEveryResponseItem()
    {
        var (id, _) = await Acknowledged();
        await (await _admin.Post($"/api/v1/complaints/{id}/extensions",
            new { workingDays = 5, reason = "Waiting for the surveyor", notifiedOn = "2026-01-05", updateIntervalWorkingDays = 3 })).Expect(HttpStatusCode.OK);
        await (await _admin.Post($"/api/v1/complaints/{id}/response", Api.Response("2026-01-09"))).Expect(HttpStatusCode.OK);

        var items = (await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray();
        Assert.Equal(["acknowledgement", "extension", "response"], items.Select(i => (string)i!["kind"]!));
        var extension = PdfText(await _admin.GetByteArrayAsync($"/api/v1/complaints/{id}/letters/{items[1]!["id"]}/pdf"));
        Assert.Contains("0300 111 3000", extension, StringComparison.Ordinal);
        Assert.Contains("3 working days", extension, StringComparison.Ordinal);
        Assert.Contains("Waiting for the surveyor", extension, StringComparison.Ordinal);
        var response = PdfText(await _admin.GetByteArrayAsync($"/api/v1/complaints/{id}/letters/{items[2]!["id"]}/pdf"));
        foreach (var said in new[] { "stage 1", "partly upheld", "We found fault with the repair service.", "Compensation for missed appointments", "£150.00", "Complete the repair", "stage 2" })
        {
            Assert.Contains(said, response, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Code", "5.9")]
    public async Task Update_AtTheAgreedInterval_IssuesItsLetter_AndTheNextIsDueAfterIt()
    {
        var (id, _) = await Acknowledged();
        var extended = await (await _admin.Post($"/api/v1/complaints/{id}/extensions",
            new { workingDays = 5, reason = "Waiting for the surveyor", notifiedOn = "2026-01-05", updateIntervalWorkingDays = 3 })).Expect(HttpStatusCode.OK);
        Assert.Equal("2026-01-08", (string)extended["nextUpdateOn"]!);
        Assert.Contains("send-update", extended["allowedActions"]!.AsArray().Select(a => (string)a!));

        var view = await (await _admin.Post($"/api/v1/complaints/{id}/updates", new { sentOn = "2026-01-07", progress = "The surveyor visited on 6 January." }))
            .Expect(HttpStatusCode.OK);

        var update = Assert.Single(view["updates"]!.AsArray())!;
        Assert.Equal("2026-01-08", (string)update["dueOn"]!);
        Assert.True((bool)update["onTime"]!);
        Assert.Equal("2026-01-12", (string)update["nextUpdateOn"]!);
        Assert.Equal("2026-01-12", (string)view["nextUpdateOn"]!);
        var items = (await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray();
        Assert.Equal("update", (string)items[^1]!["kind"]!);
        var text = PdfText(await _admin.GetByteArrayAsync($"/api/v1/complaints/{id}/letters/{items[^1]!["id"]}/pdf"));
        foreach (var said in new[] { "The surveyor visited on 6 January.", "15 January 2026", "12 January 2026", (string)view["reference"]! })
        {
            Assert.Contains(said, text, StringComparison.Ordinal);
        }
        Assert.Contains(factory.Query(db => db.AuditEvents.Where(e => e.ComplaintId == Guid.Parse(id)).Select(e => e.Action).ToList()), a => a == "complaint.update-sent");
    }

    [Fact]
    [Trait("Code", "5.9")]
    public async Task Update_PromisingTheNextLaterThanTheInterval_Refused422_NothingRecordedOrIssued()
    {
        var (id, _) = await Acknowledged();
        await (await _admin.Post($"/api/v1/complaints/{id}/extensions",
            new { workingDays = 5, reason = "Waiting for the surveyor", notifiedOn = "2026-01-05", updateIntervalWorkingDays = 3 })).Expect(HttpStatusCode.OK);

        var problem = await (await _admin.Post($"/api/v1/complaints/{id}/updates", new { sentOn = "2026-01-07", progress = "News", nextUpdateOn = "2026-01-20" }))
            .ExpectProblem(HttpStatusCode.UnprocessableEntity, "update-interval-exceeded");
        var missing = await (await _admin.Post($"/api/v1/complaints/{id}/updates", new { sentOn = "2026-01-07" }))
            .ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");

        Assert.NotNull(problem["errors"]!["nextUpdateOn"]);
        Assert.NotNull(missing["errors"]!["progress"]);
        var after = await _admin.Get($"/api/v1/complaints/{id}");
        Assert.Empty(after["updates"]!.AsArray());
        Assert.Equal("2026-01-08", (string)after["nextUpdateOn"]!);
        Assert.Equal(2, (await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray().Count);
    }

    [Fact]
    [Trait("Code", "6.6")]
    public async Task OutstandingActions_UpdateDueByTheActionsDate_ToldByPhone_CountedLateInTheMeasures()
    {
        var (id, _) = await Acknowledged();
        var responded = await (await _admin.Post($"/api/v1/complaints/{id}/response", Api.Response("2026-01-06"))).Expect(HttpStatusCode.OK);
        Assert.Equal("2026-02-03", (string)responded["nextUpdateOn"]!); // "Complete the repair" is due 28 days after the response

        var view = await (await _admin.Post($"/api/v1/complaints/{id}/updates",
            new { sentOn = "2026-02-05", progress = "The parts are on order.", nextUpdateOn = "2026-02-12", letter = new { issuedExternally = true, reference = "Phone call" } }))
            .Expect(HttpStatusCode.OK);

        var update = Assert.Single(view["updates"]!.AsArray())!;
        Assert.False((bool)update["onTime"]!);
        Assert.Equal(["outstandingActions"], update["about"]!.AsArray().Select(a => (string)a!));
        var letter = (await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray()[^1]!;
        Assert.Equal(("update", "external"), ((string)letter["kind"]!, (string)letter["delivery"]!));
        var measures = await _admin.Get("/api/v1/reports/measures?from=2026-01-01&to=2026-03-31");
        Assert.True((int)measures["updates"]!["late"]!["value"]! >= 1);
        var behind = await _admin.Get("/api/v1/reports/measures/complaints?measure=updates-late&from=2026-01-01&to=2026-03-31");
        Assert.Contains(behind["items"]!.AsArray(), c => (string)c!["id"]! == id);
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task IssuedExternally_RecordedWithItsReference_NoPdfAndNothingEmailed()
    {
        var (id, _) = await Acknowledged(new { issuedExternally = true, reference = "HMS-LTR-42" });

        var item = Assert.Single((await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray())!;
        Assert.Equal("external", (string)item["delivery"]!);
        Assert.True((bool)item["issuedExternally"]!);
        Assert.Equal("HMS-LTR-42", (string)item["externalReference"]!);
        Assert.Null(item["sha256"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/api/v1/complaints/{id}/letters/{item["id"]}/pdf")).StatusCode);
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task IssuedLetter_CannotBeChangedOrDeleted()
    {
        var (id, _) = await Acknowledged();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.RedressDbContext>();
        var letter = await db.Letters.SingleAsync(l => l.ComplaintId == Guid.Parse(id));

        letter.Text = "Something else";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.Letters.Remove(await db.Letters.SingleAsync(l => l.ComplaintId == Guid.Parse(id)));
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Theory]
    [Trait("Code", "5.10")]
    [InlineData("LargePrint")]
    [InlineData("Braille")]
    public async Task AdjustmentForLetters_LargePrintSetInLargeType_OtherFormatsRecordedAsRequested(string format)
    {
        var id = (string)(await (await _admin.Post("/api/v1/complaints", Api.Complaint())).Expect(HttpStatusCode.Created))["id"]!;
        var resident = (string)(await _admin.Get($"/api/v1/complaints/{id}"))["resident"]!["id"]!;
        var handler = await PageSession.SignInAsync(factory, $"Fay Format {format}", "handler");
        await handler.SubmitFollowAsync($"/residents/{resident}/needs/new", new()
        {
            ["Kind"] = "ReasonableAdjustment", ["Details"] = "Letters in an accessible format", ["LetterFormat"] = format,
            ["ReviewOn.Day"] = "31", ["ReviewOn.Month"] = "12", ["ReviewOn.Year"] = "2026",
        });

        await (await _admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler.UserId, definition = Api.Definition() })).Expect(HttpStatusCode.OK);

        var letter = Assert.Single(factory.Query(db => db.Letters.Where(l => l.ComplaintId == Guid.Parse(id)).ToList()));
        using var pdf = PdfDocument.Open(letter.Pdf!);
        var bodySize = pdf.GetPage(1).Letters.Where(l => l.Value != " ").GroupBy(l => Math.Round(l.PointSize)).MaxBy(g => g.Count())!.Key;
        if (format == "LargePrint")
        {
            Assert.True(letter.LargePrint);
            Assert.True(bodySize >= 16, $"the body text is {bodySize} pt");
        }
        else
        {
            Assert.False(letter.LargePrint);
            Assert.Equal(Domain.Letters.LetterFormat.Braille, letter.FormatRequested);
            Assert.True(bodySize < 16, $"the body text is {bodySize} pt");
            var page = await handler.GetAsync($"/complaints/{id}");
            Assert.Contains("Braille requested", page.QuerySelector("#letters ~ * .govuk-tag, .govuk-tag--yellow")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Code", "5.10")]
    public async Task BrailleCopy_ATaskInMyWork_UntilRecordedAsSentOnce()
    {
        var id = (string)(await (await _admin.Post("/api/v1/complaints", Api.Complaint())).Expect(HttpStatusCode.Created))["id"]!;
        var resident = (string)(await _admin.Get($"/api/v1/complaints/{id}"))["resident"]!["id"]!;
        var handler = await PageSession.SignInAsync(factory, "Bea Braille", "handler");
        await handler.SubmitFollowAsync($"/residents/{resident}/needs/new", new()
        {
            ["Kind"] = "ReasonableAdjustment", ["Details"] = "Letters in Braille", ["LetterFormat"] = "Braille",
            ["ReviewOn.Day"] = "31", ["ReviewOn.Month"] = "12", ["ReviewOn.Year"] = "2026",
        });
        await (await _admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler.UserId, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        var letterId = (string)(await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]![0]!["id"]!;

        var task = (await handler.GetAsync("/work")).QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/complaints/{id}/letters/{letterId}");
        Assert.Equal("Letter format: send the Braille copy of \"We have received your complaint\"", task.TextContent.Trim());
        var before = await _admin.Post($"/api/v1/complaints/{id}/letters/{letterId}/format-sent", new { sentOn = "2026-06-29" }); // the letter was issued today, 30 June 2026
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/letters/{letterId}?handler=FormatSent",
            new() { ["FormatSentOn.Day"] = "30", ["FormatSentOn.Month"] = "6", ["FormatSentOn.Year"] = "2026" });
        var again = await _admin.Post($"/api/v1/complaints/{id}/letters/{letterId}/format-sent", new { sentOn = "2026-06-30" });

        Assert.NotNull((await before.ExpectProblem(HttpStatusCode.UnprocessableEntity, "date-out-of-order"))["errors"]!["sentOn"]);
        Assert.Equal("Recorded: the Braille copy was sent on 30 June 2026.", done.Banner());
        await again.ExpectProblem(HttpStatusCode.UnprocessableEntity, "letter-format-already-sent");
        Assert.Equal("2026-06-30", (string)(await _admin.Get($"/api/v1/complaints/{id}/letters/{letterId}"))["formatSentOn"]!);
        Assert.DoesNotContain((await handler.GetAsync("/work")).QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/complaints/{id}/letters/{letterId}");
        Assert.Contains(factory.Query(db => db.AuditEvents.Where(e => e.ComplaintId == Guid.Parse(id)).Select(e => e.Action).ToList()), a => a == "complaint.letter-format-sent");
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task NoEmailAddress_LetterForPost_PostingRecordedOnceOnARealDate()
    {
        var id = (string)(await (await _admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2025-12-19", channel = "letter", description = "The repair is not done.", issueOccurredOn = "2025-11-30", category = "repairs",
            resident = new { name = "Pat Post", address = "2 Low Road, Town, AB1 3CD", tenure = "lcra" },
        })).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await PageSession.SignInAsync(factory, "Pia Poster", "handler");
        await (await _admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler.UserId, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        var item = Assert.Single((await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray())!;
        Assert.Equal("post", (string)item["delivery"]!);
        Assert.StartsWith("To post", (string)item["status"]!, StringComparison.Ordinal);
        var url = $"/api/v1/complaints/{id}/letters/{item["id"]}/posting";

        // Issued today (the clock's 30 June 2026), whatever date the acknowledgement itself was recorded for.
        await (await _admin.Post(url, new { postedOn = "2026-06-29" })).ExpectProblem(HttpStatusCode.UnprocessableEntity, "date-out-of-order");
        await (await _admin.Post(url, new { postedOn = "2026-07-01" })).ExpectProblem(HttpStatusCode.UnprocessableEntity, "date-in-future");
        var page = await handler.GetAsync($"/complaints/{id}/letters/{item["id"]}");
        Assert.NotNull(page.QuerySelector("#postedOn-month"));
        var posted = await handler.SubmitFollowAsync($"/complaints/{id}/letters/{item["id"]}?handler=Posted",
            new() { ["PostedOn.Day"] = "30", ["PostedOn.Month"] = "6", ["PostedOn.Year"] = "2026" });

        Assert.Equal("Recorded as posted on 30 June 2026.", posted.Banner());
        Assert.Equal("Posted on 30 June 2026", posted.Row("How it went"));
        Assert.Null(posted.QuerySelector("#postedOn-month"));
        await (await _admin.Post(url, new { postedOn = "2026-06-30" })).ExpectProblem(HttpStatusCode.UnprocessableEntity, "letter-already-posted");
        Assert.Single(factory.Query(db => db.AuditEvents.Where(e => e.Action == "complaint.letter-posted" && e.ComplaintId == Guid.Parse(id)).ToList()));
    }

    [Fact]
    public async Task EmailedLetter_Posting_Refused()
    {
        var (id, _) = await Acknowledged();
        var item = Assert.Single((await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray())!;

        await (await _admin.Post($"/api/v1/complaints/{id}/letters/{item["id"]}/posting", new { postedOn = "2026-06-30" }))
            .ExpectProblem(HttpStatusCode.UnprocessableEntity, "letter-not-for-post");
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task EvidenceBundle_PdfListsEveryLetterWithItsHash_ZipHoldsTheLettersAsStored()
    {
        var (id, view) = await Acknowledged();
        await (await _admin.Post($"/api/v1/complaints/{id}/response", Api.Response("2026-01-09"))).Expect(HttpStatusCode.OK);
        await (await _admin.Post($"/api/v1/complaints/{id}/updates", new { sentOn = "2026-02-10", progress = "The contractor is booked.", nextUpdateOn = "2026-02-20" })).Expect(HttpStatusCode.OK);
        var letters = (await _admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray();

        var pdf = await _admin.GetAsync($"/api/v1/complaints/{id}/evidence.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Complaint {view["reference"]}: the whole record", text, StringComparison.Ordinal);
        Assert.Contains("My repair has not been done after three visits.", text, StringComparison.Ordinal);
        Assert.Contains("Compensation for missed appointments", text, StringComparison.Ordinal);
        Assert.Contains("Update sent 10 February 2026 (stage 1; due 6 February 2026, late): The contractor is booked.", text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        foreach (var letter in letters)
        {
            Assert.Contains((string)letter!["sha256"]!, text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var zip = await _admin.GetAsync($"/api/v1/complaints/{id}/evidence.zip");
        using var archive = new System.IO.Compression.ZipArchive(await zip.Content.ReadAsStreamAsync());
        var hashes = new List<string>();
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("letters/", StringComparison.Ordinal)))
        {
            using var content = new MemoryStream();
            await using (var stream = await entry.OpenAsync())
            {
                await stream.CopyToAsync(content);
            }
            hashes.Add(Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
        }
        Assert.Equal(letters.Select(l => (string)l!["sha256"]!), hashes);
        Assert.Contains(archive.Entries, e => e.FullName.EndsWith("record.pdf", StringComparison.Ordinal));
        Assert.Equal(2, factory.Query(db => db.AuditEvents.Count(e => e.ComplaintId == Guid.Parse(id) && e.Action == "complaint.evidence-exported")));
    }

    [Fact]
    public async Task Letters_OfAnUnknownComplaint_404()
    {
        await (await _admin.GetAsync($"/api/v1/complaints/{Guid.NewGuid()}/letters")).ExpectProblem(HttpStatusCode.NotFound, "not-found");
    }
}

[Trait("Database", "SQLite")]
public sealed class LetterApiSqliteTests(SqliteFactory factory) : LetterApiTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class LetterApiPostgresTests(PostgresFactory factory) : LetterApiTests<PostgresFactory>(factory);

/// <summary>Letters by email through a real SMTP server: the PDF attached is the one stored. Both databases.</summary>
public abstract class LetterMailTests<TFactory> where TFactory : RedressFactory, new()
{
    [Fact]
    [Trait("Code", "5.12")]
    public async Task IssuedLetter_EmailedOnceWithTheStoredPdf()
    {
        using var smtp = new SmtpSink();
        using var factory = new TFactory();
        smtp.Configure(factory);
        var admin = factory.AdminClient();
        var id = (string)(await (await admin.Post("/api/v1/complaints", Api.Complaint())).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await admin.CreateUser("Mo Mail", "handler");
        await (await admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        var mail = factory.Services.GetRequiredService<LetterMail>();

        var sent = await mail.SendDueAsync(CancellationToken.None);
        var again = await mail.SendDueAsync(CancellationToken.None);

        Assert.Equal([1, 0], new[] { sent, again });
        var message = Assert.Single(smtp.Messages);
        Assert.Equal("alex@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains("Repair outstanding after three visits", message.TextBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimeKit.MimePart>(Assert.Single(message.Attachments));
        using var bytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(bytes);
        var item = Assert.Single((await admin.Get($"/api/v1/complaints/{id}/letters"))["items"]!.AsArray())!;
        Assert.Equal((string)item["sha256"]!, Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray())));
        Assert.NotNull(item["emailedAt"]);
    }
}

[Trait("Database", "SQLite")]
public sealed class LetterMailSqliteTests : LetterMailTests<SqliteFactory>;

[Trait("Database", "PostgreSQL")]
public sealed class LetterMailPostgresTests : LetterMailTests<PostgresFactory>;
