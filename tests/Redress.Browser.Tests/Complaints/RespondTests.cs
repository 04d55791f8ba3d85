using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class RespondTests(BrowserFixture fixture)
{
    private async Task<string> Acknowledged()
    {
        var handler = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Resp Handler", email = $"resp.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "webForm", description = "Leak", category = "repairs", resident = new { name = "Mo Ali", tenure = "lcra" } }))["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = handler, definition = new { summary = "Leak under the sink", points = new[] { "Leak not fixed", "Rude operative" }, outcomesSought = new[] { "Leak fixed" } } });
        return id;
    }

    [Fact]
    [Trait("Code", "6.9")]
    [Trait("Code", "7.3")]
    public async Task Respond_FindingOnEveryPoint_CheckShowsTheSevenItems_ThenRecorded()
    {
        var id = await Acknowledged();
        var page = await fixture.SignedInAsync($"/complaints/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Respond" }).ClickAsync();
        await page.AssertAccessibleAsync("respond");

        await page.Locator("#findings-0-decision").CheckAsync();
        await page.GetByLabel("Reasons on: Leak not fixed").FillAsync("The repair was not completed.");
        await page.Locator("#findings-1-decision-2").CheckAsync();
        await page.GetByLabel("Reasons on: Rude operative").FillAsync("The operative's account and the job notes agree.");
        await page.Locator("#decision-1").CheckAsync();
        await page.GetByLabel("Reasons for the decision").FillAsync("Our repairs policy, section 4, sets 20 working days for this repair.");
        await page.Locator("#remedies-0-type").SelectOptionAsync("Financial");
        await page.Locator("#remedies-0-description").FillAsync("Compensation for the delay");
        await page.Locator("#remedies-0-amountPence").FillAsync("75.50");
        await page.Locator("#outstandingActions-0-description").FillAsync("Replace the trap under the sink");
        var due = DateOnly.Parse(BrowserFixture.Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(14);
        await page.FillDateAsync("outstandingActions-0-dueOn", due);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Code 7.3: the complaint refuses a remedy without a date, at the remedy's date.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Say by when the remedy 'Compensation for the delay' will happen");
        await page.AssertAccessibleAsync("respond-remedy-without-date");
        await page.FillDateAsync("remedies-0-dueOn", due);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        var check = page.Locator(".govuk-summary-list");
        await Assertions.Expect(check).ToContainTextAsync("g. How to escalate");
        await Assertions.Expect(check).ToContainTextAsync("stage 2");
        await Assertions.Expect(check).ToContainTextAsync("£75.50");
        await page.AssertAccessibleAsync("respond-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record response" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Stage 1 response recorded");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal("responded", (string)view["status"]!);
        Assert.Equal("partlyUpheld", (string)view["stages"]![0]!["decision"]!);
        Assert.Equal(7550, (long)view["remedies"]![0]!["amountPence"]!);
        Assert.Equal("Replace the trap under the sink", (string)view["outstandingActions"]![0]!["description"]!);
    }

    [Fact]
    [Trait("Code", "6.7")]
    public async Task Respond_APointWithoutAFinding_ErrorNamesThePoint()
    {
        var id = await Acknowledged();
        var page = await fixture.SignedInAsync($"/complaints/{id}/respond");

        await page.Locator("#findings-0-decision").CheckAsync();
        await page.GetByLabel("Reasons on: Leak not fixed").FillAsync("Not completed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the decision on \u2018Rude operative\u2019");
        await page.AssertAccessibleAsync("respond-errors");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal("investigating", (string)view["status"]!);
    }
}
