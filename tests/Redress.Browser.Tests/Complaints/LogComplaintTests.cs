using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class LogComplaintTests(BrowserFixture fixture)
{

    [Fact]
    [Trait("Code", "3.2")]
    public async Task LogComplaint_ByPhone_LandsOnTheComplaintWithItsAcknowledgementDate()
    {
        var page = await fixture.SignedInAsync("/complaints/new");
        await page.AssertAccessibleAsync("log-complaint");

        await page.GetByLabel("Time received (optional)").FillAsync("09:15");
        await page.GetByLabel("Phone", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Full name").FillAsync("Grace Hopper");
        await page.GetByLabel("Low-cost rental").CheckAsync();
        await page.GetByLabel("The complaint in the resident's words").FillAsync("Damp in the bedroom has come back after the repair.");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Repairs" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("logged. Acknowledge it by");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Grace Hopper");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Damp in the bedroom");
        await page.AssertAccessibleAsync("complaint-logged");
    }

    [Fact]
    [Trait("Code", "3.6")]
    public async Task LogComplaint_Incomplete_ErrorsNextToEachFieldAndNothingSaved()
    {
        var page = await fixture.SignedInAsync("/complaints/new");
        var before = await fixture.Api.GetStringAsync("/api/v1/complaints?pageSize=1");

        await page.Locator("#receivedOn").FillAsync("31");
        await page.Locator("#receivedOn-month").FillAsync("2");
        await page.GetByLabel("Their authority to act").FillAsync("");
        await page.GetByLabel("Representative's name (optional)").FillAsync("Ada Lovelace");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary.Locator("li").First).ToContainTextAsync("The date the complaint was received must be a real date");
        await Assertions.Expect(summary).ToContainTextAsync("The date the complaint was received must be a real date");
        await Assertions.Expect(summary).ToContainTextAsync("Select how the complaint was made");
        await Assertions.Expect(summary).ToContainTextAsync("Enter the resident's name");
        await Assertions.Expect(page.Locator("#representativeName")).ToHaveValueAsync("Ada Lovelace");
        await page.AssertAccessibleAsync("log-complaint-errors");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter the resident's name" }).ClickAsync();
        await Assertions.Expect(page.Locator("#residentName")).ToBeFocusedAsync();

        // Code 3.6: with the form complete, the complaint itself refuses a representative without their authority.
        await page.FillDateAsync("receivedOn", DateOnly.Parse(BrowserFixture.Today, System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Phone", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Full name").FillAsync("Grace Hopper");
        await page.GetByLabel("Low-cost rental").CheckAsync();
        await page.GetByLabel("The complaint in the resident's words").FillAsync("Damp again.");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Repairs" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();
        await summary.GetByRole(AriaRole.Link, new() { Name = "Record the representative's authority to act for the resident (Code 3.6), for example written consent." }).ClickAsync();
        await Assertions.Expect(page.Locator("#authority")).ToBeFocusedAsync();
        var total = System.Text.Json.Nodes.JsonNode.Parse(before)!["total"]!.GetValue<int>();
        var after = System.Text.Json.Nodes.JsonNode.Parse(await fixture.Api.GetStringAsync("/api/v1/complaints?pageSize=1"))!["total"]!.GetValue<int>();
        Assert.Equal(total, after);
    }
}
