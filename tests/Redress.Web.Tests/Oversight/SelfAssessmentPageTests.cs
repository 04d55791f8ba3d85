using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Redress.Domain.Code;
using Redress.Web.Assessment;
using Redress.Web.Audit;
using UglyToad.PdfPig;

namespace Redress.Web.Tests;

/// <summary>
/// Code 8.1-8.4: the self-assessment through its pages and exports, on both databases. Each test has an
/// instance of its own: a new version starts from the last one's answers, so tests must not share versions.
/// </summary>
public abstract class SelfAssessmentPageTests<TFactory> : OwnInstance<TFactory> where TFactory : RedressFactory, new()
{
    private async Task<(Guid Id, PageSession Officer)> StartedAsync()
    {
        var officer = await PageSession.SignInAsync(Factory, "Assessing Officer", "complaintsOfficer");
        var page = await officer.SubmitFollowAsync("/self-assessment", new() { ["Year"] = "2025", ["Reason"] = "Annual" });
        var id = Guid.Parse(page.QuerySelector("a[href$='/approve']")!.GetAttribute("href")!.Split('/')[2]);
        return (id, officer);
    }

    private async Task AnswerAllAsync(Guid id)
    {
        using var scope = Factory.Services.CreateScope();
        var operations = scope.ServiceProvider.GetRequiredService<AssessmentOperations>();
        foreach (var p in CodeProvisions.All)
        {
            var outcome = await operations.AnswerAsync(id, p.Number, new AnswerDetails(p.Number != "1.6", $"Evidence for {p.Number}", null,
                p.Number == "1.6" ? "Add complaint details to every survey" : null, p.Number == "1.6" ? new DateOnly(2026, 9, 30) : null), Actor.System);
            Assert.True(outcome.Succeeded, outcome.Error?.Message);
        }
    }

