using Redress.Domain.Common;
using Redress.Domain.Rules;

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
    /// <summary>Code 2.2: the date the claim was filed at court, when the ground is legal proceedings.</summary>
    public DateOnly? ProceedingsFiledOn { get; private set; }
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

    public bool IsOpen => ComplaintRules.Open.IsMetBy(this);

    /// <summary>
    /// What the Code lets happen to this complaint now, worked out from its state alone. Each method below
    /// refuses an action not in this set, and the pages offer only these.
    /// </summary>
    public IReadOnlySet<ComplaintAction> AllowedActions()
    {
        var allowed = new HashSet<ComplaintAction> { ComplaintAction.RecordCorrespondence };
        void AllowIf(bool condition, params ComplaintAction[] actions)
        {
            if (condition)
            {
                allowed.UnionWith(actions);
            }
        }
        AllowIf(Status == ComplaintStatus.AwaitingAcknowledgement, ComplaintAction.Acknowledge);
        AllowIf(Status == ComplaintStatus.Investigating, ComplaintAction.Extend, ComplaintAction.Respond);
        AllowIf(IsOpen, ComplaintAction.Reassign);
        AllowIf(IsOpen && Stage == 1, ComplaintAction.NotAccept);
        AllowIf(ComplaintRules.CanEscalate.IsMetBy(this), ComplaintAction.Escalate, ComplaintAction.RefuseEscalation);
        AllowIf(Status == ComplaintStatus.Responded, ComplaintAction.Close);
        AllowIf(Status is not (ComplaintStatus.NotAccepted or ComplaintStatus.Withdrawn or ComplaintStatus.Closed), ComplaintAction.Withdraw);
        AllowIf(Status is not (ComplaintStatus.NotAccepted or ComplaintStatus.Withdrawn), ComplaintAction.AddPoint, ComplaintAction.OfferRemedy);
        AllowIf(_remedies.Any(r => r.CompletedOn is null), ComplaintAction.CompleteRemedy);
        AllowIf(_outstandingActions.Any(a => a.CompletedOn is null), ComplaintAction.CompleteAction);
        AllowIf(UpdatesOwed() != UpdateReasons.None, ComplaintAction.SendUpdate);
        return allowed;
    }

    /// <summary>Refuses <paramref name="action"/> when the complaint's state does not allow it now.</summary>
    private DomainError? Require(ComplaintAction action) =>
        AllowedActions().Contains(action) ? null : Errors.Transition(NotAllowed(action));

    /// <summary>Why the complaint does not allow <paramref name="action"/> now, in words for the person who tried; null when it does.</summary>
    public string? WhyNot(ComplaintAction action) => AllowedActions().Contains(action) ? null : NotAllowed(action);

    private string NotAllowed(ComplaintAction action) => action.Key switch
    {
        "escalate" or "refuse-escalation" when Stage == 1 && ClosureKind == Complaints.ClosureKind.EscalationRefused =>
            "The escalation of this complaint was refused; it cannot be escalated or refused again.",
        "escalate" or "refuse-escalation" => $"A complaint can be escalated once its stage 1 response is issued; this one is {Describe(Status)} at stage {Stage}.",
        "not-accept" => $"Only a stage 1 complaint not yet responded to can be not accepted; this one is {Describe(Status)} at stage {Stage}.",
        "add-point" or "offer-remedy" => $"A complaint that is {Describe(Status)} takes no new points or remedies; log a new complaint.",
        "complete-remedy" => "This complaint has no remedy still to complete.",
        "complete-action" => "This complaint has no outstanding action still to complete.",
        "send-update" => "The resident is owed updates only while a response is extended (Code 5.9) or actions are outstanding (6.6, 6.17); neither holds for this complaint now.",
        _ => $"This complaint is {Describe(Status)} at stage {Stage}, so it cannot be {Verb(action)} now.",
    };

    private static string Verb(ComplaintAction action) => action.Key switch
    {
        "acknowledge" => "acknowledged",
        "extend" => "extended",
        "respond" => "responded to",
        "reassign" => "reassigned",
        "close" => "closed",
        "withdraw" => "withdrawn",
        _ => action.Key,
    };

    /// <summary>
    /// Marks a change: a new version, and the due dates kept beside the stages. With the context, the next update's
    /// date is worked out again (the changes without one, a point or a handler, do not move it).
    /// </summary>
    private void Touch(ComplaintContext? context = null)
    {
        Version++;
        RefreshNextDue();
        if (context is not null || UpdatesOwed() == UpdateReasons.None)
        {
            NextUpdateOn = context is null ? null : UpdateDueOn(context.Calendar);
        }
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

    private static DomainError? CheckDate(string field, string what, DateOnly date, DateOnly notBefore, string notBeforeName, DateOnly today)
    {
        if (date > today)
        {
            return Errors.InFuture(field, what, today);
        }
        return date < notBefore
            ? Errors.OutOfOrder(field, $"{what} ({date:yyyy-MM-dd}) cannot be before {notBeforeName} ({notBefore:yyyy-MM-dd}).")
            : null;
    }

    private static string Describe(ComplaintStatus status) => status switch
    {
        ComplaintStatus.AwaitingAcknowledgement => "awaiting acknowledgement",
        ComplaintStatus.Investigating => "being investigated",
        ComplaintStatus.Responded => "responded to",
        ComplaintStatus.Closed => "closed",
        ComplaintStatus.NotAccepted => "not accepted",
        _ => "withdrawn",
    };
}
