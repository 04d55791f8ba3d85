using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

/// <summary>
/// The whole journey of the issue, as two handlers do it in the browser: log, acknowledge, extend and respond
/// at stage 1; escalate; a second handler acknowledges and responds at stage 2, the first refused as the stage 2
/// handler. Once with the mouse, once with the keyboard alone; axe on every page.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class TwoStageJourneyTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Code", "6.13")]
    public Task TwoStages_WithTheMouse() => JourneyAsync(page => new MouseDriver(page), "mouse");

    [Fact]
    [Trait("Code", "6.13")]
    public Task TwoStages_WithTheKeyboardAlone() => JourneyAsync(page => new KeyboardDriver(page), "keyboard");

    private async Task JourneyAsync(Func<IPage, IDriver> drive, string run)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (firstId, firstEmail) = await fixture.StaffAsync($"Alpha {tag}", "handler");
        var (_, secondEmail) = await fixture.StaffAsync($"Beta {tag}", "handler");
        var resident = $"Resident {tag}";

        var d = await SignInAsync(drive, firstEmail, $"{run}-sign-in");
        var p = d.Page;
        await d.ActivateAsync(p.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "My work" }));
        await Check(p, $"{run}-my-work");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Log a complaint" }));
        await Check(p, $"{run}-log");
        await d.CheckAsync(p.GetByLabel("Phone", new() { Exact = true }));
        await d.FillAsync(p.GetByLabel("Full name"), resident);
        await d.CheckAsync(p.GetByLabel("Low-cost rental"));
        await d.FillAsync(p.GetByLabel("The complaint in the resident's words"), "The boiler has failed three times and nobody came.");
        await d.SelectAsync(p.GetByLabel("Category"), "Repairs");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Log complaint" }));
        await Assertions.Expect(p.Locator(".govuk-notification-banner")).ToContainTextAsync("logged. Acknowledge it by");
        var id = p.Url.Split('/')[^1].Split('#')[0];
        await Check(p, $"{run}-logged");

        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Acknowledge stage 1" }));
        await DefineAsync(d, $"Alpha {tag}", ["Boiler not repaired", "Appointments missed"]);
        await Check(p, $"{run}-acknowledge-check");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Record acknowledgement" }));
        await Assertions.Expect(p.Locator(".govuk-notification-banner")).ToContainTextAsync("Stage 1 acknowledged");

        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Extend the timescale" }));
        await Check(p, $"{run}-extend");
        await d.FillAsync(p.GetByLabel("Length of the extension, in working days"), "5");
        await d.FillAsync(p.GetByLabel("Reason", new() { Exact = true }), "Waiting for the heating engineer's report");
        await d.FillAsync(p.GetByLabel("Agreed interval for updates, in working days"), "3");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Check(p, $"{run}-extend-check");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Record extension" }));
        await Assertions.Expect(p.Locator(".govuk-notification-banner")).ToContainTextAsync("Extension recorded");

        await RespondAsync(d, run, 1, 2);

        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Escalate to stage 2" }));
        await Check(p, $"{run}-escalate");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Escalate to stage 2" }));
        await Assertions.Expect(p.Locator(".govuk-notification-banner")).ToContainTextAsync("stage 2");
        await Check(p, $"{run}-escalated");

        // The first handler cannot take stage 2: not offered, and refused by the server if sent anyway.
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Acknowledge stage 2" }));
        var offered = await p.GetByLabel("Handler").Locator("option").AllTextContentsAsync();
        Assert.DoesNotContain($"Alpha {tag}", offered);
        await p.EvaluateAsync("([id, name]) => { const o = document.createElement('option'); o.value = id; o.text = name; document.getElementById('handlerId').add(o); }",
            new[] { firstId.ToString(), $"Alpha {tag}" });
        await DefineAsync(d, $"Alpha {tag}", ["Stage 1 response wrong"]);
        await Assertions.Expect(p.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Check(p, $"{run}-stage2-refused");
        await SignOutAsync(d);
        await p.CloseAsync();

        d = await SignInAsync(drive, secondEmail, $"{run}-sign-in-2");
        p = d.Page;
        await d.ActivateAsync(p.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "My work" }));
        await d.ActivateAsync(p.Locator($"a[href='/complaints/{id}']").First);
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Acknowledge stage 2" }));
        await Check(p, $"{run}-acknowledge-2");
        await DefineAsync(d, $"Beta {tag}", ["Stage 1 response wrong"]);
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Record acknowledgement" }));
        await Assertions.Expect(p.Locator(".govuk-notification-banner")).ToContainTextAsync("Stage 2 acknowledged");
        await RespondAsync(d, run, 2, 1);
        await Check(p, $"{run}-final");

        var view = JsonNode.Parse(await fixture.Api.GetStringAsync($"/api/v1/complaints/{id}"))!;
        Assert.Equal("responded", (string)view["status"]!);
        Assert.Equal(2, (int)view["stage"]!);
        Assert.Single(view["stages"]![0]!["extensions"]!.AsArray());
        Assert.NotEqual((string)view["stages"]![0]!["handlerId"]!, (string)view["stages"]![1]!["handlerId"]!);
        await p.CloseAsync();
    }

    private async Task<IDriver> SignInAsync(Func<IPage, IDriver> drive, string email, string shot)
    {
        var d = drive(await fixture.NewPageAsync());
        await d.Page.GotoAsync("/sign-in");
        await Check(d.Page, shot);
        await d.FillAsync(d.Page.GetByLabel("Email address"), email);
        await d.FillAsync(d.Page.GetByLabel("Password"), BrowserFixture.AdminPassword);
        await d.ActivateAsync(d.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
        await Assertions.Expect(d.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return d;
    }

    private static async Task SignOutAsync(IDriver d)
    {
        await d.ActivateAsync(d.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        await Assertions.Expect(d.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    private static async Task DefineAsync(IDriver d, string handler, string[] points)
    {
        var p = d.Page;
        await d.SelectAsync(p.GetByLabel("Handler"), handler);
        await d.FillAsync(p.GetByLabel("Your understanding of the complaint"), "The boiler keeps failing and repairs were not done.");
        await d.FillAsync(p.GetByLabel("Points of complaint"), string.Join("\n", points));
        await d.FillAsync(p.GetByLabel("Outcomes the resident is seeking"), "A working boiler");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
    }

    private static async Task RespondAsync(IDriver d, string run, int stage, int points)
    {
        var p = d.Page;
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Respond" }));
        await Check(p, $"{run}-respond-{stage}");
        for (var i = 0; i < points; i++)
        {
            await d.CheckAsync(p.Locator($"#findings-{i}-decision"));
            await d.FillAsync(p.Locator($"#findings-{i}-reasons"), "The job records show the fault.");
        }
        await d.CheckAsync(p.Locator("#decision"));
        await d.FillAsync(p.GetByLabel("Reasons for the decision"), "Our repairs policy sets 5 working days for heating.");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        // The letter the response issues is shown before it goes, with the decision and the way to escalate.
        await Assertions.Expect(p.Locator(".redress-letter")).ToContainTextAsync("Our repairs policy sets 5 working days for heating.");
        await Assertions.Expect(p.Locator(".redress-letter")).ToContainTextAsync(stage == 1 ? "stage 2" : "Housing Ombudsman");
        await Check(p, $"{run}-respond-{stage}-check");
        await d.ActivateAsync(p.GetByRole(AriaRole.Button, new() { Name = "Record response" }));
        await Assertions.Expect(p.Locator(".govuk-notification-banner")).ToContainTextAsync($"Stage {stage} response recorded");

        // Afterwards the complaint lists the letter; its page shows it as sent and offers the PDF stored.
        await d.ActivateAsync(p.Locator("#letters + * a, #letters ~ * a").Filter(new() { HasText = "Our response to your complaint" }).Last);
        await Assertions.Expect(p.Locator(".redress-letter")).ToContainTextAsync($"stage {stage} response");
        await Check(p, $"{run}-letter-{stage}");
        var pdf = await p.GetByRole(AriaRole.Link, new() { Name = "Download the PDF as sent" }).GetAttributeAsync("href");
        var response = await p.APIRequest.GetAsync(pdf!);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        await d.ActivateAsync(p.GetByRole(AriaRole.Link, new() { Name = "Back to" }));
    }

    private static async Task Check(IPage page, string name)
    {
        await page.AssertAccessibleAsync($"journey-{name}");
    }
}
