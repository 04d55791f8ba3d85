using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class AdminTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_AddsAUser_InvitationInTheOutbox_NewUserChoosesAPasswordAndSignsIn()
    {
        var page = await fixture.SignedInAsync("/admin");
        await page.AssertAccessibleAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await page.AssertAccessibleAsync("admin-users");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a user" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and send the invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least one role");
        await page.AssertAccessibleAsync("admin-user-new-errors");
        var email = $"ivy.{Guid.NewGuid():N}@example.org";
        await page.GetByLabel("Full name").FillAsync("Ivy Invited");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Complaint handler").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and send the invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Ivy Invited added");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ivy Invited" }).ClickAsync();
        await page.AssertAccessibleAsync("admin-user");

        await page.GotoAsync("/admin/outbox");
        await page.AssertAccessibleAsync("admin-outbox");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your Redress account: choose a password" }).First.ClickAsync();
        await page.AssertAccessibleAsync("admin-outbox-message");
        var body = await page.Locator(".redress-pre").InnerTextAsync();
        var link = body.Split('\n').Select(l => l.Trim()).First(l => l.Contains("/reset-password?", StringComparison.Ordinal));

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync(new Uri(link).PathAndQuery);
        await visitor.AssertAccessibleAsync("reset-password");
        await visitor.GetByLabel("New password").FillAsync("ivy's long password");
        await visitor.GetByLabel("Enter it again").FillAsync("ivy's long password");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Save the password" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".govuk-notification-banner")).ToContainTextAsync("Your password is saved");
        await visitor.GetByLabel("Email address").FillAsync(email);
        await visitor.GetByLabel("Password").FillAsync("ivy's long password");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        var forgot = await fixture.NewPageAsync();
        await forgot.GotoAsync("/sign-in");
        await forgot.GetByRole(AriaRole.Link, new() { Name = "Forgotten your password?" }).ClickAsync();
        await forgot.AssertAccessibleAsync("forgot-password");
        await forgot.GetByLabel("Email address").FillAsync(email);
        await forgot.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(forgot.Locator("h1")).ToHaveTextAsync("Check your email");
    }
}
