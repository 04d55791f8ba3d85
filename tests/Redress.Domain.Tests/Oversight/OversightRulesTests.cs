using Redress.Domain.Common;
using Redress.Domain.Oversight;
using static Redress.Domain.Tests.Calendars;

namespace Redress.Domain.Tests;

public class OversightRulesTests
{
    private static readonly DateOnly Today = D("2026-06-30");

    [Fact]
    [Trait("Code", "9.3")]
    public void Learning_CompleteWithoutWhatChanged_Refused_WithIt_Done()
    {
        var (action, _) = LearningAction.Raise(Guid.NewGuid(), new LearningDetails("Text reminders before repairs visits", "repairs communication", "Head of repairs", D("2026-09-30"), [Guid.NewGuid()]), Today);

        var refused = action!.Complete(" ", Today, Today);
        var done = action.Complete("Residents now get a text the day before every visit", Today, Today);

        Assert.Equal("whatChanged", refused?.Field);
        Assert.Null(done);
        Assert.Equal(LearningStatus.Done, action.Status);
        Assert.False(action.IsOverdue(D("2027-01-01")));
    }

    public static TheoryData<string?, string, string?> Exceptional => new()
    {
        { "2026-06-01", "Told by letter and on the website", null },
        // The residents must be told (Code 8.5).
        { "2026-06-01", "", "residentsTold" },
        // The Ombudsman cannot be told before the period starts.
        { "2026-05-01", "Website", "ombudsmanToldOn" },
    };

    [Theory]
    [MemberData(nameof(Exceptional))]
    [Trait("Code", "8.5")]
    public void Exceptional_Record_NeedsNoticesInOrder(string? told, string residentsTold, string? field)
    {
        var (record, error) = ExceptionalCircumstance.Record(Guid.NewGuid(),
            new ExceptionalDetails(D("2026-05-20"), D("2026-06-10"), "Cyber attack took the housing system down", told is null ? null : D(told), residentsTold, D("2026-06-11")), Today);

        Assert.Equal(field, error?.Field);
        Assert.Equal(field is null, record is not null);
        if (record is not null)
        {
            Assert.True(record.Covers(D("2026-06-10")));
            Assert.False(record.Covers(D("2026-06-11")));
        }
    }

    [Fact]
    public void OmbudsmanCase_Determined_ClosesWhenEveryOrderIsComplied()
    {
        var (@case, _) = OmbudsmanCase.Open(Guid.NewGuid(), Guid.NewGuid(), "202412345", OmbudsmanStage.Investigation, D("2026-01-10"), Today);
        var error = @case!.Determine(D("2026-05-01"), [("Repairs", OmbudsmanFinding.Maladministration), ("Complaint handling", OmbudsmanFinding.ServiceFailure)],
            [new OrderDetails(OrderKind.Order, "Pay £350 compensation", D("2026-05-29"), 35000), new OrderDetails(OrderKind.Recommendation, "Review the repairs policy", null, null)], Guid.NewGuid, Today);

        Assert.Null(error);
        Assert.Null(@case.Comply(@case.Orders[0].Id, D("2026-05-20"), "Payment reference 8812", Today));
        Assert.Equal(OmbudsmanStage.Determined, @case.Stage);
        Assert.Equal("evidence", @case.Comply(@case.Orders[1].Id, Today, "", Today)?.Field);
        Assert.Null(@case.Comply(@case.Orders[1].Id, Today, "Policy v5 approved", Today));
        Assert.Equal(OmbudsmanStage.Closed, @case.Stage);
    }

    [Fact]
    public void OmbudsmanCase_OrderWithoutDeadline_Refused()
    {
        var (@case, _) = OmbudsmanCase.Open(Guid.NewGuid(), Guid.NewGuid(), "202412346", OmbudsmanStage.Investigation, D("2026-01-10"), Today);

        var error = @case!.Determine(D("2026-05-01"), [("Repairs", OmbudsmanFinding.Maladministration)], [new OrderDetails(OrderKind.Order, "Apologise", null, null)], Guid.NewGuid, Today);

        Assert.Equal("orders", error?.Field);
        Assert.Empty(@case.Determinations);
    }

    [Fact]
    public void MaladministrationRate_LeavesOutOutsideJurisdictionAndWithdrawn()
    {
        // 2 faults (maladministration, service failure) of 4 findings made: 50.0%.
        var rate = OmbudsmanCase.MaladministrationRate([OmbudsmanFinding.Maladministration, OmbudsmanFinding.ServiceFailure, OmbudsmanFinding.NoMaladministration, OmbudsmanFinding.ReasonableRedress, OmbudsmanFinding.OutsideJurisdiction, OmbudsmanFinding.Withdrawn]);

        Assert.Equal(50.0m, rate);
    }

    [Fact]
    [Trait("Code", "8.2")]
    public void AnnualReport_PublishWithoutTheGoverningBodysResponseOrAnApprovedSelfAssessment_Refused()
    {
        var report = AnnualReport.Draft(Guid.NewGuid(), 2025);
        var today = new DateOnly(2026, 6, 30);
        Assert.Null(report.Write(new AnnualReportText("Complaints rose by a tenth; repairs lead.", null, null, null), today));

        var noResponse = report.Publish(Guid.NewGuid(), "{}", today);
        Assert.Null(report.Write(new AnnualReportText("Complaints rose by a tenth; repairs lead.", null, "The board accepts the report.", new DateOnly(2026, 6, 1)), today));
        var noAssessment = report.Publish(null, "{}", today);

        Assert.Equal(ErrorCodes.Required, noResponse?.Code);
        Assert.Equal("governingBodyResponse", noResponse?.Field);
        Assert.Equal(ErrorCodes.SelfAssessmentNotApproved, noAssessment?.Code);
        Assert.False(report.IsPublished);
        Assert.Null(report.Publish(Guid.NewGuid(), "{}", today));
        Assert.True(report.IsPublished);
    }
}
