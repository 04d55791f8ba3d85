using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class FinishTests(BrowserFixture fixture)
{
    private async Task<string> NewComplaint() =>
        (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "inPerson", description = "Lift", category = "repairs", resident = new { name = "Al Ray", tenure = "lcho" } }))["id"]!;

    [Fact]
    public async Task Withdraw_CheckThenRecord_StatusWithdrawn()
    {
        var id = await NewComplaint();
        var page = await fixture.SignedInAsync($"/complaints/{id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a withdrawal" }).ClickAsync();
        await page.GetByLabel("Reason given by the resident (optional)").FillAsync("The lift was fixed the next day.");
        await page.AssertAccessibleAsync("withdraw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("The lift was fixed the next day.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record withdrawal" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Withdrawal recorded.");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal("withdrawn", (string)view["status"]!);
        Assert.Equal("The lift was fixed the next day.", (string)view["withdrawalReason"]!);
    }

    [Fact]
    public async Task Close_BeforeTheResponse_NotAvailableSayingWhy()
    {
        var id = await NewComplaint();
        var page = await fixture.SignedInAsync($"/complaints/{id}/close");

        // The complaint's state does not allow closing: the page says why instead of offering a form.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Closing the complaint is not available now");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("cannot be closed now");
        await page.AssertAccessibleAsync("close-unavailable");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal("awaitingAcknowledgement", (string)view["status"]!);
    }
}
