using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Domain.Letters;
using static Redress.Domain.Tests.Calendars;

namespace Redress.Domain.Tests.Letters;

/// <summary>
/// What each letter must say, checked on the letter's own text: a letter holding every required item passes, and
/// taking any one item out of it blocks it, naming the item.
/// </summary>
public sealed class LetterRequirementsTests
{
    private static readonly OmbudsmanDetails Ombudsman = new(
        "Housing Ombudsman Service", "0300 111 3000", "https://www.housing-ombudsman.org.uk/", "PO Box 1484, Preston, PR2 0ET", null);

    private static IReadOnlyList<string> MissingKeys(LetterKind kind, Complaint complaint, string text) =>
        [.. LetterRequirements.Missing(LetterRequirements.For(kind, complaint, complaint.Stage, Ombudsman), text).Select(e => e.Field!)];

    /// <summary>A letter that says every required item (each word once, on its own line), and that letter without one of them.</summary>
    private static void EachItemIsRequired(LetterKind kind, Complaint complaint, params string[] expectedKeys)
    {
        var items = LetterRequirements.For(kind, complaint, complaint.Stage, Ombudsman);
        Assert.Superset(expectedKeys.Select(k => $"letter.{k}").ToHashSet(), items.Select(i => $"letter.{i.Key}").ToHashSet());
        var whole = string.Join("\n", items.SelectMany(i => i.Words));
        Assert.Empty(MissingKeys(kind, complaint, whole));
        foreach (var item in items)
        {
            // Remove this item's words wherever they appear (another item may repeat them; it is then missing too).
            var without = item.Words.Aggregate(whole, (text, word) => text.Replace(word, "", StringComparison.OrdinalIgnoreCase));
            var missing = MissingKeys(kind, complaint, without);
            Assert.True(missing.Contains($"letter.{item.Key}"), $"Removing {item.Key} was not noticed; missing: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    [Trait("Code", "5.6")]
    [Trait("Code", "5.7")]
    [Trait("Code", "6.2")]
    [Trait("Code", "6.3")]
    public void Acknowledgement_EachItemOfTheDefinitionAndTheDueDate_Required()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Received();
        var definition = ComplaintBuilder.Definition();
        definition.NotResponsibleFor.Add(new NotResponsibleFor { Matter = "the street lights", ResponsibleParty = "The county council" });
        definition.ClarificationSought = "Which rooms are affected by the damp?";
        Assert.Null(complaint.Acknowledge(D("2025-12-22"), ComplaintBuilder.Handler1, definition, builder.Ctx));

        EachItemIsRequired(LetterKind.Acknowledgement, complaint,
            "reference", "stage", "definition.summary", "definition.points[0]", "definition.points[1]", "definition.outcomesSought",
            "definition.notResponsibleFor[0]", "definition.clarificationSought", "respondBy");
        // The due date is in words, as a resident reads it: 10 working days after 22 December 2025.
        Assert.Contains("8 January 2026", LetterRequirements.For(LetterKind.Acknowledgement, complaint, 1, Ombudsman).Single(i => i.Key == "respondBy").Words);
    }

    [Fact]
    [Trait("Code", "6.4")]
    [Trait("Code", "6.5")]
    [Trait("Code", "5.9")]
    public void Extension_NewDateReasonsIntervalAndOmbudsmanDetails_Required()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        Assert.Null(complaint.Extend(new ExtensionDetails(5, "We are waiting for the surveyor's report", D("2026-01-05"), null, 5), ComplaintBuilder.Ombudsman, builder.Ctx));

        EachItemIsRequired(LetterKind.Extension, complaint,
            "reference", "extension.newRespondBy", "extension.reason", "extension.updateInterval",
            "ombudsman.name", "ombudsman.telephone", "ombudsman.website", "ombudsman.address");
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void Extension_WithoutAnAgreedUpdateInterval_RefusedSoItsLetterCanSayIt()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var before = complaint.CurrentStage.RespondBy;

        var error = complaint.Extend(new ExtensionDetails(5, "Waiting for a report", D("2026-01-05"), null, null), ComplaintBuilder.Ombudsman, builder.Ctx);

        Assert.Equal(ErrorCodes.UpdateIntervalRequired, error?.Code);
        Assert.Equal("updateIntervalWorkingDays", error?.Field);
        Assert.Equal(before, complaint.CurrentStage.RespondBy);
        Assert.Empty(complaint.CurrentStage.Extensions);
    }

    [Fact]
    [Trait("Code", "5.9")]
    [Trait("Code", "6.6")]
    public void Update_ProgressTheResponseDateEachOpenActionAndTheNextUpdate_Required()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded(on: "2026-01-06"); // one action: "Complete the repair" by 20 January 2026
        Assert.Null(complaint.SendUpdate(new UpdateDetails(D("2026-01-13"), "The contractor has ordered the parts."), builder.Ctx));

        EachItemIsRequired(LetterKind.Update, complaint, "reference", "update.progress", "update.actions[0]", "update.nextUpdateOn");
        Assert.Contains("20 January 2026", LetterRequirements.For(LetterKind.Update, complaint, 1, Ombudsman).Single(i => i.Key == "update.nextUpdateOn").Words);

        var extended = builder.Acknowledged();
        Assert.Null(extended.Extend(new ExtensionDetails(5, "Waiting", D("2026-01-05"), null, 3), ComplaintBuilder.Ombudsman, builder.Ctx));
        Assert.Null(extended.SendUpdate(new UpdateDetails(D("2026-01-07"), "The surveyor visited."), builder.Ctx));
        EachItemIsRequired(LetterKind.Update, extended, "reference", "update.progress", "respondBy", "update.nextUpdateOn");
    }

