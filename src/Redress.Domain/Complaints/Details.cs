namespace Redress.Domain.Complaints;

/// <summary>The facts of a complaint's receipt (Code 3.1, 3.2, 3.6).</summary>
public sealed record ReceiptDetails
{
    public required DateOnly ReceivedOn { get; init; }
    public DateTime? ReceivedAtUtc { get; init; }
    /// <summary>The UK local time of receipt, when known: used by a receipt cut-off.</summary>
    public TimeOnly? ReceivedTimeUk { get; init; }
    public required Channel Channel { get; init; }
    public string? ReceivedBy { get; init; }
    public required Guid ResidentId { get; init; }
    public RepresentativeDetails? Representative { get; init; }
    public required string Description { get; init; }
    public required string Category { get; init; }
    public DateOnly? IssueOccurredOn { get; init; }
    public DateOnly? ResidentAwareOn { get; init; }
    public string? VulnerabilityNotes { get; init; }
    public Guid? RelatedComplaintId { get; init; }
    /// <summary>Code 2.3: for an issue over 12 months old that is accepted, how discretion was considered.</summary>
    public string? DiscretionConsidered { get; init; }
    /// <summary>Code 1.5: the service request whose handling the resident is dissatisfied with.</summary>
    public Guid? ServiceRequestId { get; init; }
}

public sealed record RepresentativeDetails(string Name, string? Relationship, string? Email, string? Phone, string Authority, DateOnly? ConsentGivenOn);

public sealed record ExtensionDetails(int WorkingDays, string Reason, DateOnly NotifiedOn, string? GoodReason, int? UpdateIntervalWorkingDays);

public sealed record FindingDetails(string Point, Decision Decision, string Reasons);

/// <summary>Code 7.3: what will happen and by when; <paramref name="DoneNow"/> when it was done as it was offered (an apology given).</summary>
public sealed record RemedyDetails(RemedyType Type, string Description, long? AmountPence, DateOnly? DueOn, bool DoneNow = false);

public sealed record ActionDetails(string Description, DateOnly DueOn, string? Owner);

public sealed record ResponseDetails(
    DateOnly RespondedOn,
    Decision Decision,
    IReadOnlyList<FindingDetails> Findings,
    string Reasons,
    IReadOnlyList<RemedyDetails> Remedies,
    IReadOnlyList<ActionDetails> OutstandingActions,
    string? DecisionDiffersBecause = null);

/// <summary>
/// A section 2 ground for not accepting a complaint or refusing to escalate it (Code 2.1-2.5, 5.11), with how
/// discretion was considered (over 12 months) and the date the claim was filed (legal proceedings).
/// </summary>
public sealed record RefusalDetails(RefusalReason Reason, string Explanation, DateOnly DecidedOn, string? DiscretionConsidered, DateOnly? ProceedingsFiledOn = null);

/// <summary>Code 6.11: a request for stage 2: the date received, and the UK time when known (a receipt cut-off uses it).</summary>
public sealed record EscalationDetails(DateOnly RequestedOn, TimeOnly? RequestedTimeUk, Channel? Channel);
