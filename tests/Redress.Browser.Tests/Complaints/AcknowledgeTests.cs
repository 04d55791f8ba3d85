using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class AcknowledgeTests(BrowserFixture fixture)
{



    [Fact]
    [Trait("Code", "5.6")]
    public async Task Acknowledge_CheckAnswersThenRecord_SetsTheResponseDate()
    {
        var handler = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Hana Ito", email = $"hana.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["name"]!;
        var complaint = await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Mould", category = "repairs", resident = new { name = "Sam Roe", tenure = "lcra" } });
        var page = await fixture.SignedInAsync($"/complaints/{complaint["id"]}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge stage 1" }).ClickAsync();
        await page.AssertAccessibleAsync("acknowledge");
        await page.GetByLabel("Handler").SelectOptionAsync(new SelectOptionValue { Label = handler });
        await page.GetByLabel("Your understanding of the complaint").FillAsync("Mould has returned after treatment.");
        await page.GetByLabel("Points of complaint").FillAsync("Mould returned\nSlow response");
        await page.GetByLabel("Outcomes the resident is seeking").FillAsync("Mould removed for good");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check the acknowledgement before you record it");
        await Assertions.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Slow response");
        await page.AssertAccessibleAsync("acknowledge-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record acknowledgement" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Stage 1 acknowledged. The response is due by");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(handler);
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{complaint["id"]}"))!;
        Assert.Equal("investigating", (string)view["status"]!);
        Assert.Equal(["Mould returned", "Slow response"], view["stages"]![0]!["definition"]!["points"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    [Trait("Code", "6.13")]
    public async Task AcknowledgeStage2_TheStage1HandlerIsNotOffered()
    {
        var first = await fixture.PostAsync("/api/v1/users", new { name = "First Handler", email = $"first.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } });
        var complaint = await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Noise", category = "anti-social-behaviour", resident = new { name = "Lee Poe", tenure = "lcho" } });
        var id = (string)complaint["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = (string)first["id"]!, definition = new { summary = "Noise", points = new[] { "Noise" }, outcomesSought = new[] { "Quiet" } } });
        await fixture.PostAsync($"/api/v1/complaints/{id}/response", new { respondedOn = BrowserFixture.Today, decision = "notUpheld", reasons = "r", findings = new[] { new { point = "Noise", decision = "notUpheld", reasons = "r" } } });
        await fixture.PostAsync($"/api/v1/complaints/{id}/escalation", new { requestedOn = BrowserFixture.Today });
        var page = await fixture.SignedInAsync($"/complaints/{id}/acknowledge");

        // Under load the form may still be arriving: wait for its choices before reading them.
        await Assertions.Expect(page.GetByLabel("Handler").Locator("option").First).ToBeAttachedAsync();
        var options = await page.GetByLabel("Handler").Locator("option").AllTextContentsAsync();

        Assert.DoesNotContain("First Handler", options);
        Assert.Contains("Administrator", options);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The stage 1 handler cannot consider stage 2");
    }
}
