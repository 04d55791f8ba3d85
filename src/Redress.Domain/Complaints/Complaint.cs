using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>
/// A complaint and its two stages. State changes only through the methods below; each returns null
/// when it succeeded or the <see cref="DomainError"/> that refused it, and then nothing has changed.
/// </summary>
public sealed partial class Complaint
{
    private readonly List<ComplaintStage> _stages = [];
    private readonly List<Remedy> _remedies = [];
    private readonly List<OutstandingAction> _outstandingActions = [];

    private Complaint()
    {
    }

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public ComplaintStatus Status { get; private set; }
    public int Stage { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public DateTime? ReceivedAtUtc { get; private set; }
    /// <summary>Day 0 of the stage 1 clock: the date received, or the next working day after a cut-off.</summary>
    public DateOnly ClockStartsOn { get; private set; }
    public Channel Channel { get; private set; }
    public string? ReceivedBy { get; private set; }
    public Guid ResidentId { get; private set; }
    public RepresentativeDetails? Representative { get; private set; }
    public string Description { get; private set; } = "";
    public string Category { get; private set; } = "";
    public DateOnly? IssueOccurredOn { get; private set; }
    public DateOnly? ResidentAwareOn { get; private set; }
    /// <summary>Code 2.3: both known dates are more than 12 months before receipt.</summary>
    public bool OutsideTwelveMonths { get; private set; }
    public string? VulnerabilityNotes { get; private set; }
    public Guid? RelatedComplaintId { get; private set; }
    public Guid? ServiceRequestId { get; private set; }
    public string Scheme { get; private set; } = "";
    public int CalendarVersion { get; private set; }
    public RefusalReason? RefusalReason { get; private set; }
    public string? RefusalExplanation { get; private set; }
    public string? DiscretionConsidered { get; private set; }
    public DateOnly? RefusedOn { get; private set; }
    public DateOnly? EscalationRequestedOn { get; private set; }
    public DateOnly? WithdrawnOn { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public ClosureKind? ClosureKind { get; private set; }
    /// <summary>The handler of the current stage (kept beside the stages so that queues filter on one indexed column).</summary>
    public Guid? HandlerId { get; private set; }
    /// <summary>The due date of the clock running now (acknowledgement or response); null when none runs.</summary>
    public DateOnly? NextDueOn { get; private set; }
    /// <summary>Raised by one on every change: the ETag and the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ComplaintStage> Stages => _stages;
    public IReadOnlyList<Remedy> Remedies => _remedies;
    public IReadOnlyList<OutstandingAction> OutstandingActions => _outstandingActions;

    public ComplaintStage CurrentStage => _stages.MaxBy(s => s.Number)!;

    public ComplaintStage? StageNumber(int number) => _stages.FirstOrDefault(s => s.Number == number);

    public bool IsOpen => Status is ComplaintStatus.AwaitingAcknowledgement or ComplaintStatus.Investigating;

    /// <summary>Code 3.1-3.2 and 6.2: a complaint from any channel starts stage 1 with its acknowledgement clock.</summary>
    public static (Complaint? Complaint, DomainError? Error) Receive(
        Guid id, string reference, ReceiveRequest request, ReceiptPolicy policy, Timescales timescales, ComplaintContext context)
    {
        var error = CheckReceipt(request, context.Today);
        if (error is not null)
        {
            return (null, error);
        }

        // The acknowledgement date first: a date outside the loaded calendar is refused before anything else.
        var clockStart = policy.ClockStart(request.ReceivedOn, request.ReceivedTimeUk, context.Calendar);
        var acknowledgeBy = context.Calendar.AddWorkingDays(clockStart, timescales.AcknowledgeDays(1));
        var complaint = new Complaint
        {
            Id = id,
            Reference = reference,
            Status = ComplaintStatus.AwaitingAcknowledgement,
            Stage = 1,
            ReceivedOn = request.ReceivedOn,
            ReceivedAtUtc = request.ReceivedAtUtc,
            ClockStartsOn = clockStart,
            Channel = request.Channel,
            ReceivedBy = request.ReceivedBy,
            ResidentId = request.ResidentId,
            Representative = request.Representative,
            Description = request.Description,
            Category = request.Category,
            IssueOccurredOn = request.IssueOccurredOn,
            ResidentAwareOn = request.ResidentAwareOn,
            OutsideTwelveMonths = IsOutsideTwelveMonths(request.ReceivedOn, request.IssueOccurredOn, request.ResidentAwareOn),
            VulnerabilityNotes = request.VulnerabilityNotes,
            DiscretionConsidered = string.IsNullOrWhiteSpace(request.DiscretionConsidered) ? null : request.DiscretionConsidered.Trim(),
            RelatedComplaintId = request.RelatedComplaintId,
            ServiceRequestId = request.ServiceRequestId,
            Scheme = timescales.Scheme,
            CalendarVersion = context.Calendar.Version,
            Version = 1,
        };
        complaint._stages.Add(new ComplaintStage(context.NewId(), 1, request.ReceivedOn, acknowledgeBy, timescales, request.Channel));
        complaint.RefreshNextDue();
        return (complaint, null);
    }

    /// <summary>
    /// Gives a newly received complaint its reference. The reference is numbered at the moment of
    /// saving, so the rest of the receipt can be prepared before; a save that is retried numbers it again.
    /// </summary>
    public void AssignReference(string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        Reference = reference;
    }

    /// <summary>Code 2.3: a complaint is in time if the issue or the resident's awareness of it is within 12 months.</summary>
    public static bool IsOutsideTwelveMonths(DateOnly receivedOn, DateOnly? issueOccurredOn, DateOnly? residentAwareOn)
    {
        if (receivedOn.Year < 2)
        {
            return false;
        }
        var limit = receivedOn.AddMonths(-12);
        if (issueOccurredOn is null || issueOccurredOn >= limit)
        {
            return false;
        }
        return residentAwareOn is null || residentAwareOn < limit;
    }

    private static DomainError? CheckReceipt(ReceiveRequest request, DateOnly today)
    {
        if (request.ReceivedOn > today)
        {
            return Errors.InFuture("receivedOn", "The date received", today);
        }
        if (request.IssueOccurredOn > request.ReceivedOn)
        {
            return Errors.OutOfOrder("issueOccurredOn", "The date the issue occurred must be on or before the date the complaint was received.");
        }
        if (request.ResidentAwareOn > request.ReceivedOn)
        {
            return Errors.OutOfOrder("residentAwareOn", "The date the resident became aware must be on or before the date the complaint was received.");
        }
        if (request.ResidentAwareOn < request.IssueOccurredOn)
        {
            return Errors.OutOfOrder("residentAwareOn", "The date the resident became aware cannot be before the date the issue occurred.");
        }
        if (request.Representative is { } rep && string.IsNullOrWhiteSpace(rep.Authority))
        {
            return new DomainError(ErrorCodes.RepresentativeConsentRequired,
                "Record the representative's authority to act for the resident (Code 3.6), for example written consent.",
                "representative.authority");
        }
        return null;
    }

    private void Touch()
    {
        Version++;
        RefreshNextDue();
    }

    private void RefreshNextDue()
    {
        var stage = CurrentStage;
        HandlerId = stage.HandlerId;
        NextDueOn = Status switch
        {
            ComplaintStatus.AwaitingAcknowledgement => stage.AcknowledgeBy,
            ComplaintStatus.Investigating => stage.RespondBy,
            _ => null,
        };
    }

    /// <summary>Deadlines say which calendar version computed them.</summary>
    private void UsedCalendar(ComplaintContext context) => CalendarVersion = context.Calendar.Version;
}
