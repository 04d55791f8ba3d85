using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Redress.Web.Auth;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class SetUpTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SetUpLink_CreatesTheFirstAdministratorOnce()
    {
        var token = fixture.Services.GetRequiredService<FirstAdministrator>().Open();
        var page = await fixture.NewPageAsync();

        var wrong = await page.GotoAsync("/set-up?token=not-the-token");
        Assert.Equal(404, wrong!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await page.AssertAccessibleAsync("not-found");
        await page.GotoAsync($"/set-up?token={token}");
        await page.AssertAccessibleAsync("set-up");
        await page.GetByLabel("Full name").FillAsync("Dana Scully");
        await page.GetByLabel("Email address").FillAsync($"dana.{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a password of 12 characters or more");
        await page.GetByLabel("Password").FillAsync("truth is out there somewhere");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My work");
        var again = await page.GotoAsync($"/set-up?token={token}");
        Assert.Equal(404, again!.Status);
    }
}
