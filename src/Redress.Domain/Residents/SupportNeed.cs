using Redress.Domain.Common;

namespace Redress.Domain.Residents;

public enum NeedKind
{
    ReasonableAdjustment,
    DisclosedDisability,
}

public sealed record NeedDetails(NeedKind Kind, string Details, DateOnly? ReviewOn);

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

    protected override int MaxReviewMonths => ReviewMonths;

    public static Result<SupportNeed> Record(Guid id, Guid residentId, NeedDetails request, DateOnly today, (Guid? Id, string Name) by)
    {
        var need = new SupportNeed { Kind = request.Kind, Details = request.Details?.Trim() ?? "" };
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
