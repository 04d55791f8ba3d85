using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests;

public class ComplaintClockTests
{
    [Fact]
    [Trait("Code", "5.1")]
    public void Receive_EveryComplaint_TakesTheOneSchemesTimescales()
    {
        var complaint = new ComplaintBuilder().Received();

        Assert.Equal("hos-2024", complaint.Scheme);
        Assert.Equal(10, complaint.CurrentStage.ResponseDays);
        Assert.Equal(10, complaint.CurrentStage.ExtensionCapDays);
    }

    public static TheoryData<string, string[], string[], string> IncompleteDefinitions => new()
    {
        { "", ["Repair"], ["Fix it"], "definition.summary" },
        { "Summary", [], ["Fix it"], "definition.points" },
        { "Summary", ["Repair", " "], ["Fix it"], "definition.points" },
        { "Summary", ["Repair", "repair"], ["Fix it"], "definition.points" },
        { "Summary", ["Repair"], [], "definition.outcomesSought" },
    };

    [Theory]
    [MemberData(nameof(IncompleteDefinitions))]
    [Trait("Code", "5.6")]
    public void Acknowledge_IncompleteDefinition_RefusedNamingTheField(string summary, string[] points, string[] outcomes, string field)
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Received();
        var definition = new Definition { Summary = summary, Points = [.. points], OutcomesSought = [.. outcomes] };

        var error = complaint.Acknowledge(D("2025-12-22"), Handler1, definition, builder.Ctx);

        Assert.Equal(field, error?.Field);
        Assert.Equal(ComplaintStatus.AwaitingAcknowledgement, complaint.Status);
    }

    [Fact]
    [Trait("Code", "6.2")]
    public void Receive_OnAWorkingDay_AcknowledgementDueFiveWorkingDaysLater()
    {
        var complaint = new ComplaintBuilder().ReceivedOn("2025-12-19").Received();

        var stage = Assert.Single(complaint.Stages);
        Assert.Equal(ComplaintStatus.AwaitingAcknowledgement, complaint.Status);
        Assert.Equal(D("2025-12-19"), stage.RequestedOn);
        Assert.Equal(D("2025-12-30"), stage.AcknowledgeBy);
        Assert.Null(stage.RespondBy);
    }

    [Fact]
    [Trait("Code", "6.2")]
    public void Receive_AfterConfiguredCutOff_ClockStartsNextWorkingDay()
    {
        var request = new ReceiveRequest
        {
            ReceivedOn = D("2025-12-19"), ReceivedTimeUk = new TimeOnly(17, 30), Channel = Channel.Phone,
            ResidentId = Guid.NewGuid(), Description = "d", Category = "repairs",
        };

        var (complaint, _) = Complaint.Receive(Guid.NewGuid(), "R", request, new ReceiptPolicy(new TimeOnly(17, 0)), Timescales.HousingOmbudsman2024, Context(D("2026-01-01")));

        Assert.Equal(D("2025-12-22"), complaint!.ClockStartsOn);
        Assert.Equal(D("2025-12-19"), complaint.ReceivedOn);
        Assert.Equal(D("2025-12-31"), complaint.CurrentStage.AcknowledgeBy);
    }

    [Fact]
    [Trait("Code", "6.3")]
    public void Acknowledge_Late_ResponseClockRunsFromTheActualAcknowledgement()
    {
        var builder = new ComplaintBuilder().ReceivedOn("2025-12-19");
        var complaint = builder.Received();

        Assert.Null(complaint.Acknowledge(D("2026-01-05"), Handler1, Definition(), builder.Ctx));

        Assert.Equal(ComplaintStatus.Investigating, complaint.Status);
        Assert.Equal(D("2026-01-19"), complaint.CurrentStage.RespondBy);
    }

    [Fact]
    [Trait("Code", "6.14")]
    public void AcknowledgeStage2_RespondByTwentyWorkingDays()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2("2026-01-15");

        Assert.Equal(D("2026-01-22"), complaint.CurrentStage.AcknowledgeBy);
        Assert.Null(complaint.Acknowledge(D("2026-01-20"), Handler2, Definition(), builder.Ctx));

        Assert.Equal(D("2026-02-17"), complaint.CurrentStage.RespondBy);
    }

    [Fact]
    [Trait("Code", "6.11")]
    public void Escalate_AcknowledgementDueFiveWorkingDaysFromTheRequest()
    {
        var complaint = new ComplaintBuilder().AtStage2("2026-01-15");

        Assert.Equal(2, complaint.Stage);
        Assert.Equal(2, complaint.Stages.Count);
        Assert.Equal(D("2026-01-15"), complaint.CurrentStage.RequestedOn);
        Assert.Equal(D("2026-01-22"), complaint.CurrentStage.AcknowledgeBy);
        Assert.Equal(ComplaintStatus.AwaitingAcknowledgement, complaint.Status);
    }

    [Fact]
    [Trait("Code", "6.2")]
    public void Acknowledge_DateInTheFuture_Refused()
    {
        var builder = new ComplaintBuilder().Today("2025-12-22");
        var complaint = builder.Received();

        var error = complaint.Acknowledge(D("2025-12-23"), Handler1, Definition(), builder.Ctx);

        Assert.Equal(ErrorCodes.DateInFuture, error?.Code);
        Assert.Equal("acknowledgedOn", error?.Field);
        Assert.Equal(ComplaintStatus.AwaitingAcknowledgement, complaint.Status);
    }
}

