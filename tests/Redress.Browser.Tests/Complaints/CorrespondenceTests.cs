using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class CorrespondenceTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "5.12")]
    public async Task Correspondence_RecordedWithAFile_ListedOnTheComplaint()
    {
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "letter", description = "Damp", category = "repairs", resident = new { name = "Cor Res", tenure = "lcra" } }))["id"]!;
        var (page, _) = await fixture.SignedInAsAsync($"/complaints/{id}", "Cor Browser", "handler");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record correspondence" }).ClickAsync();
        await page.AssertAccessibleAsync("correspondence");
        await page.GetByLabel("Received").CheckAsync();
        await page.GetByLabel("Kind").SelectOptionAsync("Letter");
        await page.GetByLabel("With", new() { Exact = true }).SelectOptionAsync("Resident");
        await page.GetByLabel("What was said or sent").FillAsync("Letter with photos of the damp");
        await page.GetByLabel("Files (optional)").SetInputFilesAsync(new FilePayload { Name = "letter.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 test"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Letter recorded with 1 file");
        await Assertions.Expect(page.Locator("#correspondence + .redress-table-scroll table")).ToContainTextAsync("letter.pdf");
        await page.AssertAccessibleAsync("complaint-with-correspondence");
    }
}
