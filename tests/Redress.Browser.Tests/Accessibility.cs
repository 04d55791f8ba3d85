using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

/// <summary>axe with the WCAG 2.2 A and AA rules; a screenshot of every page checked is kept as an artifact.</summary>
internal static class Accessibility
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static async Task AssertAccessibleAsync(this IPage page, string name)
    {
        // Chromium renders frames only for the tab in front; a test with two people's pages open needs this.
        await page.BringToFrontAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}.png"), FullPage = true });
        var result = await page.RunAxe(Options);
        var violations = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {name} ({page.Url}):\n{violations}");
    }
}