public class ExtensionTests
{
    [Fact]
    [Trait("Code", "6.4")]
    public void Extend_WithinCap_MovesDueDateByWorkingDays()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged("2025-12-22"); // respond by 2026-01-08

        var error = complaint.Extend(new ExtendRequest(5, "Contractor report awaited", D("2026-01-05"), null, 5), Ombudsman, builder.Ctx);

        Assert.Null(error);
        Assert.Equal(D("2026-01-15"), complaint.CurrentStage.RespondBy);
        Assert.Equal(D("2026-01-08"), complaint.CurrentStage.OriginalRespondBy);
        var extension = Assert.Single(complaint.CurrentStage.Extensions);
        Assert.Equal(5, extension.UpdateIntervalWorkingDays);
        Assert.False(extension.BeyondCap);
    }

    [Fact]
    [Trait("Code", "6.4")]
    public void Extend_TotalOverTenWithoutGoodReason_RefusedAndNothingChanges()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        Assert.Null(complaint.Extend(new ExtendRequest(6, "r", D("2026-01-05"), null, null), Ombudsman, builder.Ctx));
        var version = complaint.Version;

        var error = complaint.Extend(new ExtendRequest(5, "r", D("2026-01-06"), null, null), Ombudsman, builder.Ctx);

        Assert.Equal(ErrorCodes.ExtensionOverCap, error?.Code);
        Assert.Single(complaint.CurrentStage.Extensions);
        Assert.Equal(version, complaint.Version);
    }

    [Fact]
    [Trait("Code", "6.15")]
    public void Extend_Stage2OverTwentyWithGoodReason_AllowedAndFlagged()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2();
        Assert.Null(complaint.Acknowledge(D("2026-01-20"), Handler2, Definition(), builder.Ctx));

        Assert.Null(complaint.Extend(new ExtendRequest(20, "Surveys", D("2026-02-02"), null, 5), Ombudsman, builder.Ctx));
        var refused = complaint.Extend(new ExtendRequest(1, "More", D("2026-02-03"), null, 5), Ombudsman, builder.Ctx);
        var allowed = complaint.Extend(new ExtendRequest(1, "More", D("2026-02-03"), "Specialist report delayed by the resident's hospital stay", 5), Ombudsman, builder.Ctx);

        Assert.Equal(ErrorCodes.ExtensionOverCap, refused?.Code);
        Assert.Null(allowed);
        Assert.True(complaint.CurrentStage.ExtendedBeyondCap);
        Assert.Equal(21, complaint.CurrentStage.ExtendedWorkingDays);
    }

    [Fact]
    [Trait("Code", "6.5")]
    public void Extend_ToldAfterTheDueDate_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged("2025-12-22"); // respond by 2026-01-08

        var error = complaint.Extend(new ExtendRequest(5, "r", D("2026-01-09"), null, null), Ombudsman, builder.Ctx);

        Assert.Equal(ErrorCodes.ExtensionAfterDueDate, error?.Code);
        Assert.Equal(D("2026-01-08"), complaint.CurrentStage.RespondBy);
    }

    [Fact]
    [Trait("Code", "6.4")]
    public void Extend_ToldOnTheDueDate_Allowed()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged("2025-12-22");

        Assert.Null(complaint.Extend(new ExtendRequest(2, "r", D("2026-01-08"), null, null), Ombudsman, builder.Ctx));
    }

    [Fact]
    [Trait("Code", "6.5")]
    public void Extend_WithoutOmbudsmanContactDetails_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        var error = complaint.Extend(new ExtendRequest(5, "r", D("2026-01-05"), null, null), " ", builder.Ctx);

        Assert.Equal("extension-needs-ombudsman-contact", error?.Code);
        Assert.Empty(complaint.CurrentStage.Extensions);
    }

    [Fact]
    [Trait("Code", "6.16")]
    public void Extend_RecordsTheOmbudsmanDetailsGiven()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        Assert.Null(complaint.Extend(new ExtendRequest(5, "r", D("2026-01-05"), null, null), Ombudsman, builder.Ctx));

        Assert.Equal(Ombudsman, Assert.Single(complaint.CurrentStage.Extensions).OmbudsmanContact);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Extend_NotPositive_Refused(int days)
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        var error = complaint.Extend(new ExtendRequest(days, "r", D("2026-01-05"), null, null), Ombudsman, builder.Ctx);

        Assert.Equal("workingDays", error?.Field);
    }

    [Fact]
    public void Extend_BeforeAcknowledgement_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Received();

        Assert.Equal(ErrorCodes.InvalidTransition, complaint.Extend(new ExtendRequest(5, "r", D("2025-12-22"), null, null), Ombudsman, builder.Ctx)?.Code);
    }
}

