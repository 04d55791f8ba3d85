using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>
    /// Code 6.10-6.12: a resident not satisfied at stage 1 goes to stage 2; no reason is asked.
    /// There is no third stage (5.3).
    /// </summary>
    public DomainError? Escalate(DateOnly requestedOn, Channel? channel, Timescales timescales, ComplaintContext context)
    {
        if (Stage == 2)
        {
            return new DomainError(ErrorCodes.NoThirdStage,
                "Stage 2 is the landlord's final response: there is no further stage (Code 5.3). The resident can go to the Housing Ombudsman.");
        }
        if (Status is not (ComplaintStatus.Responded or ComplaintStatus.Closed) || ClosureKind == Complaints.ClosureKind.EscalationRefused)
        {
            return Errors.Transition($"A complaint can be escalated once its stage 1 response is issued; this one is {Describe(Status)}.");
        }
        var error = CheckDate("requestedOn", "The escalation request date", requestedOn, StageNumber(1)!.RespondedOn!.Value, "the stage 1 response", context.Today);
        if (error is not null)
        {
            return error;
        }

        var acknowledgeBy = context.Calendar.AddWorkingDays(requestedOn, timescales.AcknowledgeDays(2));
        _stages.Add(new ComplaintStage(context.NewId(), 2, requestedOn, acknowledgeBy, timescales, channel));
        Stage = 2;
        Status = ComplaintStatus.AwaitingAcknowledgement;
        EscalationRequestedOn = requestedOn;
        UsedCalendar(context);
        ClosedOn = null;
        ClosureKind = null;
        Touch();
        return null;
    }

    /// <summary>Code 5.11: refusing to escalate needs a section 2 ground, set out to the resident.</summary>
    public DomainError? RefuseEscalation(DateOnly requestedOn, RefusalRequest refusal, ComplaintContext context)
    {
        if (Stage != 1 || Status is not (ComplaintStatus.Responded or ComplaintStatus.Closed))
        {
            return Errors.Transition("Only an escalation request after a stage 1 response can be refused.");
        }
        var error = CheckDate("requestedOn", "The escalation request date", requestedOn, StageNumber(1)!.RespondedOn!.Value, "the stage 1 response", context.Today)
            ?? CheckDate("decidedOn", "The decision date", refusal.DecidedOn, requestedOn, "the escalation request", context.Today)
            ?? CheckGround(refusal);
        if (error is not null)
        {
            return error;
        }

        EscalationRequestedOn = requestedOn;
        ApplyRefusal(refusal);
        Status = ComplaintStatus.Closed;
        ClosedOn = refusal.DecidedOn;
        ClosureKind = Complaints.ClosureKind.EscalationRefused;
        Touch();
        return null;
    }

    /// <summary>
    /// Code 2.1-2.5: not accepting a complaint needs an individual reason, explained to the resident with
    /// the right to take the decision to the Ombudsman. Over 12 months needs the dates to show it and a
    /// record that discretion was considered (2.3).
    /// </summary>
    public DomainError? NotAccept(RefusalRequest refusal, ComplaintContext context)
    {
        if (Stage != 1 || !IsOpen)
        {
            return Errors.Transition($"Only a stage 1 complaint not yet responded to can be not accepted; this one is {Describe(Status)} at stage {Stage}.");
        }
        var error = CheckDate("decidedOn", "The decision date", refusal.DecidedOn, ReceivedOn, "the date received", context.Today)
            ?? CheckGround(refusal);
        if (error is not null)
        {
            return error;
        }
        if (refusal.Reason == Complaints.RefusalReason.Over12Months && !OutsideTwelveMonths)
        {
            return new DomainError(ErrorCodes.NotOver12Months,
                "The recorded dates put the issue, or the resident's awareness of it, within 12 months of receipt, so the complaint must be accepted (Code 2.3).",
                "reason");
        }

        ApplyRefusal(refusal);
        RefusedOn = refusal.DecidedOn;
        Status = ComplaintStatus.NotAccepted;
        Touch();
        return null;
    }

    private static DomainError? CheckGround(RefusalRequest refusal)
    {
        if (string.IsNullOrWhiteSpace(refusal.Explanation))
        {
            return new DomainError("refusal-explanation-required",
                "Explain to the resident why the matter is not suitable for the complaints process (Code 2.4, 5.11).", "explanation");
        }
        return refusal.Reason == Complaints.RefusalReason.Over12Months && string.IsNullOrWhiteSpace(refusal.DiscretionConsidered)
            ? new DomainError(ErrorCodes.DiscretionNotConsidered,
                "Record how discretion to accept a complaint made after 12 months was considered (Code 2.3).", "discretionConsidered")
            : null;
    }

    private void ApplyRefusal(RefusalRequest refusal)
    {
        RefusalReason = refusal.Reason;
        RefusalExplanation = refusal.Explanation;
        DiscretionConsidered = string.IsNullOrWhiteSpace(refusal.DiscretionConsidered) ? null : refusal.DiscretionConsidered;
    }

    /// <summary>The resident withdraws the complaint; it still counts in CH01.</summary>
    public DomainError? Withdraw(DateOnly withdrawnOn, string? reason, ComplaintContext context)
    {
        if (Status is ComplaintStatus.NotAccepted or ComplaintStatus.Withdrawn or ComplaintStatus.Closed)
        {
            return Errors.Transition($"A complaint that is {Describe(Status)} cannot be withdrawn.");
        }
        var error = CheckDate("withdrawnOn", "The withdrawal date", withdrawnOn, CurrentStage.RequestedOn, "the start of the stage", context.Today);
        if (error is not null)
        {
            return error;
        }
        WithdrawnOn = withdrawnOn;
        WithdrawalReason = reason;
        Status = ComplaintStatus.Withdrawn;
        Touch();
        return null;
    }

    /// <summary>Closes a complaint after its response; a closed stage 1 complaint can still be escalated.</summary>
    public DomainError? Close(DateOnly closedOn, ComplaintContext context)
    {
        var error = RequireStatus(ComplaintStatus.Responded, "closed")
            ?? CheckDate("closedOn", "The closure date", closedOn, CurrentStage.RespondedOn!.Value, "the response", context.Today);
        if (error is not null)
        {
            return error;
        }
        ClosedOn = closedOn;
        ClosureKind = Complaints.ClosureKind.AfterResponse;
        Status = ComplaintStatus.Closed;
        Touch();
        return null;
    }

    /// <summary>Code 5.13: a remedy can be offered at any stage, without escalation.</summary>
    public (Remedy? Remedy, DomainError? Error) OfferRemedy(RemedyRequest request, DateOnly offeredOn, ComplaintContext context)
    {
        if (Status is ComplaintStatus.NotAccepted or ComplaintStatus.Withdrawn)
        {
            return (null, Errors.Transition($"A complaint that is {Describe(Status)} takes no remedies."));
        }
        var error = CheckDate("offeredOn", "The date offered", offeredOn, ReceivedOn, "the date received", context.Today)
            ?? CheckRemedy(request);
        if (error is not null)
        {
            return (null, error);
        }
        var remedy = new Remedy(context.NewId(), Stage, request, offeredOn);
        AddRemedy(remedy);
        Touch();
        return (remedy, null);
    }

    /// <summary>Code 7.3: a remedy is followed through to completion.</summary>
    public DomainError? CompleteRemedy(Guid remedyId, DateOnly completedOn, long? paidPence, ComplaintContext context)
    {
        var remedy = _remedies.FirstOrDefault(r => r.Id == remedyId);
        if (remedy is null)
        {
            return new DomainError("remedy-not-found", "This complaint has no remedy with that id.", "remedyId");
        }
        if (remedy.CompletedOn is not null)
        {
            return Errors.Transition("That remedy is already complete.");
        }
        if (paidPence < 0)
        {
            return new DomainError("amount-invalid", "The amount paid cannot be negative.", "paidPence");
        }
        var error = CheckDate("completedOn", "The completion date", completedOn, remedy.OfferedOn, "the date offered", context.Today);
        if (error is not null)
        {
            return error;
        }
        remedy.Complete(completedOn, remedy.Type == RemedyType.Financial ? paidPence ?? remedy.AmountPence : paidPence);
        Touch();
        return null;
    }

    /// <summary>Code 6.6, 6.17: outstanding actions are tracked to completion.</summary>
    public DomainError? CompleteAction(Guid actionId, DateOnly completedOn, ComplaintContext context)
    {
        var action = _outstandingActions.FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return new DomainError("action-not-found", "This complaint has no outstanding action with that id.", "actionId");
        }
        if (action.CompletedOn is not null)
        {
            return Errors.Transition("That action is already complete.");
        }
        var error = CheckDate("completedOn", "The completion date", completedOn, ReceivedOn, "the date received", context.Today);
        if (error is not null)
        {
            return error;
        }
        action.Complete(completedOn);
        Touch();
        return null;
    }

    private void AddRemedy(Remedy remedy)
    {
        remedy.Ordinal = _remedies.Count;
        _remedies.Add(remedy);
    }

    private static DomainError? CheckRemedy(RemedyRequest remedy)
    {
        if (string.IsNullOrWhiteSpace(remedy.Description))
        {
            return new DomainError("remedy-incomplete", "Each remedy must say what will happen (Code 7.3).", "remedies");
        }
        if (remedy.AmountPence < 0)
        {
            return new DomainError("amount-invalid", "A remedy amount cannot be negative.", "remedies");
        }
        return remedy.Type == RemedyType.Financial && remedy.AmountPence is null
            ? new DomainError(ErrorCodes.FinancialRemedyNeedsAmount, "A financial remedy needs its amount in pence.", "remedies")
            : null;
    }
}