    [Theory]
    [Trait("Code", "1.5")]
    [Trait("Code", "1.6")]
    [Trait("Code", "3.7")]
    [InlineData(true, "SR-2026-000042")]
    [InlineData(false, "The repair took three visits.")]
    public void OfferToComplain_WhatTheyWereUnhappyWithEachWayToComplainAndTheOmbudsman_Required(bool serviceRequest, string about)
    {
        var items = LetterRequirements.ForOffer(new OfferFacts(serviceRequest, about), new ComplaintRoutes("0161 496 0000", "complaints@example.org", null), Ombudsman);
        var whole = string.Join("\n", items.SelectMany(i => i.Words));

        Assert.Equal(["offer.about", "offer.howToComplain", "ombudsman.name", "ombudsman.telephone", "ombudsman.website"], items.Select(i => i.Key));
        Assert.Empty(LetterRequirements.Missing(items, whole));
        foreach (var word in items.SelectMany(i => i.Words))
        {
            Assert.NotEmpty(LetterRequirements.Missing(items, whole.Replace(word, "", StringComparison.Ordinal)));
        }
        Assert.Equal(serviceRequest ? "1.5" : "1.6", items[0].Provision);
    }

    [Fact]
    [Trait("Code", "1.6")]
    public void OfferToComplain_NoWayToComplainInTheSettings_CannotBeIssued_SayingWhoMustSetIt()
    {
        var items = LetterRequirements.ForOffer(new OfferFacts(false, "Noise"), new ComplaintRoutes(null, " ", null), Ombudsman);

        var missing = Assert.Single(LetterRequirements.Missing(items, "Noise Housing Ombudsman Service 0300 111 3000 https://www.housing-ombudsman.org.uk/"));

        Assert.Equal("letter.offer.howToComplain", missing.Field);
        Assert.Contains("an administrator must set one", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Code", "6.9")]
    [Trait("Code", "7.3")]
    public void StageOneResponse_EveryItemAToG_Required()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var remedy = new RemedyDetails(RemedyType.Financial, "Compensation for the missed appointments", 15000, D("2026-01-20"));
        Assert.Null(complaint.Respond(ComplaintBuilder.Response("2026-01-06", complaint.CurrentStage.Definition!, remedy), "Ask us to look at it again at stage 2.", builder.Ctx));

        EachItemIsRequired(LetterKind.Response, complaint,
            "stage", "definition.summary", "definition.points[0]", "definition.points[1]", "decision", "reasons", "findings[0]", "findings[1]",
            "remedies[0]", "outstandingActions[0]", "escalationRoute");
        var remedyWords = LetterRequirements.For(LetterKind.Response, complaint, 1, Ombudsman).Single(i => i.Key == "remedies[0]").Words;
        Assert.Equal(["Compensation for the missed appointments", "£150.00", "20 January 2026"], remedyWords);
        Assert.Contains("partly upheld", LetterRequirements.For(LetterKind.Response, complaint, 1, Ombudsman).Single(i => i.Key == "decision").Words);
    }

    [Fact]
    [Trait("Code", "6.19")]
    public void StageTwoResponse_EveryItemAndTheOmbudsmansDetails_Required()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2();
        Assert.Null(complaint.Acknowledge(D("2026-01-16"), ComplaintBuilder.Handler2, ComplaintBuilder.Definition(), builder.Ctx));
        Assert.Null(complaint.Respond(ComplaintBuilder.Response("2026-02-02", complaint.CurrentStage.Definition!), "This is our final response. Housing Ombudsman Service", builder.Ctx));

        EachItemIsRequired(LetterKind.Response, complaint,
            "stage", "definition.summary", "decision", "reasons", "findings[0]", "outstandingActions[0]", "escalationRoute",
            "ombudsman.name", "ombudsman.telephone", "ombudsman.website", "ombudsman.address");
        Assert.Contains("stage 2", LetterRequirements.For(LetterKind.Response, complaint, 2, Ombudsman).Single(i => i.Key == "stage").Words);
    }

