using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class SettingsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Settings_OrganisationChangedThroughTheCheckStep_HeaderNamesTheLandlord()
    {
        var page = await fixture.SignedInAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync("admin-settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change your organisation" }).ClickAsync();
        await page.GetByLabel("Website (optional)").FillAsync("not a website");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("full web address");
        await page.AssertAccessibleAsync("admin-settings-organisation-errors");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Northfield Homes");
        await page.GetByLabel("Postal address (optional)").FillAsync("1 High Street\nNorthfield\nNF1 2AB");
        await page.GetByLabel("Website (optional)").FillAsync("https://www.northfieldhomes.org.uk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your changes before you save them");
        await page.AssertAccessibleAsync("admin-settings-organisation-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your organisation saved");
        await Assertions.Expect(page.Locator(".govuk-generic-header")).ToContainTextAsync("Northfield Homes");
        await page.GotoAsync("/admin/settings/homes/2026");
        await page.AssertAccessibleAsync("admin-settings-homes");
        await page.GotoAsync("/admin/settings/logo");
        await page.AssertAccessibleAsync("admin-settings-logo");
        await page.GotoAsync("/admin/settings/timescales");
        await page.AssertAccessibleAsync("admin-settings-timescales");
    }

    [Fact]
    public async Task Categories_AddedThroughTheCheckStep_OfferedWhenLoggingAComplaint()
    {
        var page = await fixture.SignedInAsync("/admin/categories");
        await page.AssertAccessibleAsync("admin-categories");
        var name = $"Lifts {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a category" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("repairs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("There is already a category called 'Repairs'");
        await page.AssertAccessibleAsync("admin-category-new-errors");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add category" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"Category '{name}' added");

        await page.GotoAsync("/complaints/new");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = name });
        await page.GotoAsync("/service-status");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Service status");
        await page.AssertAccessibleAsync("service-status");
    }

    [Fact]
    public async Task LetterTemplate_LeavingOutTheOmbudsmansTelephone_RefusedWithTheReason_PreviewShowsTheLetter()
    {
        var page = await fixture.SignedInAsync("/admin/letters");
        await page.AssertAccessibleAsync("admin-letters");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the extension letter" }).ClickAsync();
        await Assertions.Expect(page.Locator(".redress-letter")).ToContainTextAsync("We need more time to answer your complaint");
        await page.AssertAccessibleAsync("admin-letter-template");

        var source = await page.GetByLabel("Template").InputValueAsync();
        await page.GetByLabel("Template").FillAsync(source.Replace("- Telephone: {{ ombudsman.telephone }}\n", "", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("the Housing Ombudsman's telephone number");
        await page.AssertAccessibleAsync("admin-letter-template-refused");
    }
}
