using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class ResidentTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "5.10")]
    [Trait("Code", "5.14")]
    public async Task Resident_FindRecordAdjustmentAndRestriction_ShownOnTheirComplaint()
    {
        var name = $"Rhea {Guid.NewGuid().ToString("N")[..8]}";
        var complaint = (string)(await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "phone", description = "Heating", category = "repairs", resident = new { name, address = "4 Elm Close, ZZ1 1ZZ", tenure = "lcra" } }))["id"]!;
        var (page, _) = await fixture.SignedInAsAsync("/residents", "Res Handler", "handler", "complaintsOfficer");

        await page.AssertAccessibleAsync("residents-search");
        await page.GetByLabel("Find a resident").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.AssertAccessibleAsync("resident");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record an adjustment or a disclosed disability" }).ClickAsync();
        await page.GetByLabel("A reasonable adjustment agreed with the resident").CheckAsync();
        await page.GetByLabel("Details").FillAsync("Phone calls only after 10am");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date of the next review");
        await page.AssertAccessibleAsync("need-error");
        var review = DateOnly.Parse(BrowserFixture.Today, System.Globalization.CultureInfo.InvariantCulture).AddMonths(3);
        await page.FillDateAsync("reviewOn", review);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Reasonable adjustment recorded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a contact restriction" }).ClickAsync();
        await page.AssertAccessibleAsync("restriction");
        await page.GetByLabel("What behaviour led to this").FillAsync("Abusive calls");
        await page.GetByLabel("Evidence").FillAsync("Call notes");
        await page.GetByLabel("How contact is restricted").FillAsync("Email to one named officer");
        await page.GetByLabel("Why this is proportionate").FillAsync("Calls only");
        await page.GetByLabel("Regard to the Equality Act 2010").FillAsync("Adjustment above kept");
        await page.FillDateAsync("reviewOn", review);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Contact restriction recorded");
        await page.AssertAccessibleAsync("resident-with-records");

        await page.GotoAsync($"/complaints/{complaint}");
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("Email to one named officer");
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync("reasonable adjustment");
        await page.AssertAccessibleAsync("complaint-with-warnings");
    }

    [Fact]
    public async Task Resident_DetailsChangedAndChecked_ShownOnTheirComplaint()
    {
        var name = $"Ola {Guid.NewGuid().ToString("N")[..8]}";
        var created = await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "phone", description = "Heating", category = "repairs", resident = new { name, tenure = "lcra" } });
        var (complaint, resident) = ((string)created["id"]!, (string)created["resident"]!["id"]!);
        var (page, _) = await fixture.SignedInAsAsync($"/residents/{resident}", "Edit Handler", "handler");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change the resident's details" }).ClickAsync();
        await page.AssertAccessibleAsync("resident-edit");
        await page.GetByLabel("Email address (optional)").FillAsync("not an email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter an email address in the correct format");
        await page.AssertAccessibleAsync("resident-edit-error");
        await page.GetByLabel("Email address (optional)").FillAsync("ola@example.org");
        await page.GetByLabel("Phone number (optional)").FillAsync("07700 900777");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.AssertAccessibleAsync("resident-edit-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name}'s details saved");

        await page.GotoAsync($"/complaints/{complaint}");
        await Assertions.Expect(page.Locator("#contact")).ToContainTextAsync("ola@example.org");
        await Assertions.Expect(page.Locator("#contact")).ToContainTextAsync("07700 900777");
    }
}
