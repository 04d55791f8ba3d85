using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{

    [Fact]
    public async Task HomeAndSignIn_AreAccessible_AndCarryNoGovUkBranding()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await page.AssertAccessibleAsync("home-signed-out");
        await page.GotoAsync("/sign-in");
        await page.AssertAccessibleAsync("sign-in");

        Assert.Equal(0, await page.Locator("svg.govuk-header__logotype, .govuk-footer__crown, .govuk-footer__copyright-logo").CountAsync());
        var font = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
        Assert.DoesNotContain("GDS Transport", font, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithNothingEntered_ShowsErrorsLinkedToFields()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Sign in"));
        await page.AssertAccessibleAsync("sign-in-errors");
        await page.Locator(".govuk-error-summary a[href='#password']").ClickAsync();
        await Assertions.Expect(page.Locator("#password")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SignIn_WithTheKeyboardAlone_ThenSignOut()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");

        await page.Keyboard.PressAsync("Tab"); // skip link
        await page.Keyboard.PressAsync("Tab"); // header link
        await page.Keyboard.PressAsync("Tab"); // navigation: sign in
        await page.Keyboard.PressAsync("Tab"); // email
        await page.Keyboard.TypeAsync(BrowserFixture.AdminEmail);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserFixture.AdminPassword);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("You are signed in as Administrator");
        await page.AssertAccessibleAsync("home-signed-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("You have signed out");
    }

    [Fact]
    public async Task ApiReference_IsAccessible()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/api-docs");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Redress API, version 1");
        await page.AssertAccessibleAsync("api-reference");
    }
}
