using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

public class ResponseTests
{
    [Fact]
    [Trait("Code", "6.7")]
    [Trait("Code", "7.3")]
    public void ResponseProblems_UnansweredPointAndUndatedRemedyAtOnce_RespondRefusesWithTheFirst()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged(); // points: Repair not completed, Missed appointments
        var request = Response("2026-01-06", Definition("Repair not completed"), new RemedyDetails(RemedyType.Apology, "An apology", null, null));

        var problems = complaint.ResponseProblems(request, "Ask us to escalate to stage 2.", builder.Ctx.Today);

        Assert.Contains(problems, p => p.Code == ErrorCodes.DefinitionPointUnanswered);
        Assert.Contains(problems, p => p.Code == ErrorCodes.RemedyDueDateRequired && p.Field!.StartsWith("remedies[0].", StringComparison.Ordinal));
        Assert.Equal(ErrorCodes.DefinitionPointUnanswered, complaint.Respond(request, "Ask us to escalate to stage 2.", builder.Ctx)?.Code);
        Assert.Equal(ComplaintStatus.Investigating, complaint.Status);
    }

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
        Assert.Equal(Decision.Upheld, complaint.CurrentStage.Decision);
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
            Findings = [new FindingDetails("Repair not completed", Decision.Upheld, "r")],
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
        var remedy = new RemedyDetails(RemedyType.Financial, "Compensation for missed appointments", 15000, D("2026-01-20"));

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
        var remedy = new RemedyDetails(RemedyType.Financial, "Compensation", null, D("2026-01-20"));

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

        var (remedy, error) = complaint.OfferRemedy(new RemedyDetails(RemedyType.Apology, "Apology for the missed visit", null, null, DoneNow: true), D("2025-12-23"), builder.Ctx);

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
        var (remedy, _) = complaint.OfferRemedy(new RemedyDetails(RemedyType.Financial, "Compensation", 5000, D("2026-01-10")), D("2025-12-23"), builder.Ctx);

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

    [Fact]
    [Trait("Code", "6.7")]
    [Trait("Code", "6.18")]
    public void Respond_EveryPointUpheldButNotUpheldOverall_RefusedUnlessTheResponseSaysWhy()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var upheld = Response("2026-01-06", complaint.CurrentStage.Definition!) with
        {
            Decision = Decision.NotUpheld,
            Findings = [.. complaint.CurrentStage.Definition!.Points.Select(p => new FindingDetails(p, Decision.Upheld, "The record shows it."))],
        };

        var refused = complaint.Respond(upheld, "Ask for stage 2", builder.Ctx);
        Assert.Equal(ErrorCodes.DecisionInconsistent, refused?.Code);
        Assert.Equal("decision", refused?.Field);
        Assert.Equal(ComplaintStatus.Investigating, complaint.Status);

        var explained = complaint.Respond(upheld with { DecisionDiffersBecause = "The faults were put right before the complaint was made." }, "Ask for stage 2", builder.Ctx);
        Assert.Null(explained);
        Assert.Equal("The faults were put right before the complaint was made.", complaint.CurrentStage.DecisionDiffersBecause);
    }

    [Theory]
    [InlineData(new[] { Decision.Upheld, Decision.Upheld }, Decision.Upheld)]
    [InlineData(new[] { Decision.NotUpheld, Decision.NotUpheld }, Decision.NotUpheld)]
    [InlineData(new[] { Decision.Upheld, Decision.NotUpheld }, Decision.PartlyUpheld)]
    [InlineData(new[] { Decision.PartlyUpheld }, Decision.PartlyUpheld)] // one point partly upheld
    public void DecisionFrom_Findings_IsWhatTheyPointTo(Decision[] findings, Decision overall) =>
        Assert.Equal(overall, Complaint.DecisionFrom([.. findings.Select((d, i) => new FindingDetails($"p{i}", d, "r"))]));

    [Fact]
    [Trait("Code", "7.3")]
    public void Respond_RemedyWithoutADueDate_RefusedNamingTheRemedy()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var remedy = new RemedyDetails(RemedyType.Action, "Replace the boiler", null, null);

        var error = complaint.Respond(Response("2026-01-06", complaint.CurrentStage.Definition!, remedy), "Ask for stage 2", builder.Ctx);

        Assert.Equal(ErrorCodes.RemedyDueDateRequired, error?.Code);
        Assert.Equal("remedies[0].dueOn", error?.Field);
        Assert.Empty(complaint.Remedies);
    }

    [Fact]
    [Trait("Code", "7.3")]
    public void Respond_ApologyDoneWhenOffered_RecordedAsComplete()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var apology = new RemedyDetails(RemedyType.Apology, "We apologise for the missed visits", null, null, DoneNow: true);

        Assert.Null(complaint.Respond(Response("2026-01-06", complaint.CurrentStage.Definition!, apology), "Ask for stage 2", builder.Ctx));

        var remedy = Assert.Single(complaint.Remedies);
        Assert.Equal(D("2026-01-06"), remedy.CompletedOn);
        Assert.DoesNotContain(ComplaintAction.CompleteRemedy, complaint.AllowedActions());
    }
}
