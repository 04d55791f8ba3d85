using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class EscalateTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "6.12")]
    public async Task Escalate_NoReasonAsked_ThenStage2AcknowledgedByAnotherHandler()
    {
        var first = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Stage One Person", email = $"s1.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        await fixture.PostAsync("/api/v1/users", new { name = "Stage Two Person", email = $"s2.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } });
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Bins", category = "estate-services", resident = new { name = "Jo Ng", tenure = "lcra" } }))["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = first, definition = new { summary = "Bins", points = new[] { "Bins missed" }, outcomesSought = new[] { "Collection" } } });
        await fixture.PostAsync($"/api/v1/complaints/{id}/response", new { respondedOn = BrowserFixture.Today, decision = "notUpheld", reasons = "Collected on time", findings = new[] { new { point = "Bins missed", decision = "notUpheld", reasons = "Logs" } } });
        var page = await fixture.SignedInAsync($"/complaints/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Escalate to stage 2" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync("does not have to give a reason");
        Assert.Equal(0, await page.GetByLabel("Reason").CountAsync());
        await page.AssertAccessibleAsync("escalate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Escalate to stage 2" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Escalated to stage 2. Acknowledge it by");

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge stage 2" }).ClickAsync();
        var options = await page.GetByLabel("Handler").Locator("option").AllTextContentsAsync();
        Assert.DoesNotContain("Stage One Person", options);
        await page.GetByLabel("Handler").SelectOptionAsync(new SelectOptionValue { Label = "Stage Two Person" });
        await page.GetByLabel("Your understanding of the complaint").FillAsync("The resident disputes the collection logs.");
        await page.GetByLabel("Points of complaint").FillAsync("Logs are wrong");
        await page.GetByLabel("Outcomes the resident is seeking").FillAsync("Apology");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record acknowledgement" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Stage 2 acknowledged");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal(2, (int)view["stage"]!);
        Assert.NotEqual(first, (string)view["stages"]![1]!["handlerId"]!);
    }
}
