using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class CompleteTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "7.3")]
    public async Task FinancialRemedy_RecordedAsPaid_ThenTheOutstandingAction()
    {
        var handler = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Cmp Handler", email = $"cmp.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Boiler", category = "repairs", resident = new { name = "Ivy Heat", tenure = "lcra" } }))["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = handler, definition = new { summary = "Boiler", points = new[] { "No heating" }, outcomesSought = new[] { "Heating" } } });
        await fixture.PostAsync($"/api/v1/complaints/{id}/response", new
        {
            respondedOn = BrowserFixture.Today, decision = "upheld", reasons = "No heating for 9 days",
            findings = new[] { new { point = "No heating", decision = "upheld", reasons = "Records" } },
            remedies = new[] { new { type = "financial", description = "Compensation for 9 days without heating", amountPence = 9000, dueOn = BrowserFixture.Today } },
            outstandingActions = new[] { new { description = "Service the boiler", dueOn = BrowserFixture.Today } },
        });
        var page = await fixture.SignedInAsync($"/complaints/{id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Compensation for 9 days without heating" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Amount paid")).ToHaveValueAsync("90.00");
        await page.AssertAccessibleAsync("complete-remedy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record as done" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Recorded as done");
        await page.GetByRole(AriaRole.Link, new() { Name = "Service the boiler" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record as done" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Service the boiler");
        await page.AssertAccessibleAsync("complaint-remedies-done");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal(9000, (long)view["remedies"]![0]!["paidPence"]!);
        Assert.NotNull(view["outstandingActions"]![0]!["completedOn"]);
    }
}
