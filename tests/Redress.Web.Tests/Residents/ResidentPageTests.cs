using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Redress.Web.Tests;

/// <summary>The resident's page and its forms, as rendered HTML and as saved, on both databases.</summary>
public abstract class ResidentPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private async Task<(string ComplaintId, Guid ResidentId)> ComplaintAsync()
    {
        var body = await (await factory.AdminClient().Post("/api/v1/complaints", Api.Complaint("2026-06-22"))).Expect(HttpStatusCode.Created);
        return ((string)body["id"]!, Guid.Parse((string)body["resident"]!["id"]!));
    }

    [Fact]
    [Trait("Code", "5.10")]
    public async Task RecordAdjustment_ShownToTheHandler_AndEveryViewAudited()
    {
        var (_, resident) = await ComplaintAsync();
        var handler = await PageSession.SignInAsync(factory, "Nia Handler", "handler");

        var page = await handler.SubmitFollowAsync($"/residents/{resident}/needs/new", new()
        {
            ["Kind"] = "ReasonableAdjustment", ["Details"] = "Letters in large print (24pt)",
            ["ReviewOn.Day"] = "31", ["ReviewOn.Month"] = "12", ["ReviewOn.Year"] = "2026",
        });

        Assert.Equal("Reasonable adjustment recorded.", page.Banner());
        var card = page.QuerySelectorAll(".govuk-summary-card").Single(c => c.TextContent.Contains("Reasonable adjustment", StringComparison.Ordinal));
        Assert.Equal("Letters in large print (24pt)", card.Row("Details"));
        Assert.Equal("31 December 2026", card.Row("Next review"));
        Assert.StartsWith("30 June 2026 by Nia Handler", card.Row("Recorded"), StringComparison.Ordinal);
        var views = factory.Query(db => db.AuditEvents.Count(e => e.Action == "resident.support-needs-viewed" && e.EntityId == resident.ToString() && e.ActorId == handler.UserId));
        Assert.Equal(1, views); // the page shown after saving
    }

    private static Dictionary<string, string> Details(string name, string email = "", string phone = "", string address = "", string tenure = "Lcho") => new()
    {
        ["Name"] = name, ["Email"] = email, ["Phone"] = phone, ["Address"] = address, ["Tenure"] = tenure,
    };

    [Fact]
    public async Task EditResident_CheckedThenSaved_ShownOnTheComplaintAndFoundByTheNewDetails_OneAuditEvent()
    {
        var (complaint, resident) = await ComplaintAsync();
        var handler = await PageSession.SignInAsync(factory, "Edit Handler", "handler");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var form = await handler.GetAsync($"/residents/{resident}/edit");
        var fields = new Dictionary<string, string>(Details($"Marta Wróbel{tag}", $"marta{tag}@example.org", "07700 900555", $"4 Birch{tag} Close, Town, ZZ1 1ZZ")) { ["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")! };

        var check = await handler.SubmitRefusedAsync($"/residents/{resident}/edit?handler=Check", new(fields));
        var saved = await handler.SubmitFollowAsync($"/residents/{resident}/edit?handler=Confirm", new(fields));
        var onComplaint = await handler.GetAsync($"/complaints/{complaint}");

        Assert.Equal("Check your changes before you save them", check.QuerySelector("h1")!.TextContent);
        Assert.Equal($"marta{tag}@example.org", check.Row("Email address"));
        Assert.Equal("Low-cost home ownership", check.Row("Tenure"));
        Assert.Equal($"Marta Wróbel{tag}'s details saved.", saved.Banner());
        Assert.Equal("07700 900555", saved.Row("Phone"));
        Assert.Contains($"marta{tag}@example.org", onComplaint.QuerySelector("#contact")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("07700 900555", onComplaint.QuerySelector("#contact")!.TextContent, StringComparison.Ordinal);
        var events = factory.Query(db => db.AuditEvents.Where(e => e.EntityId == resident.ToString() && e.Action == "resident.details-changed").ToList());
        Assert.Contains($"Birch{tag}", Assert.Single(events).Changes, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<Residents.ResidentOperations>();
        Assert.Equal(resident, Assert.Single(await search.SearchAsync($"birch{tag}", 5)).Id); // the new address's words are searched
        Assert.Equal(resident, Assert.Single(await search.SearchAsync($"wrobel{tag}", 5)).Id);
    }

    [Fact]
    public async Task EditResident_ChangedMeanwhile_RefusedWithTheAnswersKept()
    {
        var (_, resident) = await ComplaintAsync();
        var first = await PageSession.SignInAsync(factory, "First Editor", "handler");
        var second = await PageSession.SignInAsync(factory, "Second Editor", "handler");
        var version = (await first.GetAsync($"/residents/{resident}/edit")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        await second.SubmitFollowAsync($"/residents/{resident}/edit?handler=Confirm", new(Details("Changed Meanwhile")) { ["Version"] = version });

        var refused = await first.SubmitRefusedAsync($"/residents/{resident}/edit?handler=Confirm", new(Details("Mine Too Late", phone: "0161 496 0000")) { ["Version"] = version });

        Assert.StartsWith("Someone else changed this resident's details", Assert.Single(refused.Errors()).Message, StringComparison.Ordinal);
        Assert.Equal("Mine Too Late", refused.QuerySelector("#name")!.GetAttribute("value"));
        Assert.Equal("0161 496 0000", refused.QuerySelector("#phone")!.GetAttribute("value"));
        Assert.NotEqual(version, refused.QuerySelector("input[name=Version]")!.GetAttribute("value")); // continuing now overwrites knowingly
        Assert.Equal("Changed Meanwhile", factory.Query(db => db.Residents.AsNoTracking().Single(r => r.Id == resident).Name));
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.EntityId == resident.ToString() && e.Action == "resident.details-changed")));
    }

    [Fact]
    public async Task EditResident_BadAnswers_EachErrorAtItsField()
    {
        var (_, resident) = await ComplaintAsync();
        var handler = await PageSession.SignInAsync(factory, "Bad Editor", "handler");

        var page = await handler.SubmitRefusedAsync($"/residents/{resident}/edit?handler=Check", new(Details(" ", email: "not an email", tenure: "")) { ["Version"] = "0" });

        Assert.Equal(
            [("name", "Enter the resident's full name"), ("email", "Enter an email address in the correct format, like name@example.com"), ("tenure", "Select the resident's tenure")],
            page.Errors());
    }

    [Fact]
    [Trait("Code", "5.10")]
    public async Task ResidentPage_Governance_SeesThatNeedsExistButNotWhatTheyAre()
    {
        var (_, resident) = await ComplaintAsync();
        var handler = await PageSession.SignInAsync(factory, "Handler Two", "handler");
        await handler.SubmitFollowAsync($"/residents/{resident}/needs/new", new() { ["Kind"] = "DisclosedDisability", ["Details"] = "Hearing loss, uses a text relay" });
        var governance = await PageSession.SignInAsync(factory, "Board Member", "governance");

        var page = await governance.GetAsync($"/residents/{resident}");
        var form = await governance.Client.GetAsync($"/residents/{resident}/needs/new");

        Assert.DoesNotContain("Hearing loss", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 in place", page.QuerySelector("#needs + p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(0, factory.Query(db => db.AuditEvents.Count(e => e.Action == "resident.support-needs-viewed" && e.ActorId == governance.UserId)));
    }

    [Fact]
    [Trait("Code", "5.10")]
    public async Task RecordAdjustment_NoReviewDate_ErrorAtTheFieldAndNothingSaved()
    {
        var (_, resident) = await ComplaintAsync();
        var handler = await PageSession.SignInAsync(factory, "Handler Three", "handler");

        var page = await handler.SubmitRefusedAsync($"/residents/{resident}/needs/new", new() { ["Kind"] = "ReasonableAdjustment", ["Details"] = "Calls after 10am" });

        var (field, message) = Assert.Single(page.Errors());
        Assert.Equal("reviewOn", field);
        Assert.Contains("review", message, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#reviewOn-error"));
        Assert.Equal("Calls after 10am", page.QuerySelector("#details")!.TextContent);
        Assert.Equal(0, factory.Query(db => db.SupportNeeds.Count(n => n.ResidentId == resident)));
    }

    [Fact]
    [Trait("Code", "5.15")]
    public async Task RecordRestriction_WithoutEqualityActRegard_RefusedAndNothingSaved()
    {
        var (_, resident) = await ComplaintAsync();
        var officer = await PageSession.SignInAsync(factory, "Officer One", "complaintsOfficer");

        var page = await officer.SubmitRefusedAsync($"/residents/{resident}/restrictions/new", Restriction(equality: ""));

        Assert.Equal("equalityAct", Assert.Single(page.Errors()).Field);
        Assert.Equal(0, factory.Query(db => db.ContactRestrictions.Count(r => r.ResidentId == resident)));
    }

    [Fact]
    [Trait("Code", "5.15")]
    public async Task RecordRestriction_SeveralAnswersMissing_EveryErrorAtOnce()
    {
        var (_, resident) = await ComplaintAsync();
        var officer = await PageSession.SignInAsync(factory, "Officer Four", "complaintsOfficer");

        var page = await officer.SubmitRefusedAsync($"/residents/{resident}/restrictions/new", new()
        {
            ["Behaviour"] = "Abusive calls", ["StartsOn.Day"] = "30", ["StartsOn.Month"] = "6", ["StartsOn.Year"] = "2026",
            ["ReviewOn.Day"] = "30", ["ReviewOn.Month"] = "9", ["ReviewOn.Year"] = "2026",
        });

        Assert.Equal(["equalityAct", "evidence", "proportionality", "restriction"], page.Errors().Select(e => e.Field).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    [Trait("Code", "5.14")]
    public async Task RecordRestriction_Complete_WarnsOnTheComplaintAndIsAudited()
    {
        var (complaint, resident) = await ComplaintAsync();
        var officer = await PageSession.SignInAsync(factory, "Officer Two", "complaintsOfficer");

        var page = await officer.SubmitFollowAsync($"/residents/{resident}/restrictions/new", Restriction());
        var complaintPage = await officer.GetAsync($"/complaints/{complaint}");

        Assert.Equal("Contact restriction recorded.", page.Banner());
        Assert.Contains("Contact is restricted: Email to one named officer", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Contact with this resident is restricted: Email to one named officer", complaintPage.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.Action == "resident.restriction-recorded" && e.EntityId == resident.ToString())));
    }

    [Fact]
    [Trait("Code", "5.14")]
    public async Task Restriction_DueForReview_InMyWorkUntilReviewed()
    {
        var (_, resident) = await ComplaintAsync();
        var officer = await PageSession.SignInAsync(factory, "Officer Three", "complaintsOfficer");
        await officer.SubmitFollowAsync($"/residents/{resident}/restrictions/new", Restriction(review: ("3", "7", "2026")));
        var restriction = factory.Query(db => db.ContactRestrictions.AsNoTracking().Single(r => r.ResidentId == resident));

        var before = await officer.GetAsync("/work");
        var reviewed = await officer.SubmitFollowAsync($"/residents/{resident}/review/restriction/{restriction.Id}", new()
        {
            ["Version"] = "1", ["Continue"] = "true", ["Notes"] = "Calls still abusive on 1 July",
            ["NextReviewOn.Day"] = "30", ["NextReviewOn.Month"] = "9", ["NextReviewOn.Year"] = "2026",
        });
        var after = await officer.GetAsync("/work");

        Assert.Contains(before.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/residents/{resident}/review/restriction/{restriction.Id}");
        Assert.Equal("Review recorded: the contact restriction continues.", reviewed.Banner());
        Assert.DoesNotContain(after.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains(restriction.Id.ToString(), StringComparison.Ordinal));
        var saved = factory.Query(db => db.ContactRestrictions.AsNoTracking().Single(r => r.Id == restriction.Id));
        Assert.Equal(new DateOnly(2026, 9, 30), saved.ReviewOn);
        Assert.Equal(new DateOnly(2026, 6, 30), saved.LastReviewedOn);
    }

    [Fact]
    [Trait("Code", "3.6")]
    public async Task AddRepresentative_WithoutAuthority_Refused_ThenWithIt_Listed()
    {
        var (_, resident) = await ComplaintAsync();
        var handler = await PageSession.SignInAsync(factory, "Handler Four", "handler");
        var fields = new Dictionary<string, string> { ["Name"] = "Jo Advocate", ["Relationship"] = "Advocate", ["Email"] = "jo@example.org" };

        var refused = await handler.SubmitRefusedAsync($"/residents/{resident}/representatives/new", new(fields));
        fields["Authority"] = "Signed consent form received 29 June 2026";
        var page = await handler.SubmitFollowAsync($"/residents/{resident}/representatives/new", fields);

        Assert.Equal("authority", Assert.Single(refused.Errors()).Field);
        Assert.Contains("Signed consent form received 29 June 2026", page.Row("Jo Advocate, Advocate"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByPostcodePart_FindsTheResident()
    {
        var (_, resident) = await ComplaintAsync();
        var governance = await PageSession.SignInAsync(factory, "Reader", "governance");

        var page = await governance.GetAsync("/residents?q=ab1+2cd");

        Assert.Contains(page.QuerySelectorAll("table a"), a => a.GetAttribute("href") == $"/residents/{resident}");
    }

    private static Dictionary<string, string> Restriction(string equality = "No disability known; email keeps full access", (string D, string M, string Y)? review = null) => new()
    {
        ["Behaviour"] = "Abusive phone calls to staff",
        ["Evidence"] = "Call notes of 3, 5 and 9 June 2026",
        ["Restriction"] = "Email to one named officer",
        ["Proportionality"] = "Calls only; every service stays open by email",
        ["EqualityAct"] = equality,
        ["StartsOn.Day"] = "30", ["StartsOn.Month"] = "6", ["StartsOn.Year"] = "2026",
        ["ReviewOn.Day"] = review?.D ?? "30", ["ReviewOn.Month"] = review?.M ?? "9", ["ReviewOn.Year"] = review?.Y ?? "2026",
    };
}

[Trait("Database", "SQLite")]
public sealed class ResidentPageSqliteTests(SqliteFactory factory) : ResidentPageTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class ResidentPagePostgresTests(PostgresFactory factory) : ResidentPageTests<PostgresFactory>(factory);
