using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class SelfAssessmentTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "8.1")]
    public async Task SelfAssessment_StartAnswerAndExport_Accessible()
    {
        var (page, _) = await fixture.SignedInAsAsync("/self-assessment", "Sa Officer", "complaintsOfficer");
        await page.AssertAccessibleAsync("self-assessment");
        await page.GetByLabel("The yearly self-assessment (Code 8.1)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("started");
        await page.AssertAccessibleAsync("self-assessment-version");

        await page.Locator("a[href$='/provisions/1.6']").ClickAsync();
        await page.AssertAccessibleAsync("self-assessment-answer");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and go back to the self-assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the action");
        await page.AssertAccessibleAsync("self-assessment-answer-error");
        await page.GetByLabel("The action that will bring compliance").FillAsync("Add complaint details to every survey");
        var target = DateOnly.Parse(BrowserFixture.Today, System.Globalization.CultureInfo.InvariantCulture).AddMonths(3);
        await page.FillDateAsync("targetOn", target);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and next" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Provision 1.6 answered");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Provision 2.1"); // section 1 ends at 1.6
        await page.AssertAccessibleAsync("self-assessment-answer-next");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the self-assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator("#p-1-6")).ToContainTextAsync("Add complaint details to every survey");
        await Assertions.Expect(page.Locator("#p-1-6 a")).ToHaveTextAsync("Change the answer to provision 1.6");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record the governing body's approval" }).ClickAsync();
        await page.AssertAccessibleAsync("self-assessment-approve");
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open as a document (HTML)" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Complaint Handling Code self-assessment");
        await page.AssertAccessibleAsync("self-assessment-document");
    }
}
