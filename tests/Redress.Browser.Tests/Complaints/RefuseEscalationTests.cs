using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class RefuseEscalationTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "5.11")]
    public async Task RefuseEscalation_OnASection2Ground_ClosesWithTheReason()
    {
        var handler = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Ref Handler", email = $"ref.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Rent", category = "rent-and-service-charges", resident = new { name = "Ray Rent", tenure = "lcra" } }))["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = handler, definition = new { summary = "Rent", points = new[] { "Rent wrong" }, outcomesSought = new[] { "Refund" } } });
        await fixture.PostAsync($"/api/v1/complaints/{id}/response", new { respondedOn = BrowserFixture.Today, decision = "notUpheld", reasons = "Correct", findings = new[] { new { point = "Rent wrong", decision = "notUpheld", reasons = "Ledger" } } });
        var page = await fixture.SignedInAsync($"/complaints/{id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Refuse to escalate" }).ClickAsync();
        await page.AssertAccessibleAsync("refuse-escalation");
        await page.Locator("#reason-1").CheckAsync();
        await page.GetByLabel("Explanation to the resident").FillAsync("A possession claim about the same arrears was filed at court.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Code 2.2: proceedings have started only once the claim is filed at court.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Legal proceedings have started only once the claim is filed at court");
        await page.AssertAccessibleAsync("refuse-escalation-no-filing-date");
        await page.FillDateAsync("proceedingsFiledOn", DateOnly.Parse(BrowserFixture.Today, System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Refuse to escalate" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Escalation refused");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal("closed", (string)view["status"]!);
        Assert.Equal("escalationRefused", (string)view["closureKind"]!);
        Assert.Equal("legalProceedings", (string)view["refusal"]!["reason"]!);
    }
}
