using Redress.Domain.Common;

namespace Redress.Domain.Residents;

public sealed record RestrictionDetails(
    string Behaviour, string Evidence, string Restriction, string Proportionality, string EqualityAct, DateOnly StartsOn, DateOnly? ReviewOn);

/// <summary>
/// Code 5.14-5.15: a restriction on contact because of unacceptable behaviour. It needs its reasons and
/// evidence, why it is proportionate, the regard had to the Equality Act 2010, and a review at least
/// every <see cref="ReviewMonths"/> months.
/// </summary>
public sealed class ContactRestriction : UnderReview
{
    public const int ReviewMonths = 6;

    private ContactRestriction()
    {
    }

    public string Behaviour { get; private set; } = "";
    public string Evidence { get; private set; } = "";
    public string Restriction { get; private set; } = "";
    public string Proportionality { get; private set; } = "";
    public string EqualityAct { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }

    protected override int MaxReviewMonths => ReviewMonths;

    /// <summary>Every problem with a new restriction at once, each naming its field (Code 5.14, 5.15), for a form to show together.</summary>
    public static IReadOnlyList<DomainError> Problems(RestrictionDetails request, DateOnly today)
    {
        var problems = new List<DomainError?>
        {
            Require(request.Behaviour, "behaviour", "Enter the behaviour that led to the restriction (Code 5.14)."),
            Require(request.Evidence, "evidence", "Enter the evidence for the restriction (Code 5.14)."),
            Require(request.Restriction, "restriction", "Enter how contact is restricted, for example 'by email to one named officer'."),
            Require(request.Proportionality, "proportionality", "Enter why the restriction is proportionate (Code 5.15)."),
            Require(request.EqualityAct, "equalityAct", "Enter the regard had to the Equality Act 2010, including any disability (Code 5.15)."),
            request.StartsOn > today.AddMonths(1) ? Errors.OutOfOrder("startsOn", "A restriction cannot be recorded more than a month before it starts.") : null,
            new ContactRestriction().CheckReviewDate(request.ReviewOn, request.StartsOn > today ? request.StartsOn : today, "reviewOn"),
        };
        return [.. problems.OfType<DomainError>()];
    }

    public static Result<ContactRestriction> Record(
        Guid id, Guid residentId, RestrictionDetails request, DateOnly today, (Guid? Id, string Name) by)
    {
        var restriction = new ContactRestriction();
        if (Problems(request, today) is [var error, ..])
        {
            return error;
        }
        restriction.Behaviour = request.Behaviour.Trim();
        restriction.Evidence = request.Evidence.Trim();
        restriction.Restriction = request.Restriction.Trim();
        restriction.Proportionality = request.Proportionality.Trim();
        restriction.EqualityAct = request.EqualityAct.Trim();
        restriction.StartsOn = request.StartsOn;
        restriction.Recorded(id, residentId, today, by.Id, by.Name);
        restriction.ReviewOn = request.ReviewOn;
        return restriction;
    }

    /// <summary>In force on <paramref name="day"/>: started and not ended.</summary>
    public bool InForceOn(DateOnly day) => IsActive && StartsOn <= day;
}