public class StageRuleTests
{
    [Fact]
    [Trait("Code", "6.13")]
    public void AcknowledgeStage2_ByStage1Handler_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2();

        var error = complaint.Acknowledge(D("2026-01-20"), Handler1, Definition(), builder.Ctx);

        Assert.Equal(ErrorCodes.Stage2HandlerConflict, error?.Code);
        Assert.Equal(ComplaintStatus.AwaitingAcknowledgement, complaint.Status);
        Assert.Null(complaint.CurrentStage.HandlerId);
    }

    [Fact]
    [Trait("Code", "6.13")]
    public void ReassignStage2_ToStage1Handler_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2();
        Assert.Null(complaint.Acknowledge(D("2026-01-20"), Handler2, Definition(), builder.Ctx));

        Assert.Equal(ErrorCodes.Stage2HandlerConflict, complaint.Reassign(Handler1)?.Code);
        Assert.Equal(Handler2, complaint.CurrentStage.HandlerId);
    }

    [Fact]
    [Trait("Code", "5.3")]
    public void Escalate_AtStage2_NoThirdStage()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2();
        Assert.Null(complaint.Acknowledge(D("2026-01-20"), Handler2, Definition(), builder.Ctx));
        Assert.Null(complaint.Respond(Response("2026-02-10", complaint.CurrentStage.Definition!), "The Housing Ombudsman", builder.Ctx));

        var error = complaint.Escalate(D("2026-02-12"), null, Timescales.HousingOmbudsman2024, builder.Ctx);

        Assert.Equal(ErrorCodes.NoThirdStage, error?.Code);
        Assert.Equal(2, complaint.Stages.Count);
    }

    [Fact]
    [Trait("Code", "6.12")]
    public void Escalate_NeedsNoReason_AndWorksFromAClosedStage1()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded();
        Assert.Null(complaint.Close(D("2026-01-08"), builder.Ctx));

        Assert.Null(complaint.Escalate(D("2026-01-15"), Channel.Phone, Timescales.HousingOmbudsman2024, builder.Ctx));
        Assert.Equal(2, complaint.Stage);
        Assert.Null(complaint.ClosedOn);
    }

    [Fact]
    [Trait("Code", "5.2")]
    [Trait("Code", "6.10")]
    public void Escalate_BeforeStage1Response_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        Assert.Equal(ErrorCodes.InvalidTransition, complaint.Escalate(D("2026-01-02"), null, Timescales.HousingOmbudsman2024, builder.Ctx)?.Code);
    }

    [Fact]
    [Trait("Code", "5.2")]
    public void NewComplaint_StartsAtStage1_NeverAnInformalStage()
    {
        var complaint = new ComplaintBuilder().Received();

        Assert.Equal(1, complaint.Stage);
        Assert.Equal(1, complaint.CurrentStage.Number);
    }

    [Fact]
    [Trait("Code", "5.11")]
    public void RefuseEscalation_WithSection2Ground_ClosesAndRecordsTheReason()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded();

        var error = complaint.RefuseEscalation(D("2026-01-15"), new RefusalRequest(RefusalReason.LegalProceedings, "A claim was filed at court on 10 January.", D("2026-01-16"), null), builder.Ctx);

        Assert.Null(error);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(ClosureKind.EscalationRefused, complaint.ClosureKind);
        Assert.Equal(RefusalReason.LegalProceedings, complaint.RefusalReason);
    }

    [Fact]
    [Trait("Code", "5.11")]
    public void RefuseEscalation_WithoutExplanation_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded();

        var error = complaint.RefuseEscalation(D("2026-01-15"), new RefusalRequest(RefusalReason.Other, " ", D("2026-01-16"), null), builder.Ctx);

        Assert.Equal("explanation", error?.Field);
        Assert.Equal(ComplaintStatus.Responded, complaint.Status);
    }
}

