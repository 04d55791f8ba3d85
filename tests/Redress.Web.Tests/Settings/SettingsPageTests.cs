using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;

namespace Redress.Web.Tests;

/// <summary>The settings pages: each group changed through a check step, saved with an audit event, never over someone else's change.</summary>
public abstract class SettingsPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private static Dictionary<string, string> Organisation(string name, string website = "https://www.northfieldhomes.org.uk") => new()
    {
        ["Form[landlordName]"] = name,
        ["Form[landlordAddress]"] = "1 High Street\nNorthfield\nNF1 2AB",
        ["Form[landlordTelephone]"] = "0161 000 0000",
        ["Form[landlordEmail]"] = "complaints@northfieldhomes.org.uk",
        ["Form[landlordWebsite]"] = website,
    };

    [Fact]
    public async Task Organisation_CheckedThenSaved_NamesTheLandlordOnEveryPageAndIsAudited()
    {
        var admin = await PageSession.SignInAsync(factory, "Ada Admin", "admin");

        var check = await admin.SubmitRefusedAsync("/admin/settings/organisation?handler=Check", Organisation("Northfield Homes"));
        var unchanged = await admin.GetAsync("/admin/settings");
        var saved = await admin.SubmitFollowAsync("/admin/settings/organisation?handler=Confirm", Organisation("Northfield Homes"));
        var elsewhere = await admin.GetAsync("/work");

        Assert.Contains("Check your changes", check.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 High Street", check.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Northfield Homes", unchanged.Title, StringComparison.Ordinal);
        Assert.Contains("Your organisation saved", saved.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("complaints@northfieldhomes.org.uk", saved.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Northfield Homes", elsewhere.QuerySelector(".govuk-generic-header")!.TextContent, StringComparison.Ordinal);
        var api = await factory.AdminClient().Get("/api/v1/settings");
        Assert.Equal("1 High Street\nNorthfield\nNF1 2AB", (string)api["landlordAddress"]!);
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.Action == "settings.changed" && e.ActorName == "Ada Admin" && e.Changes.Contains("Northfield Homes"))));
    }

    [Fact]
    public async Task Organisation_WebsiteNotAWebAddress_ErrorAtTheFieldAndNothingSaved()
    {
        var admin = await PageSession.SignInAsync(factory, "Ada Admin", "admin");
        var before = (await factory.AdminClient().Get("/api/v1/settings")).ToJsonString();

        var page = await admin.SubmitRefusedAsync("/admin/settings/organisation?handler=Confirm", Organisation("Eastbrook Housing", "our website"));

        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal("#landlordWebsite", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("full web address", page.QuerySelector("#landlordWebsite-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("our website", page.QuerySelector("#landlordWebsite")!.GetAttribute("value"));
        Assert.Equal(before, (await factory.AdminClient().Get("/api/v1/settings")).ToJsonString());
    }

    [Fact]
    public async Task Timescales_ChangedMeanwhileByAnotherAdministrator_RefusedKeepingTheAnswers()
    {
        var admin = await PageSession.SignInAsync(factory, "Ada Admin", "admin");
        var form = await admin.GetAsync("/admin/settings/timescales");
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        await (await factory.AdminClient().PutJson("/api/v1/settings", new { reminderWorkingDaysBefore = 3 })).Expect(HttpStatusCode.OK);

        var page = await admin.SubmitRefusedAsync("/admin/settings/timescales?handler=Confirm", new()
        {
            ["Version"] = version, ["Form[division]"] = "englandAndWales", ["Form[closuresAreNonWorking]"] = "no", ["Form[receiptCutOff]"] = "16:30", ["Form[reminderWorkingDaysBefore]"] = "5",
        });

        Assert.Contains("Someone else changed the settings", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("16:30", page.QuerySelector("#receiptCutOff")!.GetAttribute("value"));
        Assert.Equal(3, (int)(await factory.AdminClient().Get("/api/v1/settings"))["reminderWorkingDaysBefore"]!);
    }

    [Fact]
    public async Task Timescales_CutOffNotATime_ErrorNamesTheField()
    {
        var admin = await PageSession.SignInAsync(factory, "Ada Admin", "admin");

        var page = await admin.SubmitRefusedAsync("/admin/settings/timescales?handler=Check", new()
        {
            ["Form[division]"] = "englandAndWales", ["Form[closuresAreNonWorking]"] = "no", ["Form[receiptCutOff]"] = "5pm", ["Form[reminderWorkingDaysBefore]"] = "2",
        });

        Assert.Equal("Enter the cut-off as a time on the 24-hour clock, like 17:00, or leave it blank", page.QuerySelector("#receiptCutOff-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public async Task Homes_SetForAYear_CheckedSavedAndRefusedOverAnotherChange()
    {
        var admin = await PageSession.SignInAsync(factory, "Ada Admin", "admin");

        var refused = await admin.SubmitRefusedAsync("/admin/settings/homes/2027?handler=Check", new() { ["Lcra"] = "lots", ["Lcho"] = "" });
        var check = await admin.SubmitRefusedAsync("/admin/settings/homes/2027?handler=Check", new() { ["Lcra"] = "9,500", ["Lcho"] = "500" });
        var saved = await admin.SubmitFollowAsync("/admin/settings/homes/2027?handler=Confirm", new() { ["Version"] = "\"0\"", ["Lcra"] = "9,500", ["Lcho"] = "500" });
        var stale = await admin.SubmitRefusedAsync("/admin/settings/homes/2027?handler=Confirm", new() { ["Version"] = "\"0\"", ["Lcra"] = "1", ["Lcho"] = "1" });

        Assert.Contains("whole number", refused.QuerySelector("#lcra-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("#lcho-error"));
        Assert.Contains("10,000", check.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Homes for 2027 to 2028 saved: 10,000 in all", saved.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Someone else changed the homes", stale.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var homes = (await factory.AdminClient().Get("/api/v1/settings/homes")).AsArray().Single(h => (int)h!["year"]! == 2027)!;
        Assert.Equal(9500, (int)homes["lcra"]!);
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.Action == "homes.set" && e.EntityId == "2027")));
    }

    [Fact]
    public async Task Logo_UploadedCheckedAndSaved_ServedToAnyoneAndNotAnImageRefused()
    {
        var admin = await PageSession.SignInAsync(factory, "Ada Admin", "admin");
        var png = Png(300, 90);

        var notImage = await UploadAsync(admin, "notes.png", "%PDF-1.7 not an image"u8.ToArray());
        var check = await UploadAsync(admin, "logo.png", png);
        var pending = check.QuerySelector("input[name=Pending]")!.GetAttribute("value")!;
        var saved = await admin.SubmitFollowAsync("/admin/settings/logo?handler=Confirm", new() { ["Version"] = "\"0\"", ["Pending"] = pending });
        var served = await factory.CreateClient().GetAsync("/landlord-logo");

        Assert.Equal("The logo must be a PNG or JPEG image", notImage.QuerySelector("#upload-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Contains("300 by 90 pixels", check.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Logo saved", saved.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(saved.QuerySelector("img.redress-logo-preview"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.Action == "settings.logo-changed")));
    }

    [Fact]
    public async Task SettingsPages_ByAHandler_403()
    {
        var handler = await PageSession.SignInAsync(factory, "Sam Patel", "handler");

        var response = await handler.Client.GetAsync("/admin/settings/organisation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.Client.GetAsync("/work")).StatusCode);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAsync(PageSession session, string name, byte[] content)
    {
        var form = await session.GetAsync("/admin/settings/logo");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=Version]")!.GetAttribute("value")!), "Version" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        body.Add(file, "Upload", name);
        var response = await session.Client.PostAsync("/admin/settings/logo?handler=Check", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    /// <summary>A real PNG of one colour.</summary>
    internal static byte[] Png(int width, int height)
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            var length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            var crc = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
            return [.. length, .. typed, .. crc];
        }
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                raw.Write([20, 80, 160]);
            }
        }
        var compressed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(z);
        }
        return [.. (byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }
}

[Trait("Database", "SQLite")]
public sealed class SettingsPageSqliteTests(SqliteFactory factory) : SettingsPageTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class SettingsPagePostgresTests(PostgresFactory factory) : SettingsPageTests<PostgresFactory>(factory);
