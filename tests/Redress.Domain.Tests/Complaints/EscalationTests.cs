using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

public class EscalationTests
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

        var error = complaint.Escalate(new EscalationDetails(D("2026-02-12"), null, null), ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, builder.Ctx);

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

        Assert.Null(complaint.Escalate(new EscalationDetails(D("2026-01-15"), null, Channel.Phone), ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, builder.Ctx));
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

        Assert.Equal(ErrorCodes.InvalidTransition, complaint.Escalate(new EscalationDetails(D("2026-01-02"), null, null), ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, builder.Ctx)?.Code);
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

        var error = complaint.RefuseEscalation(D("2026-01-15"), new RefusalDetails(RefusalReason.LegalProceedings, "A claim was filed at court on 10 January.", D("2026-01-16"), null, D("2026-01-10")), builder.Ctx);

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

        var error = complaint.RefuseEscalation(D("2026-01-15"), new RefusalDetails(RefusalReason.Other, " ", D("2026-01-16"), null), builder.Ctx);

        Assert.Equal("explanation", error?.Field);
        Assert.Equal(ComplaintStatus.Responded, complaint.Status);
    }

    [Fact]
    [Trait("Code", "5.11")]
    [Trait("Code", "2.3")]
    public void RefuseEscalation_TwelveMonthGroundForARecentIssue_Refused()
    {
        var builder = new ComplaintBuilder().IssueOn("2025-11-20");
        var complaint = builder.Responded();

        var error = complaint.RefuseEscalation(D("2026-01-15"),
            new RefusalDetails(RefusalReason.Over12Months, "Too long ago.", D("2026-01-16"), "Considered; no good reason"), builder.Ctx);

        Assert.Equal(ErrorCodes.NotOver12Months, error?.Code);
        Assert.Equal(ComplaintStatus.Responded, complaint.Status);
    }

    [Fact]
    [Trait("Code", "5.11")]
    [Trait("Code", "2.3")]
    public void RefuseEscalation_TwelveMonthGroundWithTheDatesAndDiscretion_Refused()
    {
        var builder = new ComplaintBuilder().IssueOn("2024-06-01", "2024-06-01");
        var complaint = builder.Responded();

        var withoutDiscretion = complaint.RefuseEscalation(D("2026-01-15"), new RefusalDetails(RefusalReason.Over12Months, "The issue was in June 2024.", D("2026-01-16"), null), builder.Ctx);
        Assert.Equal(ErrorCodes.DiscretionNotConsidered, withoutDiscretion?.Code);

        Assert.Null(complaint.RefuseEscalation(D("2026-01-15"),
            new RefusalDetails(RefusalReason.Over12Months, "The issue was in June 2024.", D("2026-01-16"), "No reason for the delay was given."), builder.Ctx));
        Assert.Equal(ClosureKind.EscalationRefused, complaint.ClosureKind);
        Assert.Equal("No reason for the delay was given.", complaint.DiscretionConsidered);
    }

    [Theory]
    [InlineData(null)] // no date filed: proceedings have not started (Code 2.2)
    [InlineData("2026-01-20")] // filed after the decision
    [Trait("Code", "5.11")]
    [Trait("Code", "2.2")]
    public void RefuseEscalation_LegalProceedingsNotFiledByTheDecision_Refused(string? filed)
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded();

        var error = complaint.RefuseEscalation(D("2026-01-15"),
            new RefusalDetails(RefusalReason.LegalProceedings, "A claim is being prepared.", D("2026-01-16"), null, filed is null ? null : D(filed)), builder.Ctx);

        Assert.Equal(ErrorCodes.ProceedingsNotFiled, error?.Code);
        Assert.Equal("proceedingsFiledOn", error?.Field);
        Assert.Null(complaint.ClosureKind);
    }

    [Fact]
    [Trait("Code", "5.11")]
    public void RefuseEscalation_AlreadyRefused_CannotBeRefusedOrEscalatedAgain()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded();
        Assert.Null(complaint.RefuseEscalation(D("2026-01-15"), new RefusalDetails(RefusalReason.PreviouslyConsidered, "Considered under CMP-1.", D("2026-01-16"), null), builder.Ctx));

        var again = complaint.RefuseEscalation(D("2026-01-20"), new RefusalDetails(RefusalReason.Other, "Again.", D("2026-01-20"), null), builder.Ctx);
        var escalated = complaint.Escalate(new EscalationDetails(D("2026-01-20"), null, null), ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, builder.Ctx);

        Assert.Equal(ErrorCodes.InvalidTransition, again?.Code);
        Assert.Equal(ErrorCodes.InvalidTransition, escalated?.Code);
    }
}
