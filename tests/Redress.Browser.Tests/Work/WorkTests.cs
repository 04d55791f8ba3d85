using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

[Collection(BrowserGroup.Name)]
public sealed class WorkTests(BrowserFixture fixture)
{


    private async Task<JsonNode> NewComplaint(string resident) => await fixture.PostAsync("/api/v1/complaints", new
    {
        receivedOn = BrowserFixture.Today, channel = "phone", description = "The boiler has failed twice this month.\nNobody came.", category = "repairs",
        resident = new { name = resident, address = "2 Mill Lane, Town, AB1 2CD", tenure = "lcra" },
    });


    [Fact]
    public async Task MyWork_ShowsMineByDeadlineAndTheUnassigned_ThenTheComplaintPage()
    {
        var users = JsonNode.Parse(await fixture.Api.GetStringAsync("/api/v1/users"))!.AsArray();
        var me = (string)users.First(u => (string)u!["email"]! == BrowserFixture.AdminEmail)!["id"]!;
        var unassigned = await NewComplaint("Priya Shah");
        var mine = await NewComplaint("Tom Jones");
        await fixture.PostAsync($"/api/v1/complaints/{mine["id"]}/acknowledgement", new
        {
            acknowledgedOn = BrowserFixture.Today, handlerId = me,
            definition = new { summary = "Boiler repairs failed", points = new[] { "Boiler not repaired", "Missed visit" }, outcomesSought = new[] { "Working heating" } },
        });

        var page = await fixture.SignedInAsync("/work");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My work");
        var yours = page.Locator("table").Filter(new() { HasText = (string)mine["reference"]! });
        await Assertions.Expect(yours).ToContainTextAsync("Tom Jones");
        await Assertions.Expect(yours).ToContainTextAsync("10 working days left");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync((string)unassigned["reference"]!);
        await page.AssertAccessibleAsync("my-work");

        await page.GetByRole(AriaRole.Link, new() { Name = (string)mine["reference"]! }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync((string)mine["reference"]!);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Boiler not repaired");
        await Assertions.Expect(page.Locator(".moj-timeline")).ToContainTextAsync("Acknowledged and defined");
        await page.AssertAccessibleAsync("complaint");
    }

    [Fact]
    public async Task MyWork_SignedOut_GoesToSignIn()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/work");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
    }

    [Theory]
    [InlineData("/work")]
    [InlineData("/work/team")]
    public async Task CaseloadTables_At320px_ReflowAsCardsWithTheirDueTag(string path)
    {
        var complaint = await NewComplaint($"Card {Guid.NewGuid().ToString("N")[..6]}");
        var page = await fixture.SignedInAsync(path);
        await page.SetViewportSizeAsync(320, 900);

        var card = page.Locator("tbody tr").Filter(new() { HasText = (string)complaint["reference"]! });
        var region = page.Locator(".redress-table-scroll").Filter(new() { Has = card });
        var box = (await card.BoundingBoxAsync())!;
        var widths = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth]");
        var labels = await card.Locator("td").EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c, '::before').content)");
        var resident = (await card.Locator("td[data-label=Resident]").BoundingBoxAsync())!;
        var due = (await card.Locator("td[data-label=Due]").BoundingBoxAsync())!;

        Assert.True(box.X >= 0 && box.X + box.Width <= 320, $"the card is {box.Width}px wide at {box.X}");
        Assert.Equal(widths[1], widths[0]); // nothing to scroll sideways
        Assert.Contains("\"Resident\"", labels);
        Assert.True(due.Y > resident.Y, "the due date stacks under the resident, not beside them");
        await Assertions.Expect(card.Locator("td[data-label=Due] strong.govuk-tag")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"cards{path.Replace('/', '-')}-320.png"), FullPage = true });
    }
}
