using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

/// <summary>Keeping the resident informed (Code 5.9) and the letter on how to complain (1.6), as a handler meets them.</summary>
[Collection(BrowserGroup.Name)]
public sealed class UpdateTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "5.9")]
    public async Task Update_FromTheComplaint_LetterShownOnTheCheckPage_ThenRecorded()
    {
        var handler = (string)(await fixture.PostAsync("/api/v1/users", new { name = "Upd Handler", email = $"upd.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } }))["id"]!;
        var id = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Gutter", category = "repairs", resident = new { name = "Ula Date", email = "ula@example.org", tenure = "lcra" } }))["id"]!;
        await fixture.PostAsync($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = BrowserFixture.Today, handlerId = handler, definition = new { summary = "Gutter", points = new[] { "Gutter leaking" }, outcomesSought = new[] { "Gutter fixed" } } });
        await fixture.PostAsync($"/api/v1/complaints/{id}/extensions", new { workingDays = 5, reason = "Scaffolding needed", notifiedOn = BrowserFixture.Today, updateIntervalWorkingDays = 3 });
        var page = await fixture.SignedInAsync($"/complaints/{id}");

        await Assertions.Expect(page.Locator("#updates + p")).ToContainTextAsync("The next update to the resident is due by");
        await page.GetByRole(AriaRole.Link, new() { Name = "Update the resident" }).First.ClickAsync();
        await page.AssertAccessibleAsync("update");
        await page.GetByLabel("What has happened since the resident was last told").FillAsync("The scaffolding is booked for Monday.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".redress-letter")).ToContainTextAsync("The scaffolding is booked for Monday.");
        await page.AssertAccessibleAsync("update-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record update" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Update recorded. The next update is due by");
        await page.AssertAccessibleAsync("complaint-with-update");
        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal("The scaffolding is booked for Monday.", (string)view["updates"]![0]!["progress"]!);
    }

    [Fact]
    [Trait("Code", "1.6")]
    public async Task Feedback_SendThemHowToComplain_LetterShownThenSent()
    {
        await fixture.PutAsync("/api/v1/settings", new { landlordTelephone = "0161 496 0000" });
        var resident = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Bins", category = "repairs", resident = new { name = "Fay Back", email = "fay@example.org", tenure = "lcra" } }))["resident"]!["id"]!;
        var feedback = await fixture.PostAsync("/api/v1/feedback", new { receivedOn = BrowserFixture.Today, source = "Estate survey", residentId = resident, dissatisfaction = "The bins are never emptied on time.", toldHowToComplain = false, howTold = "Not yet" });
        var page = await fixture.SignedInAsync($"/feedback/{feedback["id"]}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send them how to complain" }).ClickAsync();
        await Assertions.Expect(page.Locator(".redress-letter")).ToContainTextAsync("The bins are never emptied on time.");
        await page.AssertAccessibleAsync("offer-to-complain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the letter" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The letter on how to complain is being emailed to Fay Back.");
        await Assertions.Expect(page.Locator("#letters + ul")).ToContainTextAsync("How to make a complaint");
        await page.AssertAccessibleAsync("feedback-offer-sent");
    }
}