    [Fact]
    [Trait("Code", "2.4")]
    public void NotAccepted_ReasonsAndTheRightToGoToTheOmbudsman_Required()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Received();
        Assert.Null(complaint.NotAccept(new RefusalDetails(RefusalReason.Other, "This is a first request for a repair, which we have booked.", D("2025-12-22"), null), builder.Ctx));

        EachItemIsRequired(LetterKind.NotAccepted, complaint,
            "reference", "refusal.explanation", "ombudsman.name", "ombudsman.telephone", "ombudsman.website", "ombudsman.address");
    }

    [Fact]
    [Trait("Code", "5.11")]
    public void EscalationRefused_ReasonsAndTheRightToGoToTheOmbudsman_Required()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded();
        Assert.Null(complaint.RefuseEscalation(D("2026-01-15"), new RefusalDetails(RefusalReason.PreviouslyConsidered, "We considered this same complaint in 2025 (CMP-2025-000001).", D("2026-01-16"), null), builder.Ctx));

        EachItemIsRequired(LetterKind.EscalationRefused, complaint,
            "reference", "refusal.explanation", "ombudsman.name", "ombudsman.telephone", "ombudsman.website", "ombudsman.address");
    }

    [Fact]
    public void Missing_IgnoresCaseAndLineBreaks_ButNotOtherWords()
    {
        var complaint = new ComplaintBuilder().Acknowledged();
        var items = LetterRequirements.For(LetterKind.Acknowledgement, complaint, 1, Ombudsman);
        var text = string.Join("\n", items.SelectMany(i => i.Words)).ToUpperInvariant().Replace("REPAIR OUTSTANDING AFTER", "REPAIR\n  OUTSTANDING\nAFTER", StringComparison.Ordinal);

        Assert.Empty(LetterRequirements.Missing(items, text));
        Assert.NotEmpty(LetterRequirements.Missing(items, text.Replace("OUTSTANDING", "DONE", StringComparison.Ordinal)));
    }
}
