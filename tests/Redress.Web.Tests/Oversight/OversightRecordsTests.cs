using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Redress.Domain.Code;
using Redress.Domain.Oversight;
using Redress.Web.Assessment;
using Redress.Web.Audit;
using UglyToad.PdfPig;

namespace Redress.Web.Tests;

/// <summary>Learning, exceptional circumstances, Ombudsman cases, the annual report and the MRC pack, through their pages, on both databases.</summary>
public abstract class OversightRecordsTests<TFactory> : OwnInstance<TFactory> where TFactory : RedressFactory, new()
{
    private async Task<(string Id, string Reference)> ComplaintAsync()
    {
        var body = await (await Factory.AdminClient().Post("/api/v1/complaints", Api.Complaint("2025-12-19"))).Expect(HttpStatusCode.Created);
        return ((string)body["id"]!, (string)body["reference"]!);
    }

    [Fact]
    [Trait("Code", "9.3")]
    public async Task Learning_RaisedFromAComplaint_ThenDoneWithWhatChanged()
    {
        var (_, reference) = await ComplaintAsync();
        var officer = await PageSession.SignInAsync(Factory, "Learning Lead", "complaintsOfficer");

        var unknown = await officer.SubmitRefusedAsync("/oversight/learning", new() { ["Title"] = "Texts", ["Theme"] = "repairs", ["Owner"] = "Repairs", ["DueOn.Day"] = "30", ["DueOn.Month"] = "9", ["DueOn.Year"] = "2026", ["Complaints"] = "CMP-1999-000001" });
        var list = await officer.SubmitFollowAsync("/oversight/learning", new() { ["Title"] = "Text residents before repairs visits", ["Theme"] = "repairs communication", ["Owner"] = "Head of repairs", ["DueOn.Day"] = "30", ["DueOn.Month"] = "9", ["DueOn.Year"] = "2026", ["Complaints"] = reference.ToLowerInvariant() });
        var link = list.QuerySelector("main table a")!.GetAttribute("href")!;
        var done = await officer.SubmitFollowAsync($"{link}?handler=Complete", new() { ["WhatChanged"] = "Residents get a text the day before", ["DoneOn.Day"] = "30", ["DoneOn.Month"] = "6", ["DoneOn.Year"] = "2026" });

        Assert.Contains("CMP-1999-000001", Assert.Single(unknown.Errors()).Message, StringComparison.Ordinal);
        Assert.Contains(reference, list.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Residents get a text the day before", done.Row("What changed"));
    }

    [Fact]
    [Trait("Code", "8.5")]
    public async Task Exceptional_Recorded_CountsTheComplaintsReceivedInThePeriod()
    {
        await ComplaintAsync();
        var officer = await PageSession.SignInAsync(Factory, "Register Keeper", "seniorLead");

        var page = await officer.SubmitFollowAsync("/oversight/exceptional", new()
        {
            ["From.Day"] = "15", ["From.Month"] = "12", ["From.Year"] = "2025", ["To.Day"] = "20", ["To.Month"] = "12", ["To.Year"] = "2025",
            ["Reason"] = "Cyber attack on the housing system", ["ResidentsTold"] = "Website notice and letters",
            ["OmbudsmanToldOn.Day"] = "16", ["OmbudsmanToldOn.Month"] = "12", ["OmbudsmanToldOn.Year"] = "2025",
        });

        var measures = await Factory.AdminClient().Get("/api/v1/reports/measures?year=2025");
        var behind = await Factory.AdminClient().Get("/api/v1/reports/measures/complaints?measure=exceptional&year=2025");

        Assert.Equal("1", page.Row("Complaints received in the period"));
        Assert.Equal(1, (int)measures["duringExceptionalCircumstances"]!["value"]!);
        Assert.Equal(1, (int)behind["total"]!);
    }

    [Fact]
    public async Task OmbudsmanCase_DeterminedWithAnOrder_ComplianceClosesIt_RateShown()
    {
        var (id, reference) = await ComplaintAsync();
        var officer = await PageSession.SignInAsync(Factory, "Case Keeper", "complaintsOfficer");

        var opened = await officer.SubmitFollowAsync("/oversight/ombudsman", new() { ["ComplaintReference"] = reference, ["Reference"] = "202512345", ["Stage"] = "Investigation", ["OpenedOn.Day"] = "1", ["OpenedOn.Month"] = "3", ["OpenedOn.Year"] = "2026" });
        var url = $"/oversight/ombudsman/{Factory.Query(db => db.OmbudsmanCases.Single(c => c.Reference == "202512345").Id)}";
        var determined = await officer.SubmitFollowAsync($"{url}?handler=Determine", new()
        {
            ["DeterminedOn.Day"] = "1", ["DeterminedOn.Month"] = "6", ["DeterminedOn.Year"] = "2026",
            ["Findings[0].Element"] = "Repairs", ["Findings[0].Finding"] = "Maladministration",
            ["Findings[1].Element"] = "Complaint handling", ["Findings[1].Finding"] = "NoMaladministration",
            ["Orders[0].Kind"] = "Order", ["Orders[0].Description"] = "Pay £300", ["Orders[0].Due.Day"] = "29", ["Orders[0].Due.Month"] = "6", ["Orders[0].Due.Year"] = "2026", ["Orders[0].Compensation"] = "300",
        });
        var order = Factory.Query(db => db.OmbudsmanOrders.Single()).Id;
        var closed = await officer.SubmitFollowAsync($"{url}?handler=Comply", new() { ["OrderId"] = order.ToString(), ["Evidence"] = "Paid, reference 8812" });
        var list = await officer.GetAsync("/oversight/ombudsman");

        Assert.Equal("Ombudsman case 202512345 recorded.", opened.Banner());
        Assert.Equal("Determination recorded.", determined.Banner());
        Assert.Contains("Closed", closed.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("50.0%", list.QuerySelector(".redress-count__number")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(30000, Factory.Query(db => db.OmbudsmanOrders.Single().CompensationPence));
        _ = id;
    }

    [Fact]
    public async Task AnnualReport_Year_ChosenFromTheValidYears_AnotherInTheAddressRefusedClearly()
    {
        await ComplaintAsync();
        var officer = await PageSession.SignInAsync(Factory, "Year Chooser", "complaintsOfficer");

        var byDefault = await officer.GetAsync("/oversight/annual-report");
        var tooEarly = await officer.GetAsync("/oversight/annual-report?reportingYear=1999");
        var notANumber = await officer.GetAsync("/oversight/annual-report?reportingYear=twenty");

        // The clock is 30 June 2026: 2026/27 is under way, and the first complaint was received within 2025/26 or later.
        var options = byDefault.QuerySelectorAll("select#year option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal([("2026", "2026/27"), ("2025", "2025/26")], options.Take(2));
        Assert.Equal("2025", byDefault.QuerySelector("select#year option[selected]")!.GetAttribute("value")); // last year's by default
        Assert.Null(byDefault.QuerySelector("input#year"));
        foreach (var (page, asked) in new[] { (tooEarly, "1999"), (notANumber, "twenty") })
        {
            var (field, message) = Assert.Single(page.Errors());
            Assert.Equal("year", field);
            Assert.StartsWith("Choose a reporting year from the list: there is a report for each year from ", message, StringComparison.Ordinal);
            Assert.EndsWith($"to 2026/27, not for “{asked}”", message, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("#analysis"));
        }
        Assert.False(Factory.Query(db => db.AnnualReports.Any(r => r.ReportingYear == 1999)));
    }

    [Fact]
    [Trait("Code", "8.1")]
    [Trait("Code", "8.2")]
    public async Task AnnualReport_PublishedWithResponseAndSelfAssessment_PublicPageAndPdf()
    {
        await ComplaintAsync();
        var officer = await PageSession.SignInAsync(Factory, "Report Writer", "complaintsOfficer");
        var visitor = new PageSession(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        await officer.SubmitFollowAsync("/oversight/annual-report?reportingYear=2025&handler=Save", new() { ["reportingYear"] = "2025", ["Analysis"] = "Repairs drive most complaints." });
        var refused = await officer.SubmitRefusedAsync("/oversight/annual-report?reportingYear=2025&handler=Publish", new() { ["reportingYear"] = "2025" });
        await officer.SubmitFollowAsync("/oversight/annual-report?reportingYear=2025&handler=Save", new()
        {
            ["reportingYear"] = "2025", ["Analysis"] = "Repairs drive most complaints.", ["GoverningBodyResponse"] = "The board accepts the report and asks for quarterly repairs updates.",
            ["ResponseOn.Day"] = "20", ["ResponseOn.Month"] = "6", ["ResponseOn.Year"] = "2026",
        });
        var noAssessment = await officer.SubmitRefusedAsync("/oversight/annual-report?reportingYear=2025&handler=Publish", new() { ["reportingYear"] = "2025" });
        await ApprovedAssessmentAsync(2025);
        var published = await officer.SubmitFollowAsync("/oversight/annual-report?reportingYear=2025&handler=Publish", new() { ["reportingYear"] = "2025" });
        var index = await visitor.GetAsync("/reports");
        var page = await visitor.GetAsync("/reports/2025");
        var pdf = await visitor.Client.GetByteArrayAsync("/reports/2025?handler=Pdf");
        var assessment = await visitor.GetAsync(index.QuerySelectorAll("main a").Single(a => a.GetAttribute("href")!.StartsWith("/reports/self-assessment/", StringComparison.Ordinal)).GetAttribute("href")!);

        // Everything missing at once: the response and the approved self-assessment.
        Assert.Equal(["governingBodyResponse", "selfAssessment"], refused.Errors().Select(e => e.Field).Order(StringComparer.Ordinal).ToList());
        Assert.Contains("Approve a self-assessment", Assert.Single(noAssessment.Errors()).Message, StringComparison.Ordinal);
        // A refused publish loses nothing: the saved text is in the form, and the error sits by the missing item.
        Assert.Equal("Repairs drive most complaints.", noAssessment.QuerySelector("#analysis")!.TextContent);
        Assert.Contains("The board accepts the report", noAssessment.QuerySelector("#governingBodyResponse")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("20", noAssessment.QuerySelector("#responseOn")!.GetAttribute("value"));
        Assert.Contains("Approve a self-assessment", noAssessment.QuerySelector("#selfAssessment .govuk-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Published.", published.Banner(), StringComparison.Ordinal);
        Assert.Contains("The board accepts the report", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Repairs drive most complaints.", page.Body.TextContent, StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("(d) Service improvements", text, StringComparison.Ordinal);
        Assert.Contains("No service improvements from complaints were recorded in this year.", text, StringComparison.Ordinal);
        Assert.Contains("The most common subjects: Repairs (1).", text, StringComparison.Ordinal);
        Assert.Contains("No determinations this year.", text, StringComparison.Ordinal);
        Assert.Contains("board accepts the report", text, StringComparison.Ordinal);
        Assert.Equal(72, assessment.QuerySelectorAll("tbody th").Length);
    }

    [Fact]
    [Trait("Code", "8.1")]
    public async Task AnnualReport_ForAYearNotYetEnded_CannotBePublished()
    {
        var officer = await PageSession.SignInAsync(Factory, "Early Bird", "complaintsOfficer");
        await officer.SubmitFollowAsync("/oversight/annual-report?reportingYear=2026&handler=Save", new()
        {
            ["reportingYear"] = "2026", ["Analysis"] = "Early.", ["GoverningBodyResponse"] = "Noted.", ["ResponseOn.Day"] = "29", ["ResponseOn.Month"] = "6", ["ResponseOn.Year"] = "2026",
        });
        await ApprovedAssessmentAsync(2026);

        var refused = await officer.SubmitRefusedAsync("/oversight/annual-report?reportingYear=2026&handler=Publish", new() { ["reportingYear"] = "2026" });

        Assert.Contains("ends on 31 March 2027", Assert.Single(refused.Errors()).Message, StringComparison.Ordinal);
        Assert.Null(Factory.Query(db => db.AnnualReports.Single(r => r.ReportingYear == 2026).PublishedOn));
    }

    [Fact]
    [Trait("Code", "9.7")]
    public async Task MrcPack_QuarterPageAndPdf_HaveTheFourParts()
    {
        await ComplaintAsync();
        var board = await PageSession.SignInAsync(Factory, "Mrc Member", "governance");

        var page = await board.GetAsync("/oversight/mrc-pack?year=2025&quarter=3");
        var pdf = await board.Client.GetByteArrayAsync("/oversight/mrc-pack?handler=Pdf&year=2025&quarter=3");

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()[..3]).ToList();
        Assert.Equal(["(a)", "(b)", "(c)", "(d)"], headings);
        Assert.Equal("1", page.QuerySelectorAll("tbody tr")[0].QuerySelector("td")!.TextContent.Trim());
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Issues and trends", text, StringComparison.Ordinal);
        Assert.Contains("No Ombudsman determinations in the period", text, StringComparison.Ordinal);
    }

    private async Task ApprovedAssessmentAsync(int year)
    {
        using var scope = Factory.Services.CreateScope();
        var operations = scope.ServiceProvider.GetRequiredService<AssessmentOperations>();
        var started = await operations.StartAsync(year, AssessmentReason.Annual, null, Actor.System);
        foreach (var p in CodeProvisions.All)
        {
            await operations.AnswerAsync(started.Value!.Id, p.Number, new AnswerDetails(true, "Policy", null, null, null), Actor.System);
        }
        Assert.True((await operations.ApproveAsync(started.Value!.Id, new DateOnly(2026, 6, 30), "Board", Actor.System)).Succeeded);
    }
}

[Trait("Database", "SQLite")]
public sealed class OversightRecordsSqliteTests : OversightRecordsTests<SqliteFactory>;

[Trait("Database", "PostgreSQL")]
public sealed class OversightRecordsPostgresTests : OversightRecordsTests<PostgresFactory>;
