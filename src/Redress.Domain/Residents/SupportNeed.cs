using Redress.Domain.Common;
using Redress.Domain.Letters;

namespace Redress.Domain.Residents;

public enum NeedKind
{
    ReasonableAdjustment,
    DisclosedDisability,
}

/// <summary>What is recorded; <paramref name="LetterFormat"/> when the adjustment is letters in another format.</summary>
public sealed record NeedDetails(NeedKind Kind, string Details, DateOnly? ReviewOn, LetterFormat? LetterFormat = null);

/// <summary>
/// Code 5.10: a reasonable adjustment agreed with a resident, or a disability they disclosed. Agreed
/// adjustments are kept under active review, so they carry a review date; a disclosure may.
/// </summary>
public sealed class SupportNeed : UnderReview
{
    public const int ReviewMonths = 12;

    private SupportNeed()
    {
    }

    public NeedKind Kind { get; private set; }
    public string Details { get; private set; } = "";
    /// <summary>The format the resident's letters go in while this adjustment is in force, if it is one.</summary>
    public LetterFormat? LetterFormat { get; private set; }

    protected override int MaxReviewMonths => ReviewMonths;

    public static Result<SupportNeed> Record(Guid id, Guid residentId, NeedDetails request, DateOnly today, (Guid? Id, string Name) by)
    {
        var need = new SupportNeed { Kind = request.Kind, Details = request.Details?.Trim() ?? "", LetterFormat = request.LetterFormat };
        if (request.LetterFormat is not null && request.Kind != NeedKind.ReasonableAdjustment)
        {
            return new DomainError(ErrorCodes.Required, "Letters in another format are a reasonable adjustment: choose 'A reasonable adjustment agreed with the resident'.", "letterFormat");
        }
        var error = Require(request.Details, "details", request.Kind == NeedKind.ReasonableAdjustment
                ? "Enter the adjustment agreed, for example 'letters in large print'."
                : "Enter what the resident disclosed.")
            ?? (request.Kind == NeedKind.ReasonableAdjustment || request.ReviewOn is not null
                ? need.CheckReviewDate(request.ReviewOn, today, "reviewOn")
                : null);
        if (error is not null)
        {
            return error;
        }
        need.Recorded(id, residentId, today, by.Id, by.Name);
        need.ReviewOn = request.ReviewOn;
        return need;
    }
}
