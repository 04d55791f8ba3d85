using Microsoft.Playwright;

namespace Redress.Browser.Tests;

/// <summary>How a person works a page: with the mouse, or with the keyboard alone.</summary>
public interface IDriver
{
    IPage Page { get; }

    Task FillAsync(ILocator field, string text);

    Task CheckAsync(ILocator radioOrCheckbox);

    Task SelectAsync(ILocator select, string label);

    Task ActivateAsync(ILocator buttonOrLink);
}

public sealed class MouseDriver(IPage page) : IDriver
{
    public IPage Page => page;

    public Task FillAsync(ILocator field, string text) => field.FillAsync(text);

    public Task CheckAsync(ILocator radioOrCheckbox) => radioOrCheckbox.CheckAsync();

    public async Task SelectAsync(ILocator select, string label) => await select.SelectOptionAsync(new SelectOptionValue { Label = label });

    public Task ActivateAsync(ILocator buttonOrLink) => Navigation.AwaitLoadAsync(page, () => buttonOrLink.ClickAsync());
}

internal static class Navigation
{
    /// <summary>Does <paramref name="act"/> and waits for the page it leads to to load (its load event), however quick.</summary>
    public static async Task AwaitLoadAsync(IPage page, Func<Task> act)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await act();
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }
}

/// <summary>
/// Reaches every control with Tab from the top of the page and works it with keys only: typing, Space,
/// Enter and the arrow keys. A control that Tab cannot reach fails the test.
/// </summary>
public sealed class KeyboardDriver(IPage page) : IDriver
{
    private const int MaxTabs = 250;

    public IPage Page => page;

    public async Task FillAsync(ILocator field, string text)
    {
        await FocusAsync(field, "a === b");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync(text);
    }

    public async Task CheckAsync(ILocator radioOrCheckbox)
    {
        var type = await radioOrCheckbox.GetAttributeAsync("type");
        if (type == "radio")
        {
            // Tab enters a radio group once; the arrow keys then move within it, checking as they go.
            await FocusAsync(radioOrCheckbox, "a.name === b.name");
            var target = await radioOrCheckbox.ElementHandleAsync();
            for (var i = 0; i < 20 && !await page.EvaluateAsync<bool>("t => document.activeElement === t", target); i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }
            if (!await radioOrCheckbox.IsCheckedAsync())
            {
                await page.Keyboard.PressAsync("Space");
            }
        }
        else
        {
            await FocusAsync(radioOrCheckbox, "a === b");
            await page.Keyboard.PressAsync("Space");
        }
        Assert.True(await radioOrCheckbox.IsCheckedAsync(), "the keyboard did not check the control");
    }

    public async Task SelectAsync(ILocator select, string label)
    {
        await FocusAsync(select, "a === b");
        var labels = await select.Locator("option").AllTextContentsAsync();
        var wanted = labels.ToList().FindIndex(l => l.Trim() == label);
        Assert.True(wanted >= 0, $"no option '{label}'");
        var current = await select.EvaluateAsync<int>("s => s.selectedIndex");
        for (var i = current; i < wanted; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        for (var i = current; i > wanted; i--)
        {
            await page.Keyboard.PressAsync("ArrowUp");
        }
        Assert.Equal(wanted, await select.EvaluateAsync<int>("s => s.selectedIndex"));
    }

    /// <summary>Enter on a link or a submit button, waiting for the page it leads to, as a click does.</summary>
    public async Task ActivateAsync(ILocator buttonOrLink)
    {
        await FocusAsync(buttonOrLink, "a === b");
        await Navigation.AwaitLoadAsync(page, () => page.Keyboard.PressAsync("Enter"));
    }

    /// <summary>Presses Tab from the top of the page until the focused element matches the target by <paramref name="same"/> (JavaScript over a and b).</summary>
    private async Task FocusAsync(ILocator target, string same)
    {
        var element = await target.ElementHandleAsync();
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.getSelection()?.removeAllRanges(); }");
        await page.Keyboard.PressAsync("Escape");
        var test = $"t => {{ const a = document.activeElement, b = t; return !!a && ({same}); }}";
        if (await page.EvaluateAsync<bool>(test, element))
        {
            return;
        }
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(test, element))
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached {target}");
    }
}
