using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class OversightTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "9.4")]
    public async Task Dashboard_FiguresChartsAndTheComplaintsBehindThem_Accessible()
    {
        await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "phone", description = "Lift broken", category = "lifts", resident = new { name = "Dash Res", tenure = "lcra" } });
        var (page, _) = await fixture.SignedInAsAsync("/oversight", "Board Member", "governance");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Complaints oversight");
        await Assertions.Expect(page.Locator("svg.redress-chart").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("oversight");
        await page.GetByLabel("Part of the year").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-caption-l")).ToContainTextAsync("Q1");
        await page.GotoAsync("/oversight");
        await page.Locator("table a[href*='measure=category%3Alifts']").ClickAsync();
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("lifts");
        await page.AssertAccessibleAsync("oversight-complaints");
    }
}
