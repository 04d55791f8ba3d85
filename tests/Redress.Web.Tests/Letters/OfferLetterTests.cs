using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using UglyToad.PdfPig;

namespace Redress.Web.Tests;

/// <summary>
/// The letter on how to complain, after feedback or a service request shows a resident is unhappy (Code 1.5, 1.6,
/// 3.7): through the API and the pages, kept as sent. Both databases; this class's own settings give the ways to complain.
/// </summary>
public abstract class OfferLetterTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private readonly HttpClient _admin = factory.AdminClient();

    private async Task WaysToComplainAsync() =>
        await (await _admin.PutJson("/api/v1/settings", new { landlordTelephone = "0161 496 0000", landlordEmail = "complaints@example.org" })).Expect(HttpStatusCode.OK);

    private async Task<string> ResidentAsync(string name, string? email = "pat@example.org")
    {
        var complaint = await (await _admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-22", channel = "email", description = "d", category = "repairs",
            resident = new { name, email, address = "2 Low Road, Town, AB1 2CD", tenure = "lcra" },
        })).Expect(HttpStatusCode.Created);
        return (string)complaint["resident"]!["id"]!;
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    [Trait("Code", "1.6")]
    [Trait("Code", "3.7")]
    public async Task Feedback_OfferLetterSent_SaysHowToComplainAndTheOmbudsman_FeedbackRecordsTheyWereTold()
    {
        await WaysToComplainAsync();
        var resident = await ResidentAsync("Pat Survey");
        var feedback = await (await _admin.Post("/api/v1/feedback", new
        {
            receivedOn = "2026-06-20", source = "Repairs survey, June 2026", residentId = resident,
            dissatisfaction = "Nobody told me when the plumber was coming.", toldHowToComplain = false, howTold = "Not yet",
        })).Expect(HttpStatusCode.Created);
        var id = (string)feedback["id"]!;

        var letter = await (await _admin.Post($"/api/v1/feedback/{id}/offer-letter", new { })).Expect(HttpStatusCode.Created);

        Assert.Equal(("offerToComplain", "email", "Pat Survey"), ((string)letter["kind"]!, (string)letter["delivery"]!, (string)letter["recipient"]!));
        var pdf = await _admin.GetByteArrayAsync($"/api/v1/feedback/{id}/letters/{letter["id"]}/pdf");
        Assert.Equal((string)letter["sha256"]!, Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var text = PdfText(pdf);
        foreach (var said in new[] { "Nobody told me when the plumber was coming.", "0161 496 0000", "complaints@example.org", "Housing Ombudsman", "0300 111 3000" })
        {
            Assert.Contains(said, text, StringComparison.Ordinal);
        }
        var after = await _admin.Get($"/api/v1/feedback/{id}");
        Assert.True((bool)after["toldHowToComplain"]!);
        Assert.Single((await _admin.Get($"/api/v1/feedback/{id}/letters"))["items"]!.AsArray());
        Assert.Contains(factory.Query(db => db.AuditEvents.Where(e => e.EntityId == id).Select(e => e.Action).ToList()), a => a == "feedback.offer-to-complain-sent");
    }

    [Fact]
    [Trait("Code", "1.6")]
    public async Task AnonymousFeedback_NoOneToWriteTo_Refused422()
    {
        var feedback = await (await _admin.Post("/api/v1/feedback", new
        {
            receivedOn = "2026-06-20", source = "Estate survey", personName = "Anonymous", dissatisfaction = "Bins", toldHowToComplain = false, howTold = "Anonymous survey",
        })).Expect(HttpStatusCode.Created);

        var problem = await (await _admin.Post($"/api/v1/feedback/{feedback["id"]}/offer-letter", new { })).ExpectProblem(HttpStatusCode.UnprocessableEntity, "offer-needs-resident");

        Assert.NotNull(problem["errors"]!["residentId"]);
        Assert.Empty((await _admin.Get($"/api/v1/feedback/{feedback["id"]}/letters"))["items"]!.AsArray());
    }

    [Fact]
    [Trait("Code", "1.5")]
    public async Task ServiceRequest_OfferShownBeforeItGoes_ThenSentForPost_ListedOnTheRequest()
    {
        await WaysToComplainAsync();
        var resident = await ResidentAsync("Sam Request", email: null);
        var request = await (await _admin.Post("/api/v1/service-requests", new
        {
            residentId = resident, receivedOn = "2026-06-22", channel = "phone", description = "Fix the leaking kitchen tap", category = "repairs",
        })).Expect(HttpStatusCode.Created);
        var id = (string)request["id"]!;
        var handler = await PageSession.SignInAsync(factory, $"Offer Handler {Guid.NewGuid().ToString("N")[..6]}", "handler");

        var page = await handler.GetAsync($"/service-requests/{id}");
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Send them how to complain").GetAttribute("href")!;
        var check = await handler.GetAsync(link);
        var shown = check.QuerySelector(".redress-letter")!.TextContent;
        Assert.Contains((string)request["reference"]!, shown, StringComparison.Ordinal);
        Assert.Contains("keep working on your request", shown, StringComparison.Ordinal);
        Assert.Empty(factory.Query(db => db.Letters.Where(l => l.ServiceRequestId == Guid.Parse(id)).ToList()));
        var done = await handler.SubmitFollowAsync(link, new());

        Assert.Equal("The letter on how to complain is ready to post to Sam Request: print its PDF and post it.", done.Banner());
        var item = done.QuerySelector("#letters + ul li")!;
        Assert.Contains("How to make a complaint", item.TextContent, StringComparison.Ordinal);
        var pdf = await handler.Client.GetAsync(item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var stored = Assert.Single(factory.Query(db => db.Letters.Where(l => l.ServiceRequestId == Guid.Parse(id)).ToList()));
        Assert.Equal(stored.Pdf, await pdf.Content.ReadAsByteArrayAsync());
        Assert.Null(stored.ComplaintId);
    }
}

[Trait("Database", "SQLite")]
public sealed class OfferLetterSqliteTests(SqliteFactory factory) : OfferLetterTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class OfferLetterPostgresTests(PostgresFactory factory) : OfferLetterTests<PostgresFactory>(factory);
