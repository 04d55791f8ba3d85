using System.Net;
using System.Security.Cryptography;
using Redress.Domain.Letters;
using Redress.Web.Letters;

namespace Redress.Web.Tests;

/// <summary>
/// An administrator changes the wording of letters: a template that leaves out what the Code requires, names a
/// field letters lack, or does not parse is refused with every problem; a good one is used from then on, and
/// letters already issued stay exactly as they were. Both databases.
/// </summary>
public abstract class TemplatePageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private HttpClient Admin => factory.AdminClient();

    private static string Shipped(LetterKind kind) => LetterComposer.DefaultSource(kind);

    private async Task<(PageSession Session, string Version)> EditorAsync(string kind)
    {
        var session = await PageSession.SignInAsync(factory, $"Template Admin {Guid.NewGuid().ToString("N")[..6]}", "admin");
        var page = await session.GetAsync($"/admin/letters/{kind}");
        return (session, page.QuerySelector("input[name=Version]")!.GetAttribute("value")!);
    }

    [Fact]
    [Trait("Code", "6.5")]
    public async Task ExtensionTemplate_WithoutTheOmbudsmansTelephone_RefusedNamingIt_NothingSaved()
    {
        var (session, version) = await EditorAsync("extension");
        var without = Shipped(LetterKind.Extension).Replace("- Telephone: {{ ombudsman.telephone }}\n", "", StringComparison.Ordinal);

        var page = await session.SubmitRefusedAsync("/admin/letters/extension?handler=Save", new() { ["Source"] = without, ["Version"] = version });

        Assert.Contains(page.Errors(), e => e.Message.Contains("the Housing Ombudsman's telephone number (Code 6.5)", StringComparison.Ordinal));
        Assert.Equal(without.ReplaceLineEndings(), page.QuerySelector("textarea")!.TextContent.ReplaceLineEndings().TrimStart('\n'));
        Assert.Empty(factory.Query(db => db.LetterTemplates.ToList()));
    }

    [Fact]
    [Trait("Code", "6.9")]
    public async Task ResponseTemplate_UnknownFieldAndMissingDecision_EveryProblemWithItsLine()
    {
        var (session, version) = await EditorAsync("response");
        var broken = Shipped(LetterKind.Response)
            .Replace("{{ response.decision }}", "{{ response.descision }}", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("descision", StringComparison.Ordinal)) + 1;

        var page = await session.SubmitRefusedAsync("/admin/letters/response?handler=Save", new() { ["Source"] = broken, ["Version"] = version });

        var messages = page.Errors().Select(e => e.Message).ToList();
        Assert.Contains($"Line {line}: letters have no field 'response.descision'", messages);
        Assert.Contains(messages, m => m.Contains("the decision on the complaint (Code 6.9 c)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("(Code 6.19 c)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Template_ThatDoesNotParse_RefusedWithTheParsersPlace()
    {
        var (session, version) = await EditorAsync("acknowledgement");

        var page = await session.SubmitRefusedAsync("/admin/letters/acknowledgement?handler=Save",
            new() { ["Source"] = Shipped(LetterKind.Acknowledgement) + "\n{% if complaint.stage == 1 %}unclosed", ["Version"] = version });

        Assert.Contains(page.Errors(), e => e.Message.StartsWith("The template cannot be read:", StringComparison.Ordinal));
        Assert.Empty(factory.Query(db => db.LetterTemplates.ToList()));
    }

    [Fact]
    public async Task Preview_OnARealComplaint_ShowsItsLetter_AndWhatItWouldLackThere_UnknownReferenceNamed()
    {
        var view = await (await Admin.Post("/api/v1/complaints", Api.Complaint())).Expect(HttpStatusCode.Created);
        var (id, reference) = ((string)view["id"]!, (string)view["reference"]!);
        var handler = await Admin.CreateUser("Pia Preview", "handler");
        await (await Admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        var (session, version) = await EditorAsync("acknowledgement");

        var real = await session.SubmitRefusedAsync("/admin/letters/acknowledgement?handler=Preview",
            new() { ["Source"] = Shipped(LetterKind.Acknowledgement), ["Version"] = version, ["PreviewReference"] = reference.ToLowerInvariant() });
        var extension = await session.SubmitRefusedAsync("/admin/letters/extension?handler=Preview",
            new() { ["Source"] = Shipped(LetterKind.Extension), ["Version"] = "\"0\"", ["PreviewReference"] = reference });
        var unknown = await session.SubmitRefusedAsync("/admin/letters/acknowledgement?handler=Preview",
            new() { ["Source"] = Shipped(LetterKind.Acknowledgement), ["Version"] = version, ["PreviewReference"] = "CMP-1999-999999" });

        Assert.Equal($"Preview on {reference}", real.QuerySelector("#preview")!.TextContent.Trim());
        Assert.Contains("Alex Brown", real.QuerySelector(".redress-letter")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pia Preview", real.QuerySelector(".redress-letter")!.TextContent, StringComparison.Ordinal);
        Assert.Null(real.QuerySelector(".govuk-inset-text"));
        // Never extended: its extension letter could not say the new date.
        Assert.Contains("the new date the response is due", extension.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(unknown.Errors(), e => e.Field == "previewReference" && e.Message.StartsWith("There is no complaint with the reference CMP-1999-999999", StringComparison.Ordinal));
        Assert.Equal("Preview on a sample complaint", unknown.QuerySelector("#preview")!.TextContent.Trim());
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task Template_Changed_NextLetterUsesIt_EarlierLetterKeepsItsBytesAndHash_ThenReset()
    {
        var id = (string)(await (await Admin.Post("/api/v1/complaints", Api.Complaint())).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await Admin.CreateUser("Tess Template", "handler");
        await (await Admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2025-12-22", handlerId = handler, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        var before = Assert.Single(factory.Query(db => db.Letters.Where(l => l.ComplaintId == Guid.Parse(id)).ToList()));
        var (session, version) = await EditorAsync("extension");
        var changed = Shipped(LetterKind.Extension).Replace("We are sorry, but", "We apologise:", StringComparison.Ordinal);

        var preview = await session.SubmitRefusedAsync("/admin/letters/extension?handler=Preview", new() { ["Source"] = changed, ["Version"] = version });
        Assert.Contains("We apologise:", preview.QuerySelector(".redress-letter")!.TextContent, StringComparison.Ordinal);
        var saved = await session.SubmitFollowAsync("/admin/letters/extension?handler=Save", new() { ["Source"] = changed, ["Version"] = version });
        Assert.Contains("letters sent from now use it", saved.Banner(), StringComparison.Ordinal);
        await (await Admin.Post($"/api/v1/complaints/{id}/extensions", new { workingDays = 5, reason = "Parts", notifiedOn = "2026-01-05", updateIntervalWorkingDays = 5 })).Expect(HttpStatusCode.OK);

        var letters = factory.Query(db => db.Letters.Where(l => l.ComplaintId == Guid.Parse(id)).OrderBy(l => l.Number).ToList());
        Assert.Contains("We apologise:", letters[1].Text, StringComparison.Ordinal);
        Assert.Equal([0, 1], letters.Select(l => l.TemplateVersion ?? -1)); // the shipped wording, then the first saved version
        Assert.Equal(before.Pdf, letters[0].Pdf);
        Assert.Equal(before.Sha256, Convert.ToHexStringLower(SHA256.HashData(letters[0].Pdf!)));
        Assert.Contains(factory.Query(db => db.AuditEvents.Where(e => e.Action == "letter-template.changed").Select(e => e.Changes).ToList()), c => c.Contains("We apologise:", StringComparison.Ordinal));

        var current = await session.GetAsync("/admin/letters/extension");
        var reset = await session.SubmitFollowAsync("/admin/letters/extension?handler=Reset", new() { ["Source"] = changed, ["Version"] = current.QuerySelector("input[name=Version]")!.GetAttribute("value")! });
        Assert.Contains("back to the shipped wording", reset.Banner(), StringComparison.Ordinal);
        Assert.Empty(factory.Query(db => db.LetterTemplates.ToList()));
    }
}

[Trait("Database", "SQLite")]
public sealed class TemplatePageSqliteTests(SqliteFactory factory) : TemplatePageTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class TemplatePagePostgresTests(PostgresFactory factory) : TemplatePageTests<PostgresFactory>(factory);
