using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

public enum Direction
{
    In,
    Out,
}

public enum CorrespondenceKind
{
    Call,
    Email,
    Letter,
    Meeting,
    Text,
    Other,
}

public enum Party
{
    Resident,
    Representative,
    Contractor,
    Colleague,
    Ombudsman,
    Other,
}

public sealed record CorrespondenceDetails(Direction Direction, CorrespondenceKind Kind, Party Party, string? PartyName, DateOnly OccurredOn, string Summary);

/// <summary>
/// Code 5.12: the full record of a complaint includes all correspondence with the resident and with
/// other parties, and supporting documents. A record is never edited; a correction is a new record.
/// </summary>
public sealed class Correspondence
{
    public const int MaxSummary = 20_000;

    private Correspondence()
    {
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public Direction Direction { get; private set; }
    public CorrespondenceKind Kind { get; private set; }
    public Party Party { get; private set; }
    public string? PartyName { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public string Summary { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }

    public static Result<Correspondence> Record(
        Guid id, Guid complaintId, CorrespondenceDetails request, DateOnly today, (string Name, DateTime AtUtc) recorded)
    {
        var error = request.OccurredOn > today ? Errors.InFuture("occurredOn", "The date of the correspondence", today)
            : string.IsNullOrWhiteSpace(request.Summary) ? new DomainError(ErrorCodes.Required, "Enter what was said or sent.", "summary")
            : request.Summary.Length > MaxSummary ? new DomainError(ErrorCodes.Required, $"The summary must be {MaxSummary:N0} characters or fewer.", "summary")
            : request.Party is Party.Other or Party.Contractor or Party.Colleague && string.IsNullOrWhiteSpace(request.PartyName)
                ? new DomainError(ErrorCodes.Required, "Enter who the correspondence was with.", "partyName")
            : null;
        if (error is not null)
        {
            return error;
        }
        return new Correspondence
        {
            Id = id,
            ComplaintId = complaintId,
            Direction = request.Direction,
            Kind = request.Kind,
            Party = request.Party,
            PartyName = string.IsNullOrWhiteSpace(request.PartyName) ? null : request.PartyName.Trim(),
            OccurredOn = request.OccurredOn,
            Summary = request.Summary.Trim(),
            RecordedBy = recorded.Name,
            RecordedAtUtc = recorded.AtUtc,
        };
    }
}
