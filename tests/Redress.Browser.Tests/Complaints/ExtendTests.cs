using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class ExtendTests(BrowserFixture fixture)
{
    private async Task<string> Acknowledged()
    {
        var handler = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Ext Handler", email = $"ext.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "letter", description = "Fence", category = "estate-services", resident = new { name = "Kim Lo", tenure = "lcra" } }))["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = handler, definition = new { summary = "Fence", points = new[] { "Fence broken" }, outcomesSought = new[] { "Fence fixed" } } });
        return id;
    }

    [Fact]
    [Trait("Code", "6.4")]
    public async Task Extend_WithinTheLimit_CheckThenRecord()
    {
        var id = await Acknowledged();
        var page = await fixture.SignedInAsync($"/complaints/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Extend the timescale" }).ClickAsync();
        await page.AssertAccessibleAsync("extend");
        await page.GetByLabel("Length of the extension, in working days").FillAsync("5");
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Waiting for the fencing contractor's quote");
        await page.GetByLabel("Agreed interval for updates, in working days").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync("Housing Ombudsman's contact details");
        await page.AssertAccessibleAsync("extend-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record extension" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Extension recorded. The response is now due by");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal(5, (int)view["stages"]![0]!["extendedWorkingDays"]!);
        Assert.Equal(3, (int)view["stages"]![0]!["extensions"]![0]!["updateIntervalWorkingDays"]!);
    }

    [Fact]
    [Trait("Code", "6.4")]
    public async Task Extend_OverTheLimitWithoutGoodReason_ErrorAndNothingRecorded()
    {
        var id = await Acknowledged();
        var page = await fixture.SignedInAsync($"/complaints/{id}/extend");

        await page.GetByLabel("Length of the extension, in working days").FillAsync("11");
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Complex");
        await page.GetByLabel("Agreed interval for updates, in working days").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("over the Code's limit of 10 (Code 6.4). Record a good reason to go beyond it.");
        await page.AssertAccessibleAsync("extend-errors");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal(0, (int)view["stages"]![0]!["extendedWorkingDays"]!);
    }
}
