using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class ReassignTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Reassign_CheckThenRecord_NewHandlerHoldsTheStage()
    {
        var first = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Rae First", email = $"rf.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        var second = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Rae Second", email = $"rs.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Door", category = "repairs", resident = new { name = "Vi Door", tenure = "lcra" } }))["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = first, definition = new { summary = "Door", points = new[] { "Door broken" }, outcomesSought = new[] { "Door fixed" } } });
        var page = await fixture.SignedInAsync($"/complaints/{id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reassign" }).ClickAsync();
        await page.AssertAccessibleAsync("reassign");
        await page.GetByLabel("New handler").SelectOptionAsync(new SelectOptionValue { Label = "Rae Second" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reassign" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Reassigned to Rae Second");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal(second, (string)view["stages"]![0]!["handlerId"]!);
    }
}
