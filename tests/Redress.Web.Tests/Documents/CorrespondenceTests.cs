using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Redress.Web.Tests;

/// <summary>Code 5.12: correspondence with files, through the API and the complaint's pages, on both databases.</summary>
public abstract class CorrespondenceTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private async Task<string> ComplaintAsync() =>
        (string)(await (await factory.AdminClient().Post("/api/v1/complaints", Api.Complaint("2026-06-22"))).Expect(HttpStatusCode.Created))["id"]!;

    private static MultipartFormDataContent Form(string summary, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("in"), "direction" },
            { new StringContent("email"), "kind" },
            { new StringContent("resident"), "party" },
            { new StringContent("2026-06-29"), "occurredOn" },
            { new StringContent(summary), "summary" },
        };
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", name);
        }
        return form;
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task Record_WithAFile_ListedAuditedAndDownloadedByteForByte()
    {
        var admin = factory.AdminClient();
        var id = await ComplaintAsync();
        var photo = RandomNumberGenerator.GetBytes(150_000);

        var created = await (await admin.PostAsync($"/api/v1/complaints/{id}/correspondence", Form("Photos of the damp", ("damp wall.jpg", photo)))).Expect(HttpStatusCode.Created);
        var list = await admin.Get($"/api/v1/complaints/{id}/correspondence");
        var attachment = list[0]!["attachments"]![0]!;
        var download = await admin.GetAsync($"/api/v1/complaints/{id}/attachments/{(string)attachment["id"]!}");

        Assert.Equal("Photos of the damp", (string)created["summary"]!);
        Assert.Equal("damp wall.jpg", (string)attachment["fileName"]!);
        Assert.Equal("image/jpeg", (string)attachment["contentType"]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), (string)attachment["sha256"]!);
        Assert.Equal(photo, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.ComplaintId == Guid.Parse(id) && e.Action == "complaint.correspondence-recorded")));
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task Record_AnHtmlFile_RefusedNamingTheField_NothingSaved()
    {
        var admin = factory.AdminClient();
        var id = await ComplaintAsync();

        var response = await admin.PostAsync($"/api/v1/complaints/{id}/correspondence", Form("Page", ("page.html", Encoding.UTF8.GetBytes("<script>alert(1)</script>"))));

        var problem = await response.ExpectProblem(HttpStatusCode.BadRequest, "invalid-input");
        Assert.Contains("page.html must be one of these kinds of file", (string)problem["errors"]!["attachments"]![0]!, StringComparison.Ordinal);
        Assert.Equal(0, factory.Query(db => db.Correspondence.Count(c => c.ComplaintId == Guid.Parse(id))));
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task RecordJson_FutureDate_RefusedAtTheField()
    {
        var admin = factory.AdminClient();
        var id = await ComplaintAsync();

        var response = await admin.Post($"/api/v1/complaints/{id}/correspondence", new { direction = "out", kind = "call", party = "contractor", partyName = "Acme Roofing", occurredOn = "2026-07-01", summary = "Chased the visit" });

        var problem = await response.ExpectProblem(HttpStatusCode.UnprocessableEntity, "date-in-future");
        Assert.NotNull(problem["errors"]!["occurredOn"]);
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task Page_RecordACallWithAFile_ShownOnTheComplaintWithItsLink()
    {
        var id = await ComplaintAsync();
        var handler = await PageSession.SignInAsync(factory, "Corr Handler", "handler");
        var form = await handler.GetAsync($"/complaints/{id}/correspondence/new");
        var post = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("Out"), "Direction" }, { new StringContent("Call"), "Kind" }, { new StringContent("Contractor"), "Party" },
            { new StringContent("Acme Roofing"), "PartyName" },
            { new StringContent("30"), "OccurredOn.Day" }, { new StringContent("6"), "OccurredOn.Month" }, { new StringContent("2026"), "OccurredOn.Year" },
            { new StringContent("Visit booked for 3 July"), "Summary" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Job sheet 4471")), "Files", "job sheet.txt" },
        };

        var response = await handler.Client.PostAsync($"/complaints/{id}/correspondence/new", post);
        var page = await handler.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Call recorded with 1 file.", page.Banner());
        var row = page.QuerySelector("#correspondence + .redress-table-scroll table tbody tr")!;
        Assert.Contains("Call to Acme Roofing", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Recorded by Corr Handler", row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a")!;
        Assert.Equal("job sheet.txt", link.TextContent);
        Assert.Equal("Job sheet 4471", await handler.Client.GetStringAsync(link.GetAttribute("href")));
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task Page_NothingChosen_ErrorsAtEachField()
    {
        var id = await ComplaintAsync();
        var handler = await PageSession.SignInAsync(factory, "Corr Handler Two", "handler");

        var page = await handler.SubmitRefusedAsync($"/complaints/{id}/correspondence/new", new() { ["Summary"] = "x" });

        Assert.Equal(["direction", "kind", "party", "occurredOn"], page.Errors().Select(e => e.Field));
    }
}

[Trait("Database", "SQLite")]
public sealed class CorrespondenceSqliteTests(SqliteFactory factory) : CorrespondenceTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class CorrespondencePostgresTests(PostgresFactory factory) : CorrespondenceTests<PostgresFactory>(factory);
