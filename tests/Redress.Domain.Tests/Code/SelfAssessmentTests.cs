using Redress.Domain.Code;
using Redress.Domain.Common;
using static Redress.Domain.Tests.Calendars;

namespace Redress.Domain.Tests;

public class SelfAssessmentTests
{
    private static readonly DateOnly Today = D("2026-06-30");

    private static SelfAssessment Started(SelfAssessment? previous = null) =>
        SelfAssessment.Start(Guid.NewGuid(), 2026, AssessmentReason.Annual, null, previous, Today, Guid.NewGuid).Value!;

    private static SelfAssessment AllAnswered()
    {
        var assessment = Started();
        foreach (var p in CodeProvisions.All)
        {
            Assert.Null(assessment.Answer(p.Number, new AnswerDetails(true, "Policy v4", null, null, null), Today));
        }
        return assessment;
    }

    [Fact]
    [Trait("Code", "8.1")]
    public void Start_HasEveryProvisionOfTheFormInOrder_Unanswered()
    {
        var assessment = Started();

        Assert.Equal(CodeProvisions.All.Select(p => p.Number), assessment.Answers.Select(a => a.Provision));
        Assert.Equal(72, assessment.Unanswered);
    }

    [Fact]
    [Trait("Code", "8.1")]
    public void Answer_No_NeedsAnActionAndATargetDate()
    {
        var assessment = Started();

        var noAction = assessment.Answer("1.6", new AnswerDetails(false, null, "Feedback exercises lack complaint details", null, D("2026-09-30")), Today);
        var noDate = assessment.Answer("1.6", new AnswerDetails(false, null, null, "Add complaint details to every survey", null), Today);
        var done = assessment.Answer("1.6", new AnswerDetails(false, null, null, "Add complaint details to every survey", D("2026-09-30")), Today);

        Assert.Equal("action", noAction?.Field);
        Assert.Equal("targetOn", noDate?.Field);
        Assert.Null(done);
        Assert.False(assessment.Answers.Single(a => a.Provision == "1.6").Complies);
    }

    [Fact]
    [Trait("Code", "8.1")]
    public void Approve_WithAProvisionUnanswered_RefusedNamingIt()
    {
        var assessment = Started();
        assessment.Answer("1.2", new AnswerDetails(true, null, null, null, null), Today);

        var error = assessment.Approve(Today, "Board", Today);

        Assert.Equal("assessment-incomplete", error?.Code);
        Assert.Contains("71 provisions", error!.Message, StringComparison.Ordinal);
        Assert.Contains("1.3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Code", "8.1")]
    [InlineData("2026-06-02", null)]
    [InlineData("2026-04-01", null)]
    [InlineData("2026-03-31", "approvedOn")]
    [InlineData("2026-07-01", "approvedOn")]
    public void Approve_OnAPastDateInTheYearItCovers_Recorded_BeforeTheYearOrInTheFuture_Refused(string approvedOn, string? refusedField)
    {
        var assessment = AllAnswered();

        var error = assessment.Approve(D(approvedOn), "Board, meeting of that day", Today);

        Assert.Equal(refusedField, error?.Field);
        Assert.Equal(refusedField is null ? AssessmentStatus.Approved : AssessmentStatus.Draft, assessment.Status);
    }

    [Fact]
    [Trait("Code", "8.1")]
    public void Approved_CannotChange_ANewVersionStartsFromItsAnswers()
    {
        var first = AllAnswered();
        Assert.Null(first.Approve(Today, "Board, meeting of 30 June 2026", Today));

        var change = first.Answer("1.2", new AnswerDetails(false, null, null, "x", D("2026-12-01")), Today);
        var second = Started(first);

        Assert.Equal(ErrorCodes.InvalidTransition, change?.Code);
        Assert.Equal(2, second.Number);
        Assert.Equal(AssessmentStatus.Draft, second.Status);
        Assert.Equal(0, second.Unanswered);
        Assert.Equal("Policy v4", second.Answers[0].Evidence);
    }

    [Fact]
    [Trait("Code", "8.3")]
    [Trait("Code", "8.4")]
    public void Start_AfterARestructure_NeedsToSayWhatChanged()
    {
        var (assessment, error) = SelfAssessment.Start(Guid.NewGuid(), 2026, AssessmentReason.Restructure, " ", null, Today, Guid.NewGuid);

        Assert.Null(assessment);
        Assert.Equal("reasonDetails", error?.Field);
    }
}
