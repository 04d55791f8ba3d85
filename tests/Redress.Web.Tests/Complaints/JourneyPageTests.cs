using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;

namespace Redress.Web.Tests;

/// <summary>
/// Every journey on a complaint as the server renders it: the check-your-answers page, the banner after
/// recording, the error summary on bad input, and the database after each post. Both databases; the clock
/// is Tuesday 30 June 2026.
/// </summary>
public abstract class JourneyPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private HttpClient Admin => factory.AdminClient();

    private async Task<(string Id, PageSession Handler)> ReceivedAsync(string receivedOn = "2026-06-25")
    {
        var id = (string)(await (await Admin.Post("/api/v1/complaints", Api.Complaint(receivedOn))).Expect(HttpStatusCode.Created))["id"]!;
        return (id, await PageSession.SignInAsync(factory, $"Journey {Guid.NewGuid().ToString("N")[..6]}", "handler"));
    }

    private async Task<(string Id, PageSession Handler)> AcknowledgedAsync()
    {
        var (id, handler) = await ReceivedAsync();
        await (await Admin.Post($"/api/v1/complaints/{id}/acknowledgement", new { acknowledgedOn = "2026-06-26", handlerId = handler.UserId, definition = Api.Definition() })).Expect(HttpStatusCode.OK);
        return (id, handler);
    }

    private async Task<(string Id, PageSession Handler)> RespondedAsync()
    {
        var (id, handler) = await AcknowledgedAsync();
        await (await Admin.Post($"/api/v1/complaints/{id}/response", Api.Response("2026-06-29"))).Expect(HttpStatusCode.OK);
        return (id, handler);
    }

    private Complaint Saved(string id) => factory.Query(db => db.Complaints.AsNoTracking().Include(c => c.Stages).ThenInclude(s => s.Extensions).AsSplitQuery().Single(c => c.Id == Guid.Parse(id)));

    private static Dictionary<string, string> Date(string prefix, int day, int month = 6, int year = 2026) => new()
    {
        [$"{prefix}.Day"] = day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Month"] = month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> With(Dictionary<string, string> fields, params Dictionary<string, string>[] more)
    {
        foreach (var extra in more)
        {
            foreach (var (k, v) in extra)
            {
                fields[k] = v;
            }
        }
        return fields;
    }

    [Fact]
    [Trait("Code", "5.6")]
    public async Task Acknowledge_CheckThenConfirm_RowsBannerAndDatabase()
    {
        var (id, handler) = await ReceivedAsync();
        var fields = With(new()
        {
            ["Form.HandlerId"] = handler.UserId.ToString(), ["Form.Summary"] = "Repair outstanding",
            ["Form.Points"] = "Repair not done\nMissed visits", ["Form.OutcomesSought"] = "Repair done",
        }, Date("Form.AcknowledgedOn", 29));

        var check = await handler.SubmitRefusedAsync($"/complaints/{id}/acknowledge?handler=Check", new(fields));
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/acknowledge?handler=Confirm", fields);

        Assert.Equal("Check the acknowledgement before you record it", check.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("29 June 2026", check.Row("Date acknowledged"));
        Assert.StartsWith("Stage 1 acknowledged. The response is due by 13 July 2026.", done.Banner(), StringComparison.Ordinal);
        var saved = Saved(id);
        Assert.Equal(ComplaintStatus.Investigating, saved.Status);
        Assert.Equal(handler.UserId, saved.Stages[0].HandlerId);
    }

    [Fact]
    [Trait("Code", "5.6")]
    [Trait("Code", "5.12")]
    public async Task Acknowledge_CheckPageShowsTheLetter_ThenTheComplaintListsItAndServesItsPdf()
    {
        var (id, handler) = await ReceivedAsync();
        var fields = With(new()
        {
            ["Form.HandlerId"] = handler.UserId.ToString(), ["Form.Summary"] = "Leaking tap not fixed",
            ["Form.Points"] = "Repair not done\nMissed visits", ["Form.OutcomesSought"] = "Tap repaired",
        }, Date("Form.AcknowledgedOn", 29));

        var check = await handler.SubmitRefusedAsync($"/complaints/{id}/acknowledge?handler=Check", new(fields));
        var shown = check.QuerySelector(".redress-letter")!.TextContent;
        Assert.Contains("Leaking tap not fixed", shown, StringComparison.Ordinal);
        Assert.Contains("Missed visits", shown, StringComparison.Ordinal);
        Assert.Contains("13 July 2026", shown, StringComparison.Ordinal);
        Assert.Contains("by email (alex@example.org)", check.QuerySelector("#letter + p")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(factory.Query(db => db.Letters.Where(l => l.ComplaintId == Guid.Parse(id)).ToList()));

        var done = await handler.SubmitFollowAsync($"/complaints/{id}/acknowledge?handler=Confirm", fields);

        var link = done.QuerySelectorAll("a").Single(a => a.TextContent == "We have received your complaint");
        var letter = await handler.GetAsync(link.GetAttribute("href")!);
        static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Words(shown), Words(letter.QuerySelector(".redress-letter")!.TextContent)); // the letter sent is the letter shown
        var pdf = await handler.Client.GetAsync(letter.QuerySelectorAll("a").Single(a => a.TextContent == "Download the PDF as sent").GetAttribute("href"));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var stored = Assert.Single(factory.Query(db => db.Letters.Where(l => l.ComplaintId == Guid.Parse(id)).ToList()));
        Assert.Equal(stored.Pdf, await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(stored.Sha256!, letter.QuerySelector("code")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "5.6")]
    public async Task Acknowledge_NoPoints_ErrorAtTheFieldNothingSaved()
    {
        var (id, handler) = await ReceivedAsync();

        var page = await handler.SubmitRefusedAsync($"/complaints/{id}/acknowledge?handler=Check", With(new()
        {
            ["Form.HandlerId"] = handler.UserId.ToString(), ["Form.Summary"] = "Repair", ["Form.OutcomesSought"] = "Repair done",
        }, Date("Form.AcknowledgedOn", 29)));

        Assert.Contains(page.Errors(), e => e.Field == "points");
        Assert.NotNull(page.QuerySelector("#points-error"));
        Assert.Equal(ComplaintStatus.AwaitingAcknowledgement, Saved(id).Status);
    }

    [Fact]
    [Trait("Code", "5.9")]
    public async Task Extend_OverTheCapWithoutAnInterval_BothErrorsAtOnce_NothingSaved()
    {
        var (id, handler) = await AcknowledgedAsync();

        var page = await handler.SubmitRefusedAsync($"/complaints/{id}/extend?handler=Check",
            With(new() { ["Form.WorkingDays"] = "11", ["Form.Reason"] = "Complex" }, Date("Form.NotifiedOn", 30)));

        var fields = page.Errors().Select(e => e.Field).ToList();
        Assert.Contains("updateIntervalWorkingDays", fields);
        Assert.Contains("goodReason", fields);
        Assert.NotNull(page.QuerySelector("#updateIntervalWorkingDays-error"));
        Assert.Empty(Saved(id).Stages[0].Extensions);
    }

    [Fact]
    [Trait("Code", "6.4")]
    public async Task Extend_OverTheCapWithoutGoodReason_Refused_WithinIt_Recorded()
    {
        var (id, handler) = await AcknowledgedAsync();
        var over = With(new() { ["Form.WorkingDays"] = "11", ["Form.Reason"] = "Complex", ["Form.UpdateInterval"] = "3" }, Date("Form.NotifiedOn", 30));
        var within = With(new() { ["Form.WorkingDays"] = "5", ["Form.Reason"] = "Waiting for a quote", ["Form.UpdateInterval"] = "3" }, Date("Form.NotifiedOn", 30));

        var refused = await handler.SubmitRefusedAsync($"/complaints/{id}/extend?handler=Confirm", over);
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/extend?handler=Confirm", within);

        Assert.NotEmpty(refused.Errors());
        Assert.StartsWith("Extension recorded. The response is now due by", done.Banner(), StringComparison.Ordinal);
        var extension = Assert.Single(Saved(id).Stages[0].Extensions);
        Assert.Equal(5, extension.WorkingDays);
    }

    [Fact]
    [Trait("Code", "5.6")]
    public async Task Acknowledge_ThroughThePageAndThroughTheApi_IssuesTheSameLetter()
    {
        var (byPage, handler) = await ReceivedAsync();
        var byApi = (string)(await (await Admin.Post("/api/v1/complaints", Api.Complaint("2026-06-25"))).Expect(HttpStatusCode.Created))["id"]!;
        var fields = With(new()
        {
            ["Form.HandlerId"] = handler.UserId.ToString(), ["Form.Summary"] = "Repair outstanding after three visits",
            ["Form.Points"] = "Repair not completed\nMissed appointments", ["Form.OutcomesSought"] = "Repair completed\nCompensation",
        }, Date("Form.AcknowledgedOn", 29));

        await handler.SubmitFollowAsync($"/complaints/{byPage}/acknowledge?handler=Confirm", fields);
        await (await Admin.Post($"/api/v1/complaints/{byApi}/acknowledgement", new { acknowledgedOn = "2026-06-29", handlerId = handler.UserId, definition = Api.Definition() })).Expect(HttpStatusCode.OK);

        var letters = factory.Query(db => db.Letters.Where(l => l.ComplaintId == Guid.Parse(byPage) || l.ComplaintId == Guid.Parse(byApi)).ToList());
        var (page, api) = (letters.Single(l => l.ComplaintId == Guid.Parse(byPage)), letters.Single(l => l.ComplaintId == Guid.Parse(byApi)));
        var references = factory.Query(db => db.Complaints.Where(c => c.Id == Guid.Parse(byPage) || c.Id == Guid.Parse(byApi)).ToDictionary(c => c.Id, c => c.Reference));
        string Neutral(string text, Guid id) => text.Replace(references[id], "CMP-REFERENCE", StringComparison.Ordinal);
        Assert.Equal(Neutral(page.Text, Guid.Parse(byPage)), Neutral(api.Text, Guid.Parse(byApi)));
        Assert.Equal(Neutral(page.Html, Guid.Parse(byPage)), Neutral(api.Html, Guid.Parse(byApi)));
        Assert.Equal((page.Title, page.Delivery, page.Recipient, page.TemplateVersion), (api.Title, api.Delivery, api.Recipient, api.TemplateVersion));
    }

    [Fact]
    [Trait("Code", "5.9")]
    public async Task Update_DueInMyWork_LaterThanTheIntervalRefusedAtTheField_ThenTheLetterShownAndSent()
    {
        var (id, handler) = await AcknowledgedAsync(); // response due 10 July 2026
        await (await Admin.Post($"/api/v1/complaints/{id}/extensions",
            new { workingDays = 5, reason = "Waiting for the surveyor", notifiedOn = "2026-06-30", updateIntervalWorkingDays = 3 })).Expect(HttpStatusCode.OK);

        var work = await handler.GetAsync("/work");
        var due = work.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/complaints/{id}/update");
        Assert.StartsWith("Update the resident", due.TextContent, StringComparison.Ordinal);
        var form = await handler.GetAsync($"/complaints/{id}/update");
        Assert.Equal("3", form.QuerySelector("#nextUpdateOn")?.GetAttribute("value")); // prefilled: Friday 3 July, 3 working days on
        var late = With(new() { ["Form.Progress"] = "The surveyor is booked for 2 July.", ["Form.How"] = "letter" },
            Date("Form.SentOn", 30), Date("Form.NextUpdateOn", 10, 7));
        var refused = await handler.SubmitRefusedAsync($"/complaints/{id}/update?handler=Check", late);
        Assert.Contains(refused.Errors(), e => e.Field == "nextUpdateOn" && e.Message.Contains("every 3 working days", StringComparison.Ordinal));

        var fields = With(late, Date("Form.NextUpdateOn", 3, 7));
        var check = await handler.SubmitRefusedAsync($"/complaints/{id}/update?handler=Check", new(fields));
        var shown = check.QuerySelector(".redress-letter")!.TextContent;
        Assert.Contains("The surveyor is booked for 2 July.", shown, StringComparison.Ordinal);
        Assert.Contains("7 July 2026", shown, StringComparison.Ordinal); // the response, extended by 5 working days
        Assert.Contains("3 July 2026", shown, StringComparison.Ordinal);
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/update?handler=Confirm", fields);

        Assert.Equal("Update recorded. The next update is due by 3 July 2026.", done.Banner());
        Assert.Contains(done.QuerySelectorAll("a"), a => a.TextContent == "An update on your complaint");
        var saved = factory.Query(db => db.Complaints.AsNoTracking().Include(c => c.Updates).Single(c => c.Id == Guid.Parse(id)));
        Assert.Equal(new DateOnly(2026, 7, 3), saved.NextUpdateOn);
        Assert.True(Assert.Single(saved.Updates).OnTime);
    }

    [Fact]
    [Trait("Code", "6.6")]
    public async Task Update_ToldByPhone_RecordedWithoutALetter()
    {
        var (id, handler) = await RespondedAsync(); // "Complete the repair" due 27 July 2026
        var fields = With(new() { ["Form.Progress"] = "Parts ordered.", ["Form.How"] = "other", ["Form.OtherWayDetails"] = "Phone call to Alex" },
            Date("Form.SentOn", 30), Date("Form.NextUpdateOn", 27, 7));
        var lettersBefore = factory.Query(db => db.Letters.Count(l => l.ComplaintId == Guid.Parse(id)));

        var check = await handler.SubmitRefusedAsync($"/complaints/{id}/update?handler=Check", new(fields));
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/update?handler=Confirm", fields);

        Assert.Null(check.QuerySelector(".redress-letter"));
        Assert.Equal("Update recorded. The next update is due by 27 July 2026.", done.Banner());
        var letter = factory.Query(db => db.Letters.Where(l => l.ComplaintId == Guid.Parse(id)).OrderBy(l => l.Number).ToList())[^1];
        Assert.Equal(lettersBefore + 1, letter.Number);
        Assert.Equal(("Phone call to Alex", true), (letter.ExternalReference, letter.IssuedExternally));
    }

    [Fact]
    [Trait("Code", "6.9")]
    [Trait("Code", "7.2")]
    [Trait("Code", "7.4")]
    public async Task Respond_CheckListsTheSevenItems_ConfirmRecordsFindings()
    {
        var (id, handler) = await AcknowledgedAsync();
        var fields = With(new()
        {
            ["Form.Findings[0].Decision"] = "Upheld", ["Form.Findings[0].Reasons"] = "Not done",
            ["Form.Findings[1].Decision"] = "NotUpheld", ["Form.Findings[1].Reasons"] = "Visits kept",
            ["Form.Decision"] = "PartlyUpheld", ["Form.Reasons"] = "Policy 4.2",
            ["Form.Remedies[0].Type"] = "Apology", ["Form.Remedies[0].Description"] = "Written apology from the Head of Repairs",
            ["Form.Actions[0].Description"] = "Move the job to the top of the queue.", ["Form.Actions[0].Owner"] = "Repairs team",
        }, Date("Form.RespondedOn", 30), Date("Form.Remedies[0].Due", 7, 7), Date("Form.Actions[0].Due", 31, 7));

        var form = await handler.GetAsync($"/complaints/{id}/respond");
        var check = await handler.SubmitRefusedAsync($"/complaints/{id}/respond?handler=Check", new(fields));
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/respond?handler=Confirm", fields);

        var keys = check.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        foreach (var item in new[] { "a.", "b.", "c.", "d.", "e.", "f.", "g." })
        {
            Assert.Contains(keys, k => k.StartsWith(item, StringComparison.Ordinal));
        }
        Assert.Equal("Stage 1 response recorded.", done.Banner());
        // Parts joined as a sentence: no space before a comma, no full stop before one.
        var summary = check.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("Apology: Written apology from the Head of Repairs, by 7 July 2026", summary, StringComparison.Ordinal);
        Assert.Contains("Move the job to the top of the queue, by 31 July 2026 (Repairs team)", summary, StringComparison.Ordinal);
        Assert.Contains("must reflect the impact of the fault on the resident", form.QuerySelector("#remedies-guidance")!.TextContent, StringComparison.Ordinal);
        var saved = Saved(id);
        Assert.Equal(ComplaintStatus.Responded, saved.Status);
        Assert.Equal(Decision.PartlyUpheld, saved.Stages[0].Decision);
    }

    [Fact]
    [Trait("Code", "6.7")]
    public async Task Respond_PointWithoutFinding_ErrorNamesThePoint()
    {
        var (id, handler) = await AcknowledgedAsync();

        var page = await handler.SubmitRefusedAsync($"/complaints/{id}/respond?handler=Check", With(new()
        {
            ["Form.Findings[0].Decision"] = "Upheld", ["Form.Findings[0].Reasons"] = "Not done", ["Form.Decision"] = "Upheld", ["Form.Reasons"] = "r",
        }, Date("Form.RespondedOn", 30)));

        Assert.Contains(page.Errors(), e => e.Field == "findings-1-decision" && e.Message.Contains("Missed appointments", StringComparison.Ordinal));
        Assert.Equal(ComplaintStatus.Investigating, Saved(id).Status);
    }

    [Fact]
    [Trait("Code", "6.12")]
    public async Task Escalate_NoReasonAsked_Recorded()
    {
        var (id, handler) = await RespondedAsync();

        var form = await handler.GetAsync($"/complaints/{id}/escalate");
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/escalate?handler=Confirm", Date("Form.RequestedOn", 30));

        Assert.Null(form.QuerySelector("textarea"));
        Assert.StartsWith("Escalated to stage 2. Acknowledge it by", done.Banner(), StringComparison.Ordinal);
        Assert.Equal(2, Saved(id).Stage);
    }

    [Fact]
    [Trait("Code", "5.11")]
    public async Task RefuseEscalation_WithAGround_ClosesWithTheReason()
    {
        var (id, handler) = await RespondedAsync();

        var done = await handler.SubmitFollowAsync($"/complaints/{id}/refuse-escalation?handler=Confirm", With(new()
        {
            ["Reason"] = "LegalProceedings", ["Explanation"] = "A claim was filed at court on 1 June.",
        }, Date("RequestedOn", 29), Date("DecidedOn", 30), Date("ProceedingsFiledOn", 1)));

        Assert.StartsWith("Escalation refused.", done.Banner(), StringComparison.Ordinal);
        var saved = Saved(id);
        Assert.Equal(ClosureKind.EscalationRefused, saved.ClosureKind);
        Assert.Equal(RefusalReason.LegalProceedings, saved.RefusalReason);
    }

    /// <summary>Code 5.11: the 12-month ground is refused for a recent issue, at the check step, with the rule's own words.</summary>
    [Fact]
    [Trait("Code", "5.11")]
    public async Task RefuseEscalation_TwelveMonthGroundForARecentIssue_RefusedAtTheGround()
    {
        var (id, handler) = await RespondedAsync();
        var fields = With(new()
        {
            ["Reason"] = "Over12Months", ["Explanation"] = "Too long ago.", ["DiscretionConsidered"] = "No good reason for the delay.",
        }, Date("RequestedOn", 29), Date("DecidedOn", 30));

        var refused = await handler.SubmitRefusedAsync($"/complaints/{id}/refuse-escalation?handler=Check", fields);

        Assert.Contains(refused.Errors(), e => e.Field == "reason" && e.Message.Contains("within 12 months", StringComparison.Ordinal));
        Assert.Null(Saved(id).ClosureKind);
    }

    [Fact]
    [Trait("Code", "2.3")]
    public async Task NotAccept_Over12MonthsWithoutDiscretion_Refused()
    {
        var id = (string)(await (await Admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-25", channel = "email", description = "Old issue", category = "repairs", issueOccurredOn = "2024-01-10",
            resident = new { name = "Old Case", tenure = "lcra" },
        })).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await PageSession.SignInAsync(factory, "Na Handler", "handler");
        var fields = With(new() { ["Reason"] = "Over12Months", ["Explanation"] = "The repair was in January 2024." }, Date("DecidedOn", 30));

        var bothMissing = await handler.SubmitRefusedAsync($"/complaints/{id}/not-accept?handler=Check", With(new() { ["Reason"] = "Over12Months" }, Date("DecidedOn", 30)));
        var refused = await handler.SubmitRefusedAsync($"/complaints/{id}/not-accept?handler=Check", new(fields));
        fields["DiscretionConsidered"] = "Considered: no reason the resident could not complain sooner.";
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/not-accept?handler=Confirm", fields);

        Assert.Contains(refused.Errors(), e => e.Field == "discretionConsidered");
        Assert.Equal(["discretionConsidered", "explanation"], bothMissing.Errors().Select(e => e.Field).Order(StringComparer.Ordinal).ToList());
        Assert.StartsWith("Recorded as not accepted.", done.Banner(), StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.NotAccepted, Saved(id).Status);
        var summary = done.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("more than 12 months before the complaint", summary, StringComparison.Ordinal);
        Assert.Contains("Considered: no reason the resident could not complain sooner.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Over12", done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "3.6")]
    public async Task NewComplaint_SeveralAnswersWrong_EveryErrorAtOnceIncludingTheRepresentativesAuthority()
    {
        var handler = await PageSession.SignInAsync(factory, "All Errors", "handler");

        var page = await handler.SubmitRefusedAsync("/complaints/new", new()
        {
            ["Form.Received.Day"] = "29", ["Form.Received.Month"] = "6", ["Form.Received.Year"] = "2026", ["Form.Channel"] = "Phone",
            ["Form.ResidentName"] = "Rep Less", ["Form.Tenure"] = "Lcra", ["Form.RepresentativeName"] = "Cllr Jo Best",
            ["Form.Issue.Day"] = "1", ["Form.Issue.Month"] = "7", ["Form.Issue.Year"] = "2026",
        });

        var fields = page.Errors().Select(e => e.Field).ToList();
        Assert.Contains("description", fields);
        Assert.Contains("category", fields);
        Assert.Contains("authority", fields);
        Assert.Contains("issueOccurredOn", fields);
    }

    [Fact]
    [Trait("Code", "1.3")]
    public async Task Complaint_ByARepresentative_RecordsThemAmongTheResidentsRepresentatives()
    {
        var created = await (await Admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-25", channel = "letter", description = "Damp in the bedroom", category = "damp-and-mould",
            resident = new { name = "Rita Rep", tenure = "lcra" },
            representative = new { name = "Cllr Jo Best", relationship = "Ward councillor", authority = "Signed consent form", consentGivenOn = "2026-06-20" },
        })).Expect(HttpStatusCode.Created);
        var handler = await PageSession.SignInAsync(factory, "Rep Handler", "handler");

        var resident = await handler.GetAsync($"/residents/{created["resident"]!["id"]}");

        var section = resident.QuerySelector("#representatives")!.NextElementSibling!.TextContent;
        Assert.Contains("Cllr Jo Best, Ward councillor", section, StringComparison.Ordinal);
        Assert.Contains("Authority: Signed consent form", section, StringComparison.Ordinal);
        Assert.Contains("Low-cost rental", resident.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_ThenClose_EachWithItsBanner()
    {
        var (withdrawn, handler) = await AcknowledgedAsync();
        var (closed, _) = await RespondedAsync();

        var w = await handler.SubmitFollowAsync($"/complaints/{withdrawn}/withdraw?handler=Confirm", With(new() { ["Note"] = "Repair done, resident content" }, Date("On", 30)));
        var c = await handler.SubmitFollowAsync($"/complaints/{closed}/close?handler=Confirm", With(new() { ["FollowThrough"] = "true" }, Date("On", 30)));

        Assert.NotNull(w.Banner());
        Assert.NotNull(c.Banner());
        Assert.Equal(ComplaintStatus.Withdrawn, Saved(withdrawn).Status);
        Assert.Equal(ComplaintStatus.Closed, Saved(closed).Status);
    }

    [Fact]
    [Trait("Code", "7.3")]
    public async Task Close_WithARemedyAndAnActionOpen_NamesThemAndAsksForConfirmation()
    {
        var (id, handler) = await RespondedAsync();

        var form = await handler.GetAsync($"/complaints/{id}/close");
        var refused = await handler.SubmitRefusedAsync($"/complaints/{id}/close?handler=Check", Date("On", 30));
        var statusAfterRefusal = Saved(id).Status;
        var check = await handler.SubmitRefusedAsync($"/complaints/{id}/close?handler=Check", With(new() { ["FollowThrough"] = "true" }, Date("On", 30)));
        var done = await handler.SubmitFollowAsync($"/complaints/{id}/close?handler=Confirm", With(new() { ["FollowThrough"] = "true" }, Date("On", 30)));

        Assert.Contains("still has 1 remedy and 1 outstanding action not recorded as done", form.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Compensation for missed appointments, £150.00, due by 13 July 2026", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Complete the repair, due by 27 July 2026", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(refused.Errors(), e => e.Field == "followThrough" && e.Message.Contains("followed to completion", StringComparison.Ordinal));
        Assert.Equal(ComplaintStatus.Responded, statusAfterRefusal);
        Assert.Contains("Complete the repair", check.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("appears on the handler's My work as it falls due", done.Banner(), StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Closed, Saved(id).Status);
    }

    [Fact]
    public async Task Journeys_OnAClosedComplaint_409SayingWhy()
    {
        var (id, handler) = await RespondedAsync();
        await (await Admin.Post($"/api/v1/complaints/{id}/closure", new { closedOn = "2026-06-30" })).Expect(HttpStatusCode.OK);

        var respond = await handler.Client.GetAsync($"/complaints/{id}/respond");
        var extend = await handler.Client.GetAsync($"/complaints/{id}/extend");
        var acknowledge = await handler.Client.GetAsync($"/complaints/{id}/acknowledge");
        var page = await handler.GetAsync($"/complaints/{id}");

        Assert.Equal(HttpStatusCode.Conflict, respond.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, extend.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, acknowledge.StatusCode);
        var html = await respond.Content.ReadAsStringAsync();
        Assert.Contains("Recording a response is not available now", html, StringComparison.Ordinal);
        Assert.Contains("closed at stage 1, so it cannot be responded to now", html, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='/complaints/{id}/respond']"));
    }

    [Fact]
    [Trait("Code", "6.11")]
    public async Task AcknowledgeStage2_StartsFromTheStage1Definition()
    {
        var (id, _) = await RespondedAsync();
        await (await Admin.Post($"/api/v1/complaints/{id}/escalation", new { requestedOn = "2026-06-30" })).Expect(HttpStatusCode.OK);
        var reviewer = await PageSession.SignInAsync(factory, "Stage Two", "handler");

        var form = await reviewer.GetAsync($"/complaints/{id}/acknowledge");

        Assert.Equal("Repair outstanding after three visits", form.QuerySelector("#summary")!.TextContent);
        Assert.Equal("Repair not completed\nMissed appointments", form.QuerySelector("#points")!.TextContent.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("Repair completed\nCompensation", form.QuerySelector("#outcomesSought")!.TextContent.Replace("\r", "", StringComparison.Ordinal));
        Assert.Contains("starts from the stage 1 definition", form.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "5.6")]
    public async Task ComplaintPage_ShowsWhatWeAreNotResponsibleFor()
    {
        var (id, handler) = await ReceivedAsync();
        await (await Admin.Post($"/api/v1/complaints/{id}/acknowledgement", new
        {
            acknowledgedOn = "2026-06-26", handlerId = handler.UserId,
            definition = new { summary = "Lights out", points = new[] { "Landing light broken" }, outcomesSought = new[] { "Light fixed" }, notResponsibleFor = new[] { new { matter = "Street lighting", responsibleParty = "the council" } } },
        })).Expect(HttpStatusCode.OK);

        var page = await handler.GetAsync($"/complaints/{id}");

        Assert.Contains("Street lighting (responsible: the council)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPages_WithoutAnError_TitlesDoNotSayError()
    {
        await ReceivedAsync();
        var officer = await PageSession.SignInAsync(factory, "Title Officer", "complaintsOfficer", "seniorLead");

        foreach (var url in new[] { "/work", "/work/team", "/work/team?status=&stage=&category=&q=", "/service-requests", "/feedback", "/oversight/complaints?measure=received", "/residents" })
        {
            var page = await officer.GetAsync(url);
            Assert.False(page.Title!.StartsWith("Error", StringComparison.Ordinal), $"{url}: {page.Title}");
            Assert.Null(page.QuerySelector(".govuk-error-summary"));
        }
    }

    [Fact]
    [Trait("Code", "6.2")]
    public async Task Overdue_TheSameRedTagOnTheComplaintPageAsOnMyWork()
    {
        // Received 1 June 2026: the acknowledgement was due on 8 June, so it is overdue on 30 June.
        var id = (string)(await (await Admin.Post("/api/v1/complaints", Api.Complaint("2026-06-01"))).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await PageSession.SignInAsync(factory, "Tag Colour", "handler");

        var page = await handler.GetAsync($"/complaints/{id}");
        var work = await handler.GetAsync("/work");

        var onPage = page.QuerySelectorAll("strong.govuk-tag").Single(t => t.TextContent.StartsWith("Overdue", StringComparison.Ordinal));
        var reference = page.QuerySelector("h1")!.FirstChild!.TextContent.Trim();
        var onWork = work.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(reference, StringComparison.Ordinal)).QuerySelector("strong.govuk-tag")!;
        Assert.Contains("govuk-tag--red", onPage.ClassName, StringComparison.Ordinal);
        Assert.Contains("govuk-tag--red", onWork.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignToMe_OnAComplaintNobodyHolds_GivesItToTheSignedInHandler()
    {
        var id = (string)(await (await Admin.Post("/api/v1/complaints", Api.Complaint("2026-06-29"))).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await PageSession.SignInAsync(factory, "Pick Up", "handler");
        var other = await PageSession.SignInAsync(factory, "Too Late", "handler");
        var reference = (string)(await Admin.Get($"/api/v1/complaints/{id}"))["reference"]!;
        var work = await handler.GetAsync("/work");
        var row = work.QuerySelectorAll("table tr").First(tr => tr.TextContent.Contains(reference, StringComparison.Ordinal));

        var complaint = await handler.SubmitFollowAsync("/work?handler=AssignToMe", new() { ["complaintId"] = id });
        var late = await other.SubmitFollowAsync("/work?handler=AssignToMe", new() { ["complaintId"] = id });

        Assert.Equal("Assign to me", row.QuerySelector("button")!.FirstChild!.TextContent.Trim());
        Assert.StartsWith("You now hold CMP-2026-", complaint.Banner(), StringComparison.Ordinal);
        Assert.Contains("Acknowledge it by", complaint.Banner(), StringComparison.Ordinal);
        Assert.Equal(handler.UserId, Saved(id).Stages[0].HandlerId);
        Assert.Contains("was picked up by someone else", late.Banner(), StringComparison.Ordinal);
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.ComplaintId == Guid.Parse(id) && e.Action == "complaint.reassigned")));
    }

    [Fact]
    [Trait("Code", "6.13")]
    public async Task Reassign_AtStage2_TheStage1HandlerNotOffered()
    {
        var (id, first) = await RespondedAsync();
        await (await Admin.Post($"/api/v1/complaints/{id}/escalation", new { requestedOn = "2026-06-30" })).Expect(HttpStatusCode.OK);
        var other = await PageSession.SignInAsync(factory, "Second Sam", "handler");

        var form = await other.GetAsync($"/complaints/{id}/reassign");
        var refused = await other.SubmitRefusedAsync($"/complaints/{id}/reassign?handler=Confirm", new() { ["HandlerId"] = first.UserId.ToString() });
        var done = await other.SubmitFollowAsync($"/complaints/{id}/reassign?handler=Confirm", new() { ["HandlerId"] = other.UserId.ToString() });

        Assert.DoesNotContain(form.QuerySelectorAll("#handlerId option"), o => o.GetAttribute("value") == first.UserId.ToString());
        Assert.Equal("handlerId", Assert.Single(refused.Errors()).Field);
        Assert.Equal("Reassigned to Second Sam.", done.Banner());
        Assert.Equal(other.UserId, Saved(id).Stages.Single(s => s.Number == 2).HandlerId);
        Assert.Contains("Nobody holds stage 2 yet.", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var again = await first.GetAsync($"/complaints/{id}/reassign");
        Assert.Contains("Second Sam holds stage 2 now.", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "6.8")]
    public async Task Point_Related_JoinsTheDefinition()
    {
        var (id, handler) = await AcknowledgedAsync();

        var done = await handler.SubmitFollowAsync($"/complaints/{id}/point?handler=Confirm", new() { ["Point"] = "Rude operative", ["Related"] = "true" });

        Assert.StartsWith("Point added to the complaint definition.", done.Banner(), StringComparison.Ordinal);
        Assert.Contains("Rude operative", Saved(id).Stages[0].Definition!.Points);
    }

    /// <summary>Code 6.8: before the acknowledgement a related point is shown with the stage, and the acknowledge form starts with it.</summary>
    [Fact]
    [Trait("Code", "6.8")]
    public async Task Point_RelatedBeforeAcknowledgement_ShownThenOfferedInTheDefinition()
    {
        var (id, handler) = await ReceivedAsync();

        var done = await handler.SubmitFollowAsync($"/complaints/{id}/point?handler=Confirm", new() { ["Point"] = "Rude operative", ["Related"] = "true" });
        var acknowledge = await handler.GetAsync($"/complaints/{id}/acknowledge");

        Assert.Contains("Rude operative", done.Row("Points raised so far"), StringComparison.Ordinal);
        Assert.Equal("Rude operative", acknowledge.QuerySelector("#points")!.TextContent.Trim());
        Assert.Equal(["Rude operative"], Saved(id).Stages[0].PointsRaised);
    }

    [Fact]
    [Trait("Code", "6.8")]
    public async Task Point_Unrelated_NewComplaintLinkedBothWaysOnTheirPages()
    {
        var (id, handler) = await AcknowledgedAsync();

        var created = await handler.SubmitFollowAsync($"/complaints/{id}/point?handler=Confirm", new() { ["Point"] = "Neighbour's noise", ["Related"] = "false" });
        var original = await handler.GetAsync($"/complaints/{id}");

        Assert.Contains("this complaint was raised from it", created.QuerySelector("#related + ul")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("raised from this complaint", original.QuerySelector("#related + ul")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "3.1")]
    public async Task LogComplaint_KnownResident_FoundAndUsed_NoSecondRecord()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = (string)(await (await Admin.Post("/api/v1/complaints", new
        {
            receivedOn = "2026-06-25", channel = "email", description = "First", category = "repairs", resident = new { name = $"Kim Known{tag}", tenure = "lcra" },
        })).Expect(HttpStatusCode.Created))["id"]!;
        var handler = await PageSession.SignInAsync(factory, "Known Finder", "handler");
        var resident = factory.Query(db => db.Complaints.AsNoTracking().Single(c => c.Id == Guid.Parse(id)).ResidentId);
        var residents = factory.Query(db => db.Residents.Count());

        var typed = With(new() { ["Form.Channel"] = "Phone", ["Form.Description"] = "Another problem", ["Form.Category"] = "repairs", ["Form.ReceivedBy"] = "Front desk" }, Date("Form.Received", 29));
        var found = await handler.SubmitRefusedAsync("/complaints/new?handler=Find", new(typed) { ["find"] = $"known{tag}" });
        var choice = found.QuerySelectorAll("button[name='Form.ResidentId']").Single(b => b.GetAttribute("value") == resident.ToString());
        var chosen = await handler.SubmitRefusedAsync(choice.GetAttribute("formaction")!, new(typed) { ["Form.ResidentId"] = resident.ToString() });
        var done = await handler.SubmitFollowAsync("/complaints/new", new(typed) { ["Form.ResidentId"] = resident.ToString() });

        // What was typed before the search is still in the form after it, and after choosing the resident.
        foreach (var page in new[] { found, chosen })
        {
            Assert.Equal("Another problem", page.QuerySelector("#description")!.TextContent);
            Assert.Equal("Front desk", page.QuerySelector("#receivedBy")!.GetAttribute("value"));
            Assert.Equal("29", page.QuerySelector("#receivedOn")!.GetAttribute("value"));
            Assert.NotNull(page.QuerySelector("input[name='Form.Channel'][value=Phone][checked]"));
            Assert.NotNull(page.QuerySelector("#category option[value=repairs][selected]"));
        }
        Assert.Equal($"Log the complaint for Kim Known{tag}", choice.TextContent.Trim());
        Assert.Equal(resident.ToString(), chosen.QuerySelector("input[type=hidden][name='Form.ResidentId']")!.GetAttribute("value"));
        Assert.Contains($"Kim Known{tag}", chosen.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);

        Assert.StartsWith("Complaint CMP-2026-", done.Banner(), StringComparison.Ordinal);
        Assert.Equal(residents, factory.Query(db => db.Residents.Count()));
        Assert.Contains("the same resident's", done.QuerySelector("#related + ul")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogComplaint_FindWithNothingTyped_SaysWhatToEnterAndKeepsTheForm()
    {
        var handler = await PageSession.SignInAsync(factory, "Empty Finder", "handler");

        var page = await handler.SubmitRefusedAsync("/complaints/new?handler=Find", new() { ["find"] = " ", ["Form.Description"] = "Leak" });

        Assert.Equal([("find", "Enter the start of the resident's name, surname, postcode, email address or phone number to find them")], page.Errors());
        Assert.Equal("Leak", page.QuerySelector("#description")!.TextContent);
    }

    [Fact]
    [Trait("Code", "7.3")]
    public async Task CompleteRemedy_WithTheAmountPaid_Recorded()
    {
        var (id, handler) = await RespondedAsync();
        var remedy = factory.Query(db => db.Remedies.AsNoTracking().Single(r => r.ComplaintId == Guid.Parse(id)));

        var page = await handler.SubmitFollowAsync($"/complaints/{id}/remedies/{remedy.Id}/complete?handler=Confirm", With(new() { ["Paid"] = "150.00" }, Date("CompletedOn", 30)));

        Assert.StartsWith("Recorded as done:", page.Banner(), StringComparison.Ordinal);
        var saved = factory.Query(db => db.Remedies.AsNoTracking().Single(r => r.Id == remedy.Id));
        Assert.Equal(15000, saved.PaidPence);
        Assert.Equal(new DateOnly(2026, 6, 30), saved.CompletedOn);
    }

    [Fact]
    public async Task Journey_Governance_CannotOpenAForm()
    {
        var (id, _) = await ReceivedAsync();
        var governance = await PageSession.SignInAsync(factory, "Board Bea", "governance");

        var response = await governance.Client.GetAsync($"/complaints/{id}/acknowledge");
        var complaint = await governance.GetAsync($"/complaints/{id}");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(complaint.QuerySelector("a[href$='/acknowledge']"));
    }
}

[Trait("Database", "SQLite")]
public sealed class JourneyPageSqliteTests(SqliteFactory factory) : JourneyPageTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class JourneyPagePostgresTests(PostgresFactory factory) : JourneyPageTests<PostgresFactory>(factory);
