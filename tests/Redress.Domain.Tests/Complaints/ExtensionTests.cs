using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

public class ExtensionTests
{
    [Fact]
    [Trait("Code", "6.13")]
    [Trait("Code", "5.6")]
    public void AcknowledgementProblems_StageTwoHandlerAndDefinitionAtOnce()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.AtStage2();
        var incomplete = new Definition { Summary = "", Points = ["Compensation too low"], OutcomesSought = [] };

        var problems = complaint.AcknowledgementProblems(D("2026-01-16"), Handler1, incomplete, builder.Ctx.Today);

        Assert.Equal(["handlerId", "definition.summary", "definition.outcomesSought"], problems.Select(p => p.Field));
        Assert.Equal(ErrorCodes.Stage2HandlerConflict, complaint.Acknowledge(D("2026-01-16"), Handler1, incomplete, builder.Ctx)?.Code);
    }

    [Fact]
    [Trait("Code", "6.4")]
    [Trait("Code", "5.9")]
    public void ExtensionProblems_EveryReasonAtOnce_AndExtendRefusesWithTheFirst()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged("2025-12-22"); // respond by 2026-01-08
        var request = new ExtensionDetails(11, "Complex", D("2026-01-09"), null, null);

        var problems = complaint.ExtensionProblems(request, Ombudsman, builder.Ctx.Today);

        Assert.Equal(
            [ErrorCodes.ExtensionAfterDueDate, ErrorCodes.UpdateIntervalRequired, ErrorCodes.ExtensionOverCap],
            problems.Select(p => p.Code));
        Assert.Equal(["notifiedOn", "updateIntervalWorkingDays", "goodReason"], problems.Select(p => p.Field));
        Assert.Equal(ErrorCodes.ExtensionAfterDueDate, complaint.Extend(request, Ombudsman, builder.Ctx)?.Code);
        Assert.Empty(complaint.ExtensionProblems(request with { NotifiedOn = D("2026-01-05"), UpdateIntervalWorkingDays = 5, GoodReason = "A surveyor's report" }, Ombudsman, builder.Ctx.Today));
    }

    [Fact]
    [Trait("Code", "6.4")]
    public void Extend_WithinCap_MovesDueDateByWorkingDays()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged("2025-12-22"); // respond by 2026-01-08

        var error = complaint.Extend(new ExtensionDetails(5, "Contractor report awaited", D("2026-01-05"), null, 5), Ombudsman, builder.Ctx);

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
        Assert.Null(complaint.Extend(new ExtensionDetails(6, "r", D("2026-01-05"), null, 5), Ombudsman, builder.Ctx));
        var version = complaint.Version;

        var error = complaint.Extend(new ExtensionDetails(5, "r", D("2026-01-06"), null, 5), Ombudsman, builder.Ctx);

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

        Assert.Null(complaint.Extend(new ExtensionDetails(20, "Surveys", D("2026-02-02"), null, 5), Ombudsman, builder.Ctx));
        var refused = complaint.Extend(new ExtensionDetails(1, "More", D("2026-02-03"), null, 5), Ombudsman, builder.Ctx);
        var allowed = complaint.Extend(new ExtensionDetails(1, "More", D("2026-02-03"), "Specialist report delayed by the resident's hospital stay", 5), Ombudsman, builder.Ctx);

        Assert.Equal(ErrorCodes.ExtensionOverCap, refused?.Code);
        Assert.Null(allowed);
        Assert.True(complaint.CurrentStage.ExtendedBeyondCap);
        Assert.Equal(21, complaint.CurrentStage.ExtendedWorkingDays);
    }

    [Fact]
    [Trait("Code", "6.4")]
    public void Extend_ToldAfterTheDueDate_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged("2025-12-22"); // respond by 2026-01-08

        var error = complaint.Extend(new ExtensionDetails(5, "r", D("2026-01-09"), null, 5), Ombudsman, builder.Ctx);

        Assert.Equal(ErrorCodes.ExtensionAfterDueDate, error?.Code);
        Assert.Equal(D("2026-01-08"), complaint.CurrentStage.RespondBy);
    }

    [Fact]
    [Trait("Code", "6.4")]
    public void Extend_ToldOnTheDueDate_Allowed()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged("2025-12-22");

        Assert.Null(complaint.Extend(new ExtensionDetails(2, "r", D("2026-01-08"), null, 5), Ombudsman, builder.Ctx));
    }

    [Fact]
    [Trait("Code", "6.5")]
    public void Extend_WithoutOmbudsmanContactDetails_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        var error = complaint.Extend(new ExtensionDetails(5, "r", D("2026-01-05"), null, 5), " ", builder.Ctx);

        Assert.Equal("extension-needs-ombudsman-contact", error?.Code);
        Assert.Empty(complaint.CurrentStage.Extensions);
    }

    [Fact]
    [Trait("Code", "6.16")]
    public void Extend_RecordsTheOmbudsmanDetailsGiven()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        Assert.Null(complaint.Extend(new ExtensionDetails(5, "r", D("2026-01-05"), null, 5), Ombudsman, builder.Ctx));

        Assert.Equal(Ombudsman, Assert.Single(complaint.CurrentStage.Extensions).OmbudsmanContact);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Extend_NotPositive_Refused(int days)
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        var error = complaint.Extend(new ExtensionDetails(days, "r", D("2026-01-05"), null, 5), Ombudsman, builder.Ctx);

        Assert.Equal("workingDays", error?.Field);
    }

    [Fact]
    public void Extend_BeforeAcknowledgement_Refused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Received();

        Assert.Equal(ErrorCodes.InvalidTransition, complaint.Extend(new ExtensionDetails(5, "r", D("2025-12-22"), null, 5), Ombudsman, builder.Ctx)?.Code);
    }

    /// <summary>Code 6.4, 6.15: the cap is exact: up to it is allowed, one day over needs a good reason.</summary>
    [Theory]
    [InlineData(1, 10, true)]
    [InlineData(1, 11, false)]
    [InlineData(2, 20, true)]
    [InlineData(2, 21, false)]
    [Trait("Code", "6.4")]
    [Trait("Code", "6.15")]
    public void Extend_AtAndJustOverTheCap_AllowedThenRefusedWithoutAGoodReason(int stage, int days, bool allowed)
    {
        var builder = new ComplaintBuilder();
        var complaint = stage == 1 ? builder.Acknowledged("2025-12-22") : builder.AtStage2();
        if (stage == 2)
        {
            Assert.Null(complaint.Acknowledge(D("2026-01-16"), Handler2, Definition(), builder.Ctx));
        }
        var notified = complaint.CurrentStage.AcknowledgedOn!.Value;

        var error = complaint.Extend(new ExtensionDetails(days, "Awaiting a surveyor", notified, null, 5), "Housing Ombudsman Service, 0300 111 3000", builder.Ctx);

        if (allowed)
        {
            Assert.Null(error);
            Assert.Equal(days, complaint.CurrentStage.ExtendedWorkingDays);
            Assert.False(complaint.CurrentStage.ExtendedBeyondCap);
        }
        else
        {
            Assert.Equal(ErrorCodes.ExtensionOverCap, error?.Code);
            Assert.Equal(0, complaint.CurrentStage.ExtendedWorkingDays);
        }
    }
}