public class ResponseTests
{
    [Fact]
    [Trait("Code", "6.18")]
    public void RespondStage2_PointWithoutFinding_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2();
        Assert.Null(complaint.Acknowledge(D("2026-01-20"), Handler2, Definition("Compensation too low", "Repair still not done"), builder.Ctx));
        var request = Response("2026-02-10", Definition("Compensation too low"));

        var error = complaint.Respond(request, "The Housing Ombudsman", builder.Ctx);

        Assert.Equal(ErrorCodes.DefinitionPointUnanswered, error?.Code);
        Assert.Equal(ComplaintStatus.Investigating, complaint.Status);
    }

    [Fact]
    [Trait("Code", "6.19")]
    public void RespondStage2_CarriesTheRouteToTheOmbudsman()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2();
        Assert.Null(complaint.Acknowledge(D("2026-01-20"), Handler2, Definition("Compensation too low"), builder.Ctx));

        Assert.Null(complaint.Respond(Response("2026-02-10", complaint.CurrentStage.Definition!), "Refer to the Housing Ombudsman Service", builder.Ctx));

        Assert.Equal("Refer to the Housing Ombudsman Service", complaint.CurrentStage.EscalationRoute);
        Assert.Equal(Decision.PartlyUpheld, complaint.CurrentStage.Decision);
        Assert.NotNull(complaint.StageNumber(1)!.Decision);
    }

    [Fact]
    [Trait("Code", "6.7")]
    public void Respond_PointWithoutFinding_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var request = Response("2026-01-06", complaint.CurrentStage.Definition!) with
        {
            Findings = [new FindingRequest("Repair not completed", Decision.Upheld, "r")],
        };

        var error = complaint.Respond(request, "Ask for stage 2", builder.Ctx);

        Assert.Equal(ErrorCodes.DefinitionPointUnanswered, error?.Code);
        Assert.Contains("Missed appointments", error!.Message, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Investigating, complaint.Status);
        Assert.Empty(complaint.CurrentStage.Findings);
    }

    [Fact]
    [Trait("Code", "6.9")]
    public void Respond_WithoutReasons_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var request = Response("2026-01-06", complaint.CurrentStage.Definition!) with { Reasons = "" };

        Assert.Equal(ErrorCodes.ResponseIncomplete, complaint.Respond(request, "Ask for stage 2", builder.Ctx)?.Code);
    }

    [Fact]
    [Trait("Code", "6.9")]
    public void Respond_WithoutEscalationRoute_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        var error = complaint.Respond(Response("2026-01-06", complaint.CurrentStage.Definition!), " ", builder.Ctx);

        Assert.Equal(ErrorCodes.ResponseIncomplete, error?.Code);
    }

    [Fact]
    [Trait("Code", "6.9")]
    public void Respond_Complete_RecordsAllSevenItems()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var remedy = new RemedyRequest(RemedyType.Financial, "Compensation for missed appointments", 15000, D("2026-01-20"));

        Assert.Null(complaint.Respond(Response("2026-01-06", complaint.CurrentStage.Definition!, remedy), "Ask for stage 2 within 20 working days", builder.Ctx));

        var stage = complaint.CurrentStage;
        Assert.Equal(ComplaintStatus.Responded, complaint.Status);
        Assert.Equal(1, stage.Number);
        Assert.NotNull(stage.Definition);
        Assert.Equal(Decision.PartlyUpheld, stage.Decision);
        Assert.False(string.IsNullOrEmpty(stage.Reasons));
        Assert.Equal(15000, Assert.Single(complaint.Remedies).AmountPence);
        Assert.Single(complaint.OutstandingActions);
        Assert.Equal("Ask for stage 2 within 20 working days", stage.EscalationRoute);
        Assert.Equal(2, stage.Findings.Count);
    }

    [Fact]
    [Trait("Code", "7.3")]
    public void FinancialRemedy_WithoutAmount_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var remedy = new RemedyRequest(RemedyType.Financial, "Compensation", null, D("2026-01-20"));

        var error = complaint.Respond(Response("2026-01-06", complaint.CurrentStage.Definition!, remedy), "x", builder.Ctx);

        Assert.Equal(ErrorCodes.FinancialRemedyNeedsAmount, error?.Code);
        Assert.Empty(complaint.Remedies);
    }

    [Fact]
    [Trait("Code", "5.13")]
    public void OfferRemedy_BeforeAnyResponse_AllowedWithoutEscalation()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        var (remedy, error) = complaint.OfferRemedy(new RemedyRequest(RemedyType.Apology, "Apology for the missed visit", null, null), D("2025-12-23"), builder.Ctx);

        Assert.Null(error);
        Assert.Equal(1, remedy!.Stage);
        Assert.Equal(1, complaint.Stage);
    }

    [Fact]
    [Trait("Code", "7.3")]
    public void CompleteRemedy_Financial_RecordsPaidAmount()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var (remedy, _) = complaint.OfferRemedy(new RemedyRequest(RemedyType.Financial, "Compensation", 5000, D("2026-01-10")), D("2025-12-23"), builder.Ctx);

        Assert.Null(complaint.CompleteRemedy(remedy!.Id, D("2026-01-09"), null, builder.Ctx));
        Assert.Equal(5000, remedy.PaidPence);
        Assert.Equal(ErrorCodes.InvalidTransition, complaint.CompleteRemedy(remedy.Id, D("2026-01-09"), null, builder.Ctx)?.Code);
    }

    [Fact]
    [Trait("Code", "6.6")]
    public void CompleteAction_AfterResponse_Tracked()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded();
        var action = Assert.Single(complaint.OutstandingActions);

        Assert.Null(complaint.CompleteAction(action.Id, D("2026-01-12"), builder.Ctx));
        Assert.Equal(D("2026-01-12"), action.CompletedOn);
    }
}

