using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class PointTests(BrowserFixture fixture)
{
    private async Task<string> Acknowledged()
    {
        var handler = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Pt Handler", email = $"pt.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "phone", description = "Window", category = "repairs", resident = new { name = "Ula Win", tenure = "lcra" } }))["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = handler, definition = new { summary = "Window", points = new[] { "Window draughty" }, outcomesSought = new[] { "New window" } } });
        return id;
    }

    [Fact]
    [Trait("Code", "6.8")]
    public async Task Point_Related_JoinsTheDefinition_Unrelated_BecomesALinkedComplaint()
    {
        var id = await Acknowledged();
        var page = await fixture.SignedInAsync($"/complaints/{id}/point");
        await page.AssertAccessibleAsync("point");
        await page.GetByLabel("The new point").FillAsync("Handle broken");
        await page.Locator("#related").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("It joins the stage 1 complaint definition");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the point" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Point added to the complaint definition");

        await page.GotoAsync($"/complaints/{id}/point");
        await page.GetByLabel("The new point").FillAsync("Neighbour's dog barks");
        await page.Locator("#related-2").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the point" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Logged as a new complaint");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Neighbour's dog barks");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal(["Window draughty", "Handle broken"], view["stages"]![0]!["definition"]!["points"]!.AsArray().Select(p => (string)p!));
    }
}