    [Fact]
    [Trait("Code", "8.1")]
    public async Task Answer_NoWithoutAction_Refused_ThenSaved_WithTheMeasuredEvidenceShown()
    {
        var (id, officer) = await StartedAsync();

        var form = await officer.GetAsync($"/self-assessment/{id}/provisions/6.2");
        var refused = await officer.SubmitRefusedAsync($"/self-assessment/{id}/provisions/6.2", new() { ["Complies"] = "false" });
        var saved = await officer.SubmitFollowAsync($"/self-assessment/{id}/provisions/6.2", new()
        {
            ["Complies"] = "false", ["Action"] = "Daily acknowledgement check", ["TargetOn.Day"] = "30", ["TargetOn.Month"] = "9", ["TargetOn.Year"] = "2026",
        });

        Assert.Contains("stage 1 complaints acknowledged within 5 working days", form.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("action", Assert.Single(refused.Errors()).Field);
        Assert.Equal("Provision 6.2 answered.", saved.Banner());
        var row = saved.QuerySelector("#p-6-2")!;
        Assert.Contains("No", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Daily acknowledgement check, by 30 September 2026", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "8.1")]
    public async Task Answer_SaveAndNext_OnToTheNextProvision_ThenChangeLinksForTheAnswered()
    {
        var (id, officer) = await StartedAsync();
        var numbers = CodeProvisions.All.Select(p => p.Number).ToList();
        var (first, second, last) = (numbers[0], numbers[1], numbers[^1]);

        var next = await officer.SubmitFollowAsync($"/self-assessment/{id}/provisions/{first}", new() { ["Complies"] = "true", ["Evidence"] = "Policy section 2", ["Next"] = "true" });
        var lastForm = await officer.GetAsync($"/self-assessment/{id}/provisions/{last}");
        var assessment = await officer.GetAsync($"/self-assessment/{id}");

        Assert.Equal($"Provision {second}", next.QuerySelector("h1")!.TextContent);
        Assert.Equal($"Provision {first} answered.", next.Banner());
        Assert.Null(lastForm.QuerySelector("button[name=Next]")); // nothing after the last provision
        var answered = assessment.QuerySelector($"a[href='/self-assessment/{id}/provisions/{first}']")!;
        var unanswered = assessment.QuerySelector($"a[href='/self-assessment/{id}/provisions/{second}']")!;
        Assert.Equal("Change", answered.FirstChild!.TextContent);
        Assert.Equal($"the answer to provision {first}", answered.QuerySelector(".govuk-visually-hidden")!.TextContent.Trim());
        Assert.Equal("Answer", unanswered.FirstChild!.TextContent);
        Assert.Equal($"provision {second}", unanswered.QuerySelector(".govuk-visually-hidden")!.TextContent.Trim());
    }

    [Fact]
    [Trait("Code", "8.1")]
    public async Task Approve_Unanswered_Refused_AllAnswered_ApprovedAndLocked()
    {
        var (id, officer) = await StartedAsync();

        var refused = await officer.SubmitRefusedAsync($"/self-assessment/{id}/approve", new() { ["ApprovedBy"] = "Board", ["ApprovedOn.Day"] = "30", ["ApprovedOn.Month"] = "6", ["ApprovedOn.Year"] = "2026" });
        await AnswerAllAsync(id);
        var approved = await officer.SubmitFollowAsync($"/self-assessment/{id}/approve", new() { ["ApprovedBy"] = "Board, meeting of 30 June 2026", ["ApprovedOn.Day"] = "30", ["ApprovedOn.Month"] = "6", ["ApprovedOn.Year"] = "2026" });
        var locked = await officer.Client.GetAsync($"/self-assessment/{id}/provisions/1.2");

        Assert.Contains("72 provisions are not answered yet", Assert.Single(refused.Errors()).Message, StringComparison.Ordinal);
        Assert.StartsWith("Version", approved.Banner(), StringComparison.Ordinal);
        Assert.Equal("30 June 2026 by Board, meeting of 30 June 2026", approved.Row("Approved"));
        Assert.Equal(HttpStatusCode.NotFound, locked.StatusCode);
    }

    [Fact]
    [Trait("Code", "8.2")]
    public async Task Exports_EveryProvisionOfTheFormInOrderWithItsNumber()
    {
        var (id, officer) = await StartedAsync();
        await AnswerAllAsync(id);
        var numbers = CodeProvisions.All.Select(p => p.Number).ToList();

        var csv = (await officer.Client.GetStringAsync($"/self-assessment/{id}/export?handler=Csv")).TrimStart('\uFEFF');
        var html = await officer.GetAsync($"/self-assessment/{id}/export?handler=Html");
        var pdf = await officer.Client.GetByteArrayAsync($"/self-assessment/{id}/export?handler=Pdf");
        var xlsx = TsmReportTests<TFactory>.Sheet(await officer.Client.GetByteArrayAsync($"/self-assessment/{id}/export?handler=Xlsx"));

        var csvNumbers = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.Equal(numbers, csvNumbers);
        Assert.Contains("Add complaint details to every survey", csv, StringComparison.Ordinal);
        Assert.Equal(numbers, html.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal(73, System.Text.RegularExpressions.Regex.Count(xlsx, "<row")); // the headers and 72 provisions
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var position = 0;
        foreach (var number in numbers)
        {
            var found = text.IndexOf($" {number} ", position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"provision {number} is missing from the PDF, or out of order");
            position = found;
        }
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            // Every page of the table has its header, and the header's words do not run into each other.
            var provision = words.FirstOrDefault(w => w.Text == "Provision");
            var code = words.FirstOrDefault(w => w.Text == "Code" && provision is not null && Math.Abs(w.BoundingBox.Bottom - provision.BoundingBox.Bottom) < 1);
            Assert.True(provision is not null && code is not null, $"page {page.Number} has no table header");
            Assert.True(provision.BoundingBox.Right < code.BoundingBox.Left, $"page {page.Number}: 'Provision' runs into 'Code requirement'");
            // No page ends with a section heading stranded under nothing.
            var last = words.Where(w => w.BoundingBox.Bottom > 60).OrderBy(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).Take(12).Select(w => w.Text);
            Assert.DoesNotContain("Section", string.Join(" ", last), StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Code", "8.3")]
    public async Task NewVersion_AfterAProcedureChange_StartsFromTheLastAnswers()
    {
        var (first, officer) = await StartedAsync();
        await AnswerAllAsync(first);

        var refused = await officer.SubmitRefusedAsync("/self-assessment", new() { ["Year"] = "2025", ["Reason"] = "ProcedureChange" });
        var second = await officer.SubmitFollowAsync("/self-assessment", new() { ["Year"] = "2025", ["Reason"] = "ProcedureChange", ["ReasonDetails"] = "New stage 2 panel" });

        Assert.Equal("reasonDetails", Assert.Single(refused.Errors()).Field);
        Assert.Contains("from the previous version's answers", second.Banner(), StringComparison.Ordinal);
        Assert.Contains("72 of 72 provisions", second.Row("Answered"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Governance_ReadsButCannotChange()
    {
        var (id, _) = await StartedAsync();
        var board = await PageSession.SignInAsync(Factory, "Board Reader", "governance");

        var page = await board.GetAsync($"/self-assessment/{id}");
        var answer = await board.Client.GetAsync($"/self-assessment/{id}/provisions/1.2");

        Assert.Null(page.QuerySelector($"a[href='/self-assessment/{id}/provisions/1.2']"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, answer.StatusCode);
    }
}

[Trait("Database", "SQLite")]
public sealed class SelfAssessmentPageSqliteTests : SelfAssessmentPageTests<SqliteFactory>;

[Trait("Database", "PostgreSQL")]
public sealed class SelfAssessmentPagePostgresTests : SelfAssessmentPageTests<PostgresFactory>;