public class PointAndExclusionTests
{
    [Theory]
    [InlineData(RefusalReason.LegalProceedings)]
    [InlineData(RefusalReason.PreviouslyConsidered)]
    [InlineData(RefusalReason.Other)]
    [Trait("Code", "2.2")]
    public void NotAccept_OnASection2GroundWithExplanation_NotAccepted(RefusalReason reason)
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        Assert.Null(complaint.NotAccept(new RefusalRequest(reason, "Why this complaint is not suitable.", D("2025-12-23"), null), builder.Ctx));

        Assert.Equal(ComplaintStatus.NotAccepted, complaint.Status);
        Assert.Equal(reason, complaint.RefusalReason);
        Assert.Null(complaint.NextDueOn);
    }

    [Fact]
    [Trait("Code", "2.1")]
    public void NotAccept_AfterResponse_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded();

        var error = complaint.NotAccept(new RefusalRequest(RefusalReason.Other, "x", D("2026-01-07"), null), builder.Ctx);

        Assert.Equal(ErrorCodes.InvalidTransition, error?.Code);
    }

    [Fact]
    [Trait("Code", "6.8")]
    public void AddPoint_RelatedBeforeResponse_JoinsTheDefinition()
    {
        var complaint = new ComplaintBuilder().Acknowledged();

        var (added, error) = complaint.AddPoint("Rude operative", related: true);

        Assert.Null(error);
        Assert.True(added);
        Assert.Contains("Rude operative", complaint.CurrentStage.Definition!.Points);
    }

    [Theory]
    [InlineData(false, false)] // unrelated: always a new complaint
    [InlineData(true, true)] // related, but the stage 1 response is issued
    [Trait("Code", "6.8")]
    public void AddPoint_UnrelatedOrAfterResponse_MustBeANewComplaint(bool related, bool responded)
    {
        var builder = new ComplaintBuilder();
        var complaint = responded ? builder.Responded() : builder.Acknowledged();
        var points = complaint.CurrentStage.Definition!.Points.Count;

        var (added, error) = complaint.AddPoint("Rude operative", related);

        Assert.Null(error);
        Assert.False(added);
        Assert.Equal(points, complaint.CurrentStage.Definition!.Points.Count);
    }

    [Fact]
    [Trait("Code", "2.3")]
    public void NotAccept_Over12MonthsButAwareRecently_Refused()
    {
        var builder = new ComplaintBuilder().ReceivedOn("2025-12-19").IssueOn("2024-06-01", aware: "2025-03-01");
        var complaint = builder.Received();

        var error = complaint.NotAccept(new RefusalRequest(RefusalReason.Over12Months, "Too old", D("2025-12-22"), "Considered; no good reason"), builder.Ctx);

        Assert.False(complaint.OutsideTwelveMonths);
        Assert.Equal(ErrorCodes.NotOver12Months, error?.Code);
        Assert.Equal(ComplaintStatus.AwaitingAcknowledgement, complaint.Status);
    }

    [Fact]
    [Trait("Code", "2.3")]
    public void NotAccept_Over12MonthsWithoutDiscretionRecord_Refused()
    {
        var builder = new ComplaintBuilder().ReceivedOn("2025-12-19").IssueOn("2024-06-01");
        var complaint = builder.Received();

        var error = complaint.NotAccept(new RefusalRequest(RefusalReason.Over12Months, "The issue happened 18 months ago.", D("2025-12-22"), null), builder.Ctx);

        Assert.Equal(ErrorCodes.DiscretionNotConsidered, error?.Code);
    }

    [Fact]
    [Trait("Code", "2.4")]
    [Trait("Code", "2.1")]
    public void NotAccept_WithIndividualReason_RecordsTheExplanation()
    {
        var builder = new ComplaintBuilder().ReceivedOn("2025-12-19").IssueOn("2024-06-01");
        var complaint = builder.Received();

        var error = complaint.NotAccept(new RefusalRequest(RefusalReason.Over12Months, "The issue happened 18 months ago.", D("2025-12-22"), "No good reason for the delay was given."), builder.Ctx);

        Assert.Null(error);
        Assert.Equal(ComplaintStatus.NotAccepted, complaint.Status);
        Assert.Equal("The issue happened 18 months ago.", complaint.RefusalExplanation);
    }

    [Fact]
    [Trait("Code", "2.5")]
    public void NotAccept_WithoutExplanation_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Received();

        var error = complaint.NotAccept(new RefusalRequest(RefusalReason.PreviouslyConsidered, "", D("2025-12-22"), null), builder.Ctx);

        Assert.Equal("explanation", error?.Field);
    }

    [Theory]
    [InlineData("2024-12-19", null, false)] // exactly 12 months: in time
    [InlineData("2024-12-18", null, true)]
    [InlineData("2024-01-01", "2024-12-19", false)] // old issue, recent awareness
    [InlineData(null, null, false)] // unknown date: never flagged
    [Trait("Code", "2.3")]
    public void TwelveMonthCheck_Boundaries(string? issue, string? aware, bool outside)
    {
        Assert.Equal(outside, Complaint.IsOutsideTwelveMonths(D("2025-12-19"), issue is null ? null : D(issue), aware is null ? null : D(aware)));
    }

    [Fact]
    [Trait("Code", "3.6")]
    public void Receive_RepresentativeWithoutAuthority_Refused()
    {
        var request = new ReceiveRequest
        {
            ReceivedOn = D("2025-12-19"), Channel = Channel.ThirdParty, ResidentId = Guid.NewGuid(), Description = "d", Category = "c",
            Representative = new RepresentativeDetails("Jo Bloggs", "Daughter", null, null, "", null),
        };

        var (_, error) = Complaint.Receive(Guid.NewGuid(), "R", request, ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, Context(D("2026-01-01")));

        Assert.Equal(ErrorCodes.RepresentativeConsentRequired, error?.Code);
    }

    [Fact]
    public void Withdraw_Open_BecomesWithdrawn_AndCannotBeWithdrawnAgain()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        Assert.Null(complaint.Withdraw(D("2025-12-23"), "Resolved by phone", builder.Ctx));
        Assert.Equal(ComplaintStatus.Withdrawn, complaint.Status);
        Assert.Equal(ErrorCodes.InvalidTransition, complaint.Withdraw(D("2025-12-23"), null, builder.Ctx)?.Code);
    }
}

