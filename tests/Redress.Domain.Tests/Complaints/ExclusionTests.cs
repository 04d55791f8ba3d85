using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

public class ExclusionTests
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

        Assert.Null(complaint.NotAccept(new RefusalDetails(reason, "Why this complaint is not suitable.", D("2025-12-23"), null, D("2025-12-01")), builder.Ctx));

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

        var error = complaint.NotAccept(new RefusalDetails(RefusalReason.Other, "x", D("2026-01-07"), null), builder.Ctx);

        Assert.Equal(ErrorCodes.InvalidTransition, error?.Code);
    }

    [Fact]
    [Trait("Code", "6.8")]
    public void AddPoint_RelatedBeforeResponse_JoinsTheDefinition()
    {
        var complaint = new ComplaintBuilder().Acknowledged();

        Assert.True(complaint.TakesPoint(related: true));
        var error = complaint.AddPoint("Rude operative", related: true);

        Assert.Null(error);
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

        Assert.False(complaint.TakesPoint(related));
        var error = complaint.AddPoint("Rude operative", related);

        Assert.Equal(ErrorCodes.PointNeedsNewComplaint, error?.Code);
        Assert.Equal(points, complaint.CurrentStage.Definition!.Points.Count);
    }

    [Fact]
    [Trait("Code", "2.3")]
    public void NotAccept_Over12MonthsButAwareRecently_Refused()
    {
        var builder = new ComplaintBuilder().ReceivedOn("2025-12-19").IssueOn("2024-06-01", aware: "2025-03-01");
        var complaint = builder.Received();

        var error = complaint.NotAccept(new RefusalDetails(RefusalReason.Over12Months, "Too old", D("2025-12-22"), "Considered; no good reason"), builder.Ctx);

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

        var error = complaint.NotAccept(new RefusalDetails(RefusalReason.Over12Months, "The issue happened 18 months ago.", D("2025-12-22"), null), builder.Ctx);

        Assert.Equal(ErrorCodes.DiscretionNotConsidered, error?.Code);
    }

    [Fact]
    [Trait("Code", "2.4")]
    [Trait("Code", "2.1")]
    public void NotAccept_WithIndividualReason_RecordsTheExplanation()
    {
        var builder = new ComplaintBuilder().ReceivedOn("2025-12-19").IssueOn("2024-06-01");
        var complaint = builder.Received();

        var error = complaint.NotAccept(new RefusalDetails(RefusalReason.Over12Months, "The issue happened 18 months ago.", D("2025-12-22"), "No good reason for the delay was given."), builder.Ctx);

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

        var error = complaint.NotAccept(new RefusalDetails(RefusalReason.PreviouslyConsidered, "", D("2025-12-22"), null), builder.Ctx);

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
        var request = new ReceiptDetails
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

    [Fact]
    [Trait("Code", "6.8")]
    public void AddPoint_RelatedBeforeAcknowledgement_JoinsTheDefinitionWhenItIsWritten()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Received();

        Assert.True(complaint.TakesPoint(related: true));
        Assert.Null(complaint.AddPoint("Rude operative", related: true));
        Assert.Equal(ErrorCodes.DuplicatePoint, complaint.AddPoint("rude operative", related: true)?.Code);
        Assert.Null(complaint.Acknowledge(D("2025-12-22"), Handler1, Definition(), builder.Ctx));

        Assert.Equal(["Repair not completed", "Missed appointments", "Rude operative"], complaint.CurrentStage.Definition!.Points);
        Assert.Empty(complaint.CurrentStage.PointsRaised);
    }

    [Fact]
    [Trait("Code", "2.2")]
    public void NotAccept_LegalProceedingsWithoutTheDateFiled_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Received();

        var error = complaint.NotAccept(new RefusalDetails(RefusalReason.LegalProceedings, "The resident has started a claim.", D("2025-12-23"), null), builder.Ctx);

        Assert.Equal(ErrorCodes.ProceedingsNotFiled, error?.Code);
        Assert.Equal(ComplaintStatus.AwaitingAcknowledgement, complaint.Status);
    }
}
