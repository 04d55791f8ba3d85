using Redress.Domain.Common;
using Redress.Domain.Residents;
using static Redress.Domain.Tests.Calendars;

namespace Redress.Domain.Tests;

public class ResidentRulesTests
{
    private static readonly DateOnly Today = D("2026-06-30");
    private static readonly (Guid? Id, string Name) Officer = (Guid.NewGuid(), "Sam Officer");

    private static RestrictionDetails Restriction(DateOnly? reviewOn = null, string behaviour = "Abusive calls to staff", string equality = "No disability known; offered email as an alternative") =>
        new(behaviour, "Call notes of 3, 5 and 9 June", "Contact by email to one named officer", "Calls only; email keeps full access to the service",
            equality, Today, reviewOn ?? D("2026-09-30"));

    public static TheoryData<NeedKind, DateOnly?, string?> Needs => new()
    {
        { NeedKind.ReasonableAdjustment, D("2026-12-31"), null },
        // An agreed adjustment must be kept under review: no date, no record.
        { NeedKind.ReasonableAdjustment, null, ErrorCodes.ReviewDateRequired },
        // A review date must be ahead, within 12 months.
        { NeedKind.ReasonableAdjustment, D("2026-06-30"), ErrorCodes.ReviewDateOutOfRange },
        { NeedKind.ReasonableAdjustment, D("2027-06-30"), null },
        { NeedKind.ReasonableAdjustment, D("2027-07-01"), ErrorCodes.ReviewDateOutOfRange },
        // A disclosure is a record, not an arrangement: a review date is optional.
        { NeedKind.DisclosedDisability, null, null },
        { NeedKind.DisclosedDisability, D("2026-01-01"), ErrorCodes.ReviewDateOutOfRange },
    };

    [Theory]
    [MemberData(nameof(Needs))]
    [Trait("Code", "5.10")]
    public void RecordNeed_ReviewDate_RequiredForAdjustmentsAndWithinAYear(NeedKind kind, DateOnly? reviewOn, string? code)
    {
        var (need, error) = SupportNeed.Record(Guid.NewGuid(), Guid.NewGuid(), new NeedDetails(kind, "Large print letters", reviewOn), Today, Officer);

        Assert.Equal(code, error?.Code);
        Assert.Equal(code is null, need is not null);
    }

    [Fact]
    [Trait("Code", "5.10")]
    public void RecordNeed_NoDetails_RefusedNamingTheField()
    {
        var (_, error) = SupportNeed.Record(Guid.NewGuid(), Guid.NewGuid(), new NeedDetails(NeedKind.DisclosedDisability, "  ", null), Today, Officer);

        Assert.Equal("details", error?.Field);
    }

    [Fact]
    [Trait("Code", "5.10")]
    public void ReviewNeed_Continue_MovesTheReviewDateAndKeepsTheNotes()
    {
        var (need, _) = SupportNeed.Record(Guid.NewGuid(), Guid.NewGuid(), new NeedDetails(NeedKind.ReasonableAdjustment, "Calls after 10am", D("2026-07-15")), Today, Officer);

        var error = need!.Review(new ReviewDetails(true, "Still needed, resident confirmed", D("2027-01-15")), D("2026-07-14"));

        Assert.Null(error);
        Assert.Equal(D("2027-01-15"), need.ReviewOn);
        Assert.Equal(D("2026-07-14"), need.LastReviewedOn);
        Assert.False(need.IsDueForReview(D("2026-12-31")));
        Assert.Equal(2, need.Version);
    }

    [Fact]
    [Trait("Code", "5.10")]
    public void ReviewNeed_End_StopsItAndRefusesAnotherReview()
    {
        var (need, _) = SupportNeed.Record(Guid.NewGuid(), Guid.NewGuid(), new NeedDetails(NeedKind.ReasonableAdjustment, "Calls after 10am", D("2026-07-15")), Today, Officer);

        need!.Review(new ReviewDetails(false, "Resident moved to email", null), D("2026-07-14"));
        var again = need.Review(new ReviewDetails(true, "Again", D("2026-08-01")), D("2026-07-15"));

        Assert.Equal(D("2026-07-14"), need.EndedOn);
        Assert.False(need.IsDueForReview(D("2030-01-01")));
        Assert.Equal(ErrorCodes.AlreadyEnded, again?.Code);
    }

    public static TheoryData<string, RestrictionDetails> IncompleteRestrictions => new()
    {
        { "behaviour", Restriction(behaviour: "") },
        { "equalityAct", Restriction(equality: " ") },
        // Code 5.14: restrictions are kept under regular review, at least every 6 months.
        { "reviewOn", Restriction(reviewOn: D("2027-01-01")) },
        { "reviewOn", Restriction(reviewOn: D("2026-06-29")) },
    };

    [Theory]
    [MemberData(nameof(IncompleteRestrictions))]
    [Trait("Code", "5.14")]
    [Trait("Code", "5.15")]
    public void RecordRestriction_MissingReasonOrReview_RefusedNamingTheField(string field, RestrictionDetails request)
    {
        var (restriction, error) = ContactRestriction.Record(Guid.NewGuid(), Guid.NewGuid(), request, Today, Officer);

        Assert.Null(restriction);
        Assert.Equal(field, error?.Field);
        Assert.Contains(error?.Code, new[] { ErrorCodes.Required, ErrorCodes.ReviewDateRequired, ErrorCodes.ReviewDateOutOfRange });
    }

    [Fact]
    [Trait("Code", "5.14")]
    public void RecordRestriction_Complete_InForceAndDueForReviewOnItsDate()
    {
        var (restriction, error) = ContactRestriction.Record(Guid.NewGuid(), Guid.NewGuid(), Restriction(), Today, Officer);

        Assert.Null(error);
        Assert.True(restriction!.InForceOn(Today));
        Assert.False(restriction.IsDueForReview(D("2026-09-29")));
        Assert.True(restriction.IsDueForReview(D("2026-09-30")));
    }

    [Fact]
    [Trait("Code", "5.14")]
    public void ReviewRestriction_NoNotes_Refused()
    {
        var (restriction, _) = ContactRestriction.Record(Guid.NewGuid(), Guid.NewGuid(), Restriction(), Today, Officer);

        var error = restriction!.Review(new ReviewDetails(true, "", D("2026-12-01")), D("2026-09-30"));

        Assert.Equal("notes", error?.Field);
        Assert.Equal(D("2026-09-30"), restriction.ReviewOn);
    }
}