public class CurrentHandlerTests
{
    [Fact]
    [Trait("Code", "6.13")]
    public void HandlerId_FollowsTheCurrentStage_ThroughAcknowledgementReassignmentAndEscalation()
    {
        var builder = new ComplaintBuilder();
        var received = builder.Received();
        var acknowledged = builder.Acknowledged();
        var atStage2 = builder.AtStage2();
        var handed = builder.Acknowledged();
        handed.Reassign(ComplaintBuilder.Handler2);

        Assert.Null(received.HandlerId);
        Assert.Equal(ComplaintBuilder.Handler1, acknowledged.HandlerId);
        Assert.Null(atStage2.HandlerId); // stage 2 waits for its own handler
        Assert.Equal(ComplaintBuilder.Handler2, handed.HandlerId);
    }
}

public class TwelveMonthReceiptTests
{
    [Fact]
    [Trait("Code", "2.3")]
    public void Receive_OverTwelveMonthsAccepted_FlaggedWithTheDiscretionRecorded()
    {
        var request = new ReceiveRequest
        {
            ReceivedOn = Calendars.D("2026-06-01"), Channel = Channel.Email, ResidentId = Guid.NewGuid(), Description = "Old leak", Category = "repairs",
            IssueOccurredOn = Calendars.D("2024-03-01"), DiscretionConsidered = "The resident was in hospital for most of 2025",
        };

        var (complaint, error) = Complaint.Receive(Guid.NewGuid(), "CMP-2026-000001", request, new ReceiptPolicy(null), Timescales.HousingOmbudsman2024, ComplaintBuilder.Context(Calendars.D("2026-06-30")));

        Assert.Null(error);
        Assert.True(complaint!.OutsideTwelveMonths);
        Assert.Equal("The resident was in hospital for most of 2025", complaint.DiscretionConsidered);
    }
}
