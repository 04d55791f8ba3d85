using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class OversightTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "9.4")]
    public async Task Dashboard_FiguresChartsAndTheComplaintsBehindThem_Accessible()
    {
        await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "phone", description = "Nobody called me back", category = "communication", resident = new { name = "Dash Res", tenure = "lcra" } });
        var (page, _) = await fixture.SignedInAsAsync("/oversight", "Board Member", "governance");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Complaints oversight");
        await Assertions.Expect(page.Locator("svg.redress-chart").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("oversight");
        await page.GetByLabel("Part of the year").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-caption-l")).ToContainTextAsync("Q1");
        await page.GotoAsync("/oversight");
        await page.Locator("table a[href*='measure=category%3Acommunication']").ClickAsync();
        await Assertions.Expect(page.Locator("main p.govuk-body").First).ToContainTextAsync("Communication");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Communication");
        await page.AssertAccessibleAsync("oversight-complaints");
    }
}

[Collection(BrowserGroup.Name)]
public sealed class OversightRecordsPagesTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "9.7")]
    public async Task OversightRecords_EveryPage_Accessible()
    {
        var complaint = await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "phone", description = "Damp", category = "damp-and-mould", resident = new { name = "Orp Res", tenure = "lcra" } });
        var (page, _) = await fixture.SignedInAsAsync("/oversight/ombudsman", "Orp Officer", "complaintsOfficer");
        await page.AssertAccessibleAsync("oversight-ombudsman");
        await page.GetByLabel("Our complaint reference").FillAsync((string)complaint["reference"]!);
        await page.GetByLabel("The Ombudsman's reference").FillAsync($"HO{Guid.NewGuid().ToString("N")[..8]}");
        await page.GetByLabel("Investigation").CheckAsync();
        var today = DateOnly.Parse(BrowserFixture.Today, System.Globalization.CultureInfo.InvariantCulture);
        await page.FillDateAsync("openedOn", today);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("recorded");
        await page.AssertAccessibleAsync("oversight-ombudsman-case");
        foreach (var (path, name) in new[] { ("/oversight/learning", "oversight-learning"), ("/oversight/exceptional", "oversight-exceptional"), ("/oversight/annual-report", "oversight-annual-report"), ("/oversight/mrc-pack", "oversight-mrc-pack"), ("/reports", "public-reports") })
        {
            await page.GotoAsync(path);
            await page.AssertAccessibleAsync(name);
        }
    }
}
