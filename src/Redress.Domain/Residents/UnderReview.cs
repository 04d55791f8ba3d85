using Redress.Domain.Common;

namespace Redress.Domain.Residents;

/// <summary>What a review decided: keep the arrangement until the next review, or end it.</summary>
public sealed record ReviewDetails(bool Continue, string Notes, DateOnly? NextReviewOn);

/// <summary>
/// A record about a resident that must be kept under review (Code 5.10 adjustments, 5.14 restrictions):
/// a review date, the reviews done, and an end.
/// </summary>
public abstract class UnderReview
{
    public Guid Id { get; protected set; }
    public Guid ResidentId { get; protected set; }
    public DateOnly RecordedOn { get; protected set; }
    public Guid? RecordedById { get; protected set; }
    public string RecordedBy { get; protected set; } = "";
    public DateOnly? ReviewOn { get; protected set; }
    public DateOnly? LastReviewedOn { get; protected set; }
    public string? LastReviewNotes { get; protected set; }
    public DateOnly? EndedOn { get; protected set; }
    public int Version { get; protected set; }

    public bool IsActive => EndedOn is null;

    /// <summary>In force and its review date falls on or before <paramref name="horizon"/>.</summary>
    public bool IsDueForReview(DateOnly horizon) => IsActive && ReviewOn <= horizon;

    /// <summary>The longest time, in months, allowed between reviews.</summary>
    protected abstract int MaxReviewMonths { get; }

    /// <summary>Records a review: who, when, what was considered, and the next review date or the end.</summary>
    public DomainError? Review(ReviewDetails request, DateOnly today)
    {
        if (!IsActive)
        {
            return new DomainError(ErrorCodes.AlreadyEnded, $"This ended on {EndedOn:yyyy-MM-dd}; record a new one instead.");
        }
        if (string.IsNullOrWhiteSpace(request.Notes))
        {
            return new DomainError(ErrorCodes.Required, "Enter what the review considered and decided.", "notes");
        }
        if (request.Continue && CheckReviewDate(request.NextReviewOn, today, "nextReviewOn") is { } error)
        {
            return error;
        }
        LastReviewedOn = today;
        LastReviewNotes = request.Notes.Trim();
        ReviewOn = request.Continue ? request.NextReviewOn : null;
        EndedOn = request.Continue ? null : today;
        Version++;
        return null;
    }

    /// <summary>A review date must be after today and no further ahead than the review interval allows.</summary>
    protected DomainError? CheckReviewDate(DateOnly? reviewOn, DateOnly from, string field)
    {
        if (reviewOn is null)
        {
            return new DomainError(ErrorCodes.ReviewDateRequired, "Enter the date of the next review: this must be kept under review.", field);
        }
        var latest = from.AddMonths(MaxReviewMonths);
        if (reviewOn <= from || reviewOn > latest)
        {
            return new DomainError(ErrorCodes.ReviewDateOutOfRange,
                $"The review date must be after {from:d MMMM yyyy} and no later than {latest:d MMMM yyyy} (at most {MaxReviewMonths} months).", field);
        }
        return null;
    }

    protected void Recorded(Guid id, Guid residentId, DateOnly today, Guid? byId, string by)
    {
        Id = id;
        ResidentId = residentId;
        RecordedOn = today;
        RecordedById = byId;
        RecordedBy = by;
        Version = 1;
    }

    internal static DomainError? Require(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? new DomainError(ErrorCodes.Required, message, field) : null;
}
