using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class NotAcceptTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "2.3")]
    public async Task NotAccept_Over12Months_NeedsDiscretion_ThenRecordedWithTheExplanation()
    {
        var old = DateOnly.Parse(BrowserFixture.Today, System.Globalization.CultureInfo.InvariantCulture).AddMonths(-18).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "letter", description = "Old leak", category = "repairs", issueOccurredOn = old, residentAwareOn = old, resident = new { name = "Ed Old", tenure = "lcra" } }))["id"]!;
        var page = await fixture.SignedInAsync($"/complaints/{id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Do not accept" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("more than 12 months after the issue");
        await page.AssertAccessibleAsync("not-accept");
        await page.Locator("#reason").CheckAsync();
        await page.GetByLabel("Explanation to the resident").FillAsync("The leak was repaired 18 months ago and no new damage has been reported.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Record how discretion to accept a complaint made after 12 months was considered (Code 2.3)");
        await page.GetByLabel("How you considered discretion (for the 12-month ground)").FillAsync("No reason was given for the delay; the resident was well throughout.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync("their right to take this decision to the Housing Ombudsman");
        await page.AssertAccessibleAsync("not-accept-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record as not accepted" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Recorded as not accepted");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal("notAccepted", (string)view["status"]!);
        Assert.Equal("over12Months", (string)view["refusal"]!["reason"]!);
    }
}
