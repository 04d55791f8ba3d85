using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

public class ClockTests
{
    [Theory]
    [InlineData(Channel.Phone)]
    [InlineData(Channel.Email)]
    [InlineData(Channel.Letter)]
    [InlineData(Channel.WebForm)]
    [InlineData(Channel.InPerson)]
    [InlineData(Channel.SocialMedia)]
    [InlineData(Channel.ThirdParty)]
    [InlineData(Channel.Other)]
    [Trait("Code", "5.1")]
    [Trait("Code", "3.1")]
    public void Receive_FromAnyChannel_TheSameClocksUnderTheOnePolicy(Channel channel)
    {
        var request = new ReceiptDetails
        {
            ReceivedOn = D("2025-12-19"), Channel = channel, ResidentId = Guid.NewGuid(), Description = "d", Category = "repairs",
            Representative = channel == Channel.ThirdParty ? new RepresentativeDetails("Sam", "Son", null, null, "Written consent", D("2025-12-18")) : null,
        };

        var (complaint, error) = Complaint.Receive(Guid.NewGuid(), "CMP-T", request, ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, Context(D("2025-12-19")));

        Assert.Null(error);
        // Friday 19 December 2025: five working days later skips the weekend, Christmas Day and Boxing Day.
        Assert.Equal(D("2025-12-30"), complaint!.CurrentStage.AcknowledgeBy);
        Assert.Equal(10, complaint.CurrentStage.ResponseDays);
        Assert.Equal(10, complaint.CurrentStage.ExtensionCapDays);
    }

    /// <summary>
    /// With a 17:00 cut-off, a receipt after it on a working day, or at any time on a non-working day, counts
    /// from the next working day: the same deadline, whatever the time of day at the weekend.
    /// </summary>
    [Theory]
    [InlineData("2026-03-06", "16:59", "2026-03-13")] // Friday before the cut-off: day 0 is Friday
    [InlineData("2026-03-06", "17:30", "2026-03-16")] // Friday after it: day 0 is Monday 9 March
    [InlineData("2026-03-07", "10:00", "2026-03-16")] // Saturday morning: the same as Friday evening
    [InlineData("2026-03-07", "18:00", "2026-03-16")] // Saturday evening: time does not matter on a non-working day
    [InlineData("2026-03-08", "18:00", "2026-03-16")] // Sunday
    [InlineData("2026-03-08", null, "2026-03-16")] // a Sunday receipt whose time is not known
    [InlineData("2026-03-09", "09:00", "2026-03-16")] // Monday morning: day 0 is Monday
    [Trait("Code", "6.2")]
    public void Receive_WithCutOff_AfterItOrOnANonWorkingDayCountsFromTheNextWorkingDay(string date, string? time, string acknowledgeBy)
    {
        var policy = new ReceiptPolicy(new TimeOnly(17, 0));

        var start = policy.ClockStart(D(date), time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), EnglandAndWales);

        Assert.Equal(D(acknowledgeBy), EnglandAndWales.AddWorkingDays(start, 5));
    }

    [Fact]
    [Trait("Code", "6.11")]
    public void Escalate_AfterCutOffOnAFriday_Stage2ClockCountsFromMonday()
    {
        var builder = new ComplaintBuilder().Today("2026-02-20");
        var complaint = builder.Responded();

        // Friday 16 January 2026 at 18:00, after a 17:00 cut-off: day 0 is Monday 19 January.
        var error = complaint.Escalate(new EscalationDetails(D("2026-01-16"), new TimeOnly(18, 0), Channel.Email),
            new ReceiptPolicy(new TimeOnly(17, 0)), Timescales.HousingOmbudsman2024, builder.Ctx);

        Assert.Null(error);
        Assert.Equal(D("2026-01-16"), complaint.CurrentStage.RequestedOn);
        Assert.Equal(D("2026-01-26"), complaint.CurrentStage.AcknowledgeBy);
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
        Assert.Contains(error?.Code, new[] { ErrorCodes.DefinitionIncomplete, ErrorCodes.DuplicatePoint });
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
        var request = new ReceiptDetails
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
