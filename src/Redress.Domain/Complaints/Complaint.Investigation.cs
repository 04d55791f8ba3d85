using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>Investigating a stage: acknowledgement with its definition, handlers, extensions and new points.</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// Code 5.6, 5.7, 6.2, 6.11: acknowledge the current stage with its definition; starts the response
    /// clock from the date actually acknowledged. Code 6.13: stage 2 needs a different handler. Points the
    /// resident raised before the acknowledgement (6.8) join the definition.
    /// </summary>
    public DomainError? Acknowledge(DateOnly acknowledgedOn, Guid handlerId, Definition definition, ComplaintContext context)
    {
        var stage = CurrentStage;
        var withRaised = definition.WithPoints(stage.PointsRaised);
        var error = Require(ComplaintAction.Acknowledge)
            ?? (AcknowledgementProblems(acknowledgedOn, handlerId, definition, context.Today) is [var first, ..] ? first : null);
        if (error is not null)
        {
            return error;
        }

        var respondBy = context.Calendar.AddWorkingDays(acknowledgedOn, stage.ResponseDays);
        stage.Acknowledge(acknowledgedOn, handlerId, withRaised, respondBy);
        Status = ComplaintStatus.Investigating;
        UsedCalendar(context);
        Touch(context);
        return null;
    }

    /// <summary>
    /// Every reason this acknowledgement would be refused, each naming its field, so that a form shows them all at
    /// once: the date, the stage 2 handler (6.13) and the definition with the points raised before it (5.6).
    /// </summary>
    public IReadOnlyList<DomainError> AcknowledgementProblems(DateOnly acknowledgedOn, Guid handlerId, Definition definition, DateOnly today)
    {
        var stage = CurrentStage;
        DomainError?[] problems =
        [
            CheckDate("acknowledgedOn", "The acknowledgement date", acknowledgedOn, stage.RequestedOn, "the date the stage was requested", today),
            CheckStage2Handler(handlerId),
        ];
        return [.. problems.OfType<DomainError>(), .. definition.WithPoints(stage.PointsRaised).Check()];
    }

    /// <summary>Gives the current stage to another handler; stage 2 cannot go to the stage 1 handler (6.13).</summary>
    public DomainError? Reassign(Guid handlerId)
    {
        var error = Require(ComplaintAction.Reassign) ?? CheckStage2Handler(handlerId);
        if (error is not null)
        {
            return error;
        }
        CurrentStage.AssignHandler(handlerId);
        Touch();
        return null;
    }

    /// <summary>
    /// Code 6.4-6.5, 6.15-6.16, 5.9: extend the response due date in force. Refused when notified after
    /// the due date, without an agreed interval for updates, or when the total passes the cap without a good reason.
    /// </summary>
    public DomainError? Extend(ExtensionDetails request, string ombudsmanContact, ComplaintContext context)
    {
        var stage = CurrentStage;
        var error = Require(ComplaintAction.Extend) ?? (ExtensionProblems(request, ombudsmanContact, context.Today) is [var first, ..] ? first : null);
        if (error is not null)
        {
            return error;
        }

        var previous = stage.RespondBy!.Value;
        var next = context.Calendar.AddWorkingDays(previous, request.WorkingDays);
        var beyondCap = stage.ExtendedWorkingDays + request.WorkingDays > stage.ExtensionCapDays;
        stage.Extend(new Extension(context.NewId(), request, previous, next, beyondCap) { OmbudsmanContact = ombudsmanContact });
        UsedCalendar(context);
        Touch(context);
        return null;
    }

    /// <summary>
    /// Every reason this extension would be refused, each naming its field, so that a form shows them all at
    /// once: the length, when the resident was told, the agreed update interval (5.9), the Ombudsman's details
    /// (6.5, 6.16) and the cap (6.4, 6.15). Empty when it would be recorded (the complaint's state aside).
    /// </summary>
    public IReadOnlyList<DomainError> ExtensionProblems(ExtensionDetails request, string ombudsmanContact, DateOnly today)
    {
        var stage = CurrentStage;
        var lengthValid = request.WorkingDays is >= Limits.ExtensionMinDays and <= Limits.ExtensionMaxDays;
        DomainError?[] problems =
        [
            lengthValid ? null : new DomainError(ErrorCodes.ExtensionLengthInvalid,
                $"An extension must be from {Limits.ExtensionMinDays} to {Limits.ExtensionMaxDays} working days.", "workingDays"),
            CheckNotified(stage, request, today),
            request.UpdateIntervalWorkingDays is null
                ? new DomainError(ErrorCodes.UpdateIntervalRequired,
                    "Enter how often, in working days, you agreed to update the resident while the response is extended (Code 5.9).", "updateIntervalWorkingDays")
                : null,
            string.IsNullOrWhiteSpace(ombudsmanContact)
                ? new DomainError(ErrorCodes.ExtensionNeedsOmbudsmanContact,
                    "An extension notice must give the Housing Ombudsman's contact details (Code 6.5, 6.16): an administrator must set them first.", "settings")
                : null,
            lengthValid ? CheckCap(stage, request) : null,
        ];
        return [.. problems.OfType<DomainError>()];
    }

    private static DomainError? CheckNotified(ComplaintStage stage, ExtensionDetails request, DateOnly today)
    {
        if (request.NotifiedOn > today)
        {
            return Errors.InFuture("notifiedOn", "The date the resident was told", today);
        }
        if (request.NotifiedOn < stage.AcknowledgedOn)
        {
            return Errors.OutOfOrder("notifiedOn", "The resident cannot be told of an extension before the stage was acknowledged.");
        }
        // Code 6.4, 6.15: the resident is told before the timescale runs out, not after it was missed.
        return request.NotifiedOn > stage.RespondBy
            ? new DomainError(ErrorCodes.ExtensionAfterDueDate,
                $"The resident was told on {request.NotifiedOn:yyyy-MM-dd}, after the response was due on {stage.RespondBy:yyyy-MM-dd}: the timescale was already missed, so it cannot be extended.",
                "notifiedOn")
            : null;
    }

    /// <summary>Code 6.4, 6.15: extensions total at most the cap (10 or 20 working days) unless a good reason is recorded.</summary>
    private static DomainError? CheckCap(ComplaintStage stage, ExtensionDetails request)
    {
        var total = stage.ExtendedWorkingDays + request.WorkingDays;
        return total > stage.ExtensionCapDays && string.IsNullOrWhiteSpace(request.GoodReason)
            ? new DomainError(ErrorCodes.ExtensionOverCap,
                $"Extensions at stage {stage.Number} would total {total} working days, over the Code's limit of {stage.ExtensionCapDays} (Code {(stage.Number == 1 ? "6.4" : "6.15")}). Record a good reason to go beyond it.",
                "goodReason")
            : null;
    }

    /// <summary>
    /// Code 6.8: whether a new point joins this complaint. It does when it is related and the stage 1
    /// response is not issued (before the acknowledgement it joins what the definition will cover);
    /// otherwise it must be logged as a new complaint.
    /// </summary>
    public bool TakesPoint(bool related) => related && Stage == 1 && IsOpen;

    /// <summary>
    /// Whether <see cref="AddPoint"/> answers for a point: it joins this complaint, or the complaint takes no
    /// points at all and refuses it. Otherwise the point is logged as a new complaint linked to this one.
    /// </summary>
    public bool AnswersPoint(bool related) => TakesPoint(related) || !AllowedActions().Contains(ComplaintAction.AddPoint);

    /// <summary>Code 6.8: adds a related point to the stage 1 definition, or to the points raised before it is written.</summary>
    public DomainError? AddPoint(string point, bool related)
    {
        var error = Require(ComplaintAction.AddPoint);
        if (error is not null)
        {
            return error;
        }
        if (!TakesPoint(related))
        {
            return new DomainError(ErrorCodes.PointNeedsNewComplaint,
                "An unrelated point, or one raised after the stage 1 response, is logged as a new complaint (Code 6.8).", "related");
        }
        var stage = CurrentStage;
        var known = stage.Definition?.Points ?? stage.PointsRaised;
        if (known.Contains(point.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return new DomainError(ErrorCodes.DuplicatePoint, "That point is already in the complaint definition.", "point");
        }
        stage.AddPoint(point.Trim());
        Touch();
        return null;
    }

    private DomainError? CheckStage2Handler(Guid handlerId)
    {
        if (Stage != 2 || StageNumber(1)?.HandlerId != handlerId)
        {
            return null;
        }
        return new DomainError(ErrorCodes.Stage2HandlerConflict,
            "The stage 2 handler must not be the person who considered the complaint at stage 1 (Code 6.13). Choose another handler.",
            "handlerId");
    }

}
