using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class RequestsTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "1.4")]
    [Trait("Code", "1.5")]
    public async Task ServiceRequest_LoggedThenComplainedAbout_StaysOpen()
    {
        var name = $"Sam {Guid.NewGuid().ToString("N")[..8]}";
        await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "phone", description = "Earlier", category = "repairs", resident = new { name, tenure = "lcra" } });
        var (page, _) = await fixture.SignedInAsAsync("/service-requests", "Sr Browser", "handler");

        await page.AssertAccessibleAsync("service-requests");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log a service request" }).ClickAsync();
        await page.GetByLabel("Find the resident").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.AssertAccessibleAsync("service-request-find-resident");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log the request" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select how the request was made");
        await page.AssertAccessibleAsync("service-request-new-errors");
        await page.GetByLabel("How it was made").SelectOptionAsync("Phone");
        await page.GetByLabel("What the resident asked for").FillAsync("Boiler service overdue");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Repairs" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Log the request" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("logged");
        await page.AssertAccessibleAsync("service-request");

        await page.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await page.AssertAccessibleAsync("service-request-update");
        await page.GetByLabel("In progress").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("In progress");

        await page.GetByRole(AriaRole.Button, new() { Name = "raise a complaint" }).ClickAsync();
        await page.AssertAccessibleAsync("complaint-from-service-request");
        await page.GetByLabel("Phone", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("The complaint in the resident's words").FillAsync("Nobody has come to service the boiler");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("logged");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("it stays open, Code 1.5");
    }

    [Fact]
    [Trait("Code", "1.6")]
    public async Task Feedback_RecordedThenTheyWantToComplain()
    {
        var (page, _) = await fixture.SignedInAsAsync("/feedback", "Fb Browser", "complaintsOfficer");
        await page.AssertAccessibleAsync("feedback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record feedback" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether the person was told how to complain");
        await page.AssertAccessibleAsync("feedback-new-errors");
        await page.GetByLabel("Survey or feedback exercise").FillAsync("Tenant satisfaction survey 2026");
        await page.GetByLabel("Name of the person").FillAsync("Alex Survey");
        await page.GetByLabel("What they were dissatisfied with").FillAsync("Anti-social behaviour reports ignored");
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("How they were told, or why they could not be").FillAsync("Email with the complaints policy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Feedback recorded");
        await page.AssertAccessibleAsync("feedback-record");

        await page.GetByRole(AriaRole.Button, new() { Name = "They want to complain" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("The complaint in the resident's words")).ToHaveValueAsync("Anti-social behaviour reports ignored");
        await Assertions.Expect(page.GetByLabel("Full name")).ToHaveValueAsync("Alex Survey");
    }
}
