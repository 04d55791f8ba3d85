using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>
    /// Code 5.6, 5.7, 6.2, 6.11: acknowledge the current stage with its definition; starts the response
    /// clock from the date actually acknowledged. Code 6.13: stage 2 needs a different handler.
    /// </summary>
    public DomainError? Acknowledge(DateOnly acknowledgedOn, Guid handlerId, Definition definition, ComplaintContext context)
    {
        var stage = CurrentStage;
        var error = RequireStatus(ComplaintStatus.AwaitingAcknowledgement, "acknowledged")
            ?? CheckDate("acknowledgedOn", "The acknowledgement date", acknowledgedOn, stage.RequestedOn, "the date the stage was requested", context.Today)
            ?? CheckStage2Handler(handlerId)
            ?? CheckDefinition(definition);
        if (error is not null)
        {
            return error;
        }

        var respondBy = context.Calendar.AddWorkingDays(acknowledgedOn, stage.ResponseDays);
        stage.Acknowledge(acknowledgedOn, handlerId, definition, respondBy);
        Status = ComplaintStatus.Investigating;
        UsedCalendar(context);
        Touch();
        return null;
    }

    /// <summary>Gives the current stage to another handler; stage 2 cannot go to the stage 1 handler (6.13).</summary>
    public DomainError? Reassign(Guid handlerId)
    {
        if (!IsOpen)
        {
            return Errors.Transition($"A complaint that is {Status} cannot be reassigned.");
        }
        var error = CheckStage2Handler(handlerId);
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
    /// the due date, or when the total passes the cap without a good reason.
    /// </summary>
    public DomainError? Extend(ExtendRequest request, string ombudsmanContact, ComplaintContext context)
    {
        var stage = CurrentStage;
        var error = RequireStatus(ComplaintStatus.Investigating, "extended")
            ?? CheckExtension(stage, request, context.Today);
        if (error is null && string.IsNullOrWhiteSpace(ombudsmanContact))
        {
            error = new DomainError("extension-needs-ombudsman-contact",
                "An extension notice must give the Housing Ombudsman's contact details (Code 6.5, 6.16): an administrator must set them first.", "settings");
        }
        if (error is not null)
        {
            return error;
        }

        var total = stage.ExtendedWorkingDays + request.WorkingDays;
        var beyondCap = total > stage.ExtensionCapDays;
        if (beyondCap && string.IsNullOrWhiteSpace(request.GoodReason))
        {
            return new DomainError(ErrorCodes.ExtensionOverCap,
                $"Extensions at stage {stage.Number} would total {total} working days, over the Code's limit of {stage.ExtensionCapDays} (Code {(stage.Number == 1 ? "6.4" : "6.15")}). Record a good reason to go beyond it.",
                "goodReason");
        }

        var previous = stage.RespondBy!.Value;
        var next = context.Calendar.AddWorkingDays(previous, request.WorkingDays);
        stage.Extend(new Extension(context.NewId(), request, previous, next, beyondCap) { OmbudsmanContact = ombudsmanContact });
        UsedCalendar(context);
        Touch();
        return null;
    }

    private static DomainError? CheckExtension(ComplaintStage stage, ExtendRequest request, DateOnly today)
    {
        if (request.WorkingDays < 1)
        {
            return new DomainError("extension-length-invalid", "An extension must be at least 1 working day.", "workingDays");
        }
        if (request.NotifiedOn > today)
        {
            return Errors.InFuture("notifiedOn", "The date the resident was told", today);
        }
        if (request.NotifiedOn < stage.AcknowledgedOn)
        {
            return Errors.OutOfOrder("notifiedOn", "The resident cannot be told of an extension before the stage was acknowledged.");
        }
        if (request.NotifiedOn > stage.RespondBy)
        {
            return new DomainError(ErrorCodes.ExtensionAfterDueDate,
                $"The resident was told on {request.NotifiedOn:yyyy-MM-dd}, after the response was due on {stage.RespondBy:yyyy-MM-dd}: the timescale was already missed, so it cannot be extended.",
                "notifiedOn");
        }
        return null;
    }

    /// <summary>
    /// Code 6.8: a new point joins the stage 1 definition when it is related and the stage 1 response is
    /// not issued. Returns false when it must become a new complaint instead (the caller creates it).
    /// </summary>
    public (bool AddedToDefinition, DomainError? Error) AddPoint(string point, bool related)
    {
        if (Status is ComplaintStatus.NotAccepted or ComplaintStatus.Withdrawn)
        {
            return (false, Errors.Transition($"A complaint that is {Status} takes no new points; log a new complaint."));
        }
        if (!related || Stage != 1 || Status != ComplaintStatus.Investigating)
        {
            return (false, null);
        }
        if (CurrentStage.Definition!.Points.Contains(point, StringComparer.OrdinalIgnoreCase))
        {
            return (false, new DomainError(ErrorCodes.DuplicatePoint, "That point is already in the complaint definition.", "point"));
        }
        CurrentStage.AddPoint(point);
        Touch();
        return (true, null);
    }

    /// <summary>
    /// Code 6.6-6.9, 6.17-6.19: the response, with a finding on every point of the definition, reasons,
    /// remedies, outstanding actions and the route of escalation. Refused until all are present.
    /// </summary>
    public DomainError? Respond(RespondRequest request, string escalationRoute, ComplaintContext context)
    {
        var stage = CurrentStage;
        var error = RequireStatus(ComplaintStatus.Investigating, "responded to")
            ?? CheckDate("respondedOn", "The response date", request.RespondedOn, stage.AcknowledgedOn!.Value, "the acknowledgement", context.Today)
            ?? CheckFindings(stage.Definition!, request.Findings)
            ?? CheckResponseItems(request, escalationRoute);
        if (error is not null)
        {
            return error;
        }
        foreach (var remedy in request.Remedies)
        {
            error = CheckRemedy(remedy);
            if (error is not null)
            {
                return error;
            }
        }

        var findings = request.Findings.Select(f => new Finding(context.NewId(), f.Point, f.Decision, f.Reasons));
        stage.Respond(request.RespondedOn, request.Decision, request.Reasons, escalationRoute, findings);
        foreach (var remedy in request.Remedies)
        {
            AddRemedy(new Remedy(context.NewId(), stage.Number, remedy, request.RespondedOn));
        }
        foreach (var action in request.OutstandingActions)
        {
            _outstandingActions.Add(new OutstandingAction(context.NewId(), stage.Number, action) { Ordinal = _outstandingActions.Count });
        }
        Status = ComplaintStatus.Responded;
        Touch();
        return null;
    }

    private static DomainError? CheckFindings(Definition definition, IReadOnlyList<FindingRequest> findings)
    {
        var unknown = findings.FirstOrDefault(f => !definition.Points.Contains(f.Point, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            return new DomainError(ErrorCodes.FindingPointUnknown,
                $"The finding on '{unknown.Point}' matches no point of the complaint definition.", "findings");
        }
        var unanswered = definition.Points.FirstOrDefault(p => !findings.Any(f => string.Equals(f.Point, p, StringComparison.OrdinalIgnoreCase)));
        return unanswered is null
            ? null
            : new DomainError(ErrorCodes.DefinitionPointUnanswered,
                $"The point '{unanswered}' of the complaint definition has no finding (Code 6.7, 6.18).", "findings");
    }

    private static DomainError? CheckResponseItems(RespondRequest request, string escalationRoute)
    {
        if (string.IsNullOrWhiteSpace(request.Reasons))
        {
            return new DomainError(ErrorCodes.ResponseIncomplete, "The response must give the reasons for the decision (Code 6.9 d, 6.19 d).", "reasons");
        }
        if (request.Findings.Any(f => string.IsNullOrWhiteSpace(f.Reasons)))
        {
            return new DomainError(ErrorCodes.ResponseIncomplete, "Every finding must give its reasons (Code 6.7, 6.18).", "findings");
        }
        return string.IsNullOrWhiteSpace(escalationRoute)
            ? new DomainError(ErrorCodes.ResponseIncomplete, "The settings hold no text on how to escalate: an administrator must set it before responses can be issued (Code 6.9 g, 6.19 g).", "settings")
            : null;
    }

    private DomainError? RequireStatus(ComplaintStatus expected, string action) =>
        Status == expected
            ? null
            : Errors.Transition($"This complaint is {Describe(Status)} at stage {Stage}, so it cannot be {action} now.");

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

    private static DomainError? CheckDefinition(Definition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Summary))
        {
            return new DomainError("definition-incomplete", "The complaint definition needs a summary of the complaint (Code 5.6).", "definition.summary");
        }
        if (definition.Points.Count == 0 || definition.Points.Any(string.IsNullOrWhiteSpace))
        {
            return new DomainError("definition-incomplete", "The complaint definition needs at least one point, none of them blank (Code 5.6).", "definition.points");
        }
        if (definition.Points.Distinct(StringComparer.OrdinalIgnoreCase).Count() != definition.Points.Count)
        {
            return new DomainError(ErrorCodes.DuplicatePoint, "Each point of the complaint definition must be different.", "definition.points");
        }
        return definition.OutcomesSought.Count == 0
            ? new DomainError("definition-incomplete", "The complaint definition needs the outcomes the resident is seeking (Code 5.6).", "definition.outcomesSought")
            : null;
    }

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
