using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class TeamTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Team_SearchAndFilter_ThenCsvOfTheSameView()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var category = (string)(await fixture.PostAsync("/api/v1/categories", new { name = $"Heating {tag}" }))["key"]!;
        var match = await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Heating", category, resident = new { name = $"Zed {tag}", address = "9 Elm Road, Town, ZZ9 9ZZ", tenure = "lcra" } });
        await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Formula", category, resident = new { name = $"=HYPERLINK(\"x\") {tag}", tenure = "lcra" } });
        await fixture.PostAsync("/api/v1/complaints", new { receivedOn = BrowserFixture.Today, channel = "email", description = "Other", category = "other", resident = new { name = $"Zed {tag} Other", tenure = "lcra" } });
        var page = await fixture.SignedInAsync("/work/team");
        await page.AssertAccessibleAsync("team");

        await page.GetByLabel("Search").FillAsync($"zed {tag}");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = $"Heating {tag}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1 complaint matches");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync((string)match["reference"]!);
        await page.AssertAccessibleAsync("team-filtered");

        await page.GetByLabel("Search").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).GetAttributeAsync("href");
        var csv = (await (await page.Context.APIRequest.GetAsync(fixture.BaseUrl + href)).TextAsync()).TrimStart('\uFEFF');
        var excel = await page.Context.APIRequest.GetAsync(fixture.BaseUrl + await page.GetByRole(AriaRole.Link, new() { Name = "Excel", Exact = true }).GetAttributeAsync("href"));

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Reference,Status,Stage,Resident", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length); // the header and the two complaints in the category
        Assert.Contains(lines, l => l.Contains("\"'=HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Headers["content-type"]);
    }
}
