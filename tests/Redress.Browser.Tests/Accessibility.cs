using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

/// <summary>
/// axe with the WCAG 2.2 A and AA rules at 1280px, and at 320px (WCAG 1.4.10 reflow: the page must not scroll
/// sideways; a wide table scrolls in its own region); a screenshot of every page checked at both widths is kept as an artifact.
/// </summary>
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
        var wide = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 720 };
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}.png"), FullPage = true });
        await AxeAsync(page, name, "1280px");
        await page.SetViewportSizeAsync(320, wide.Height);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}-320.png"), FullPage = true });
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var widest = await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321).slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')).join(', ')");
            Assert.True(width <= 320, $"{name} ({page.Url}) is {width}px wide at 320px and scrolls sideways; too wide: {widest}");
            await AxeAsync(page, name, "320px");
        }
        finally
        {
            await page.SetViewportSizeAsync(wide.Width, wide.Height);
        }
    }

    private static async Task AxeAsync(IPage page, string name, string width)
    {
        var result = await page.RunAxe(Options);
        var violations = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {name} at {width} ({page.Url}):\n{violations}");
    }
}
