using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>Putting things right (Code 5.13, 7.1-7.3) and the actions still to do after a response (6.6, 6.17).</summary>
public sealed partial class Complaint
{
    /// <summary>Code 5.13: a remedy can be offered at any stage, without escalation.</summary>
    public Result<Remedy> OfferRemedy(RemedyDetails request, DateOnly offeredOn, ComplaintContext context)
    {
        var error = Require(ComplaintAction.OfferRemedy)
            ?? CheckDate("offeredOn", "The date offered", offeredOn, ReceivedOn, "the date received", context.Today)
            ?? CheckRemedy(request, offeredOn, "");
        if (error is not null)
        {
            return error;
        }
        var remedy = new Remedy(context.NewId(), Stage, request, offeredOn);
        AddRemedy(remedy);
        Touch(context);
        return remedy;
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
            return new DomainError(ErrorCodes.AmountInvalid, "The amount paid cannot be negative.", "paidPence");
        }
        var error = CheckDate("completedOn", "The completion date", completedOn, remedy.OfferedOn, "the date offered", context.Today);
        if (error is not null)
        {
            return error;
        }
        remedy.Complete(completedOn, remedy.Type == RemedyType.Financial ? paidPence ?? remedy.AmountPence : paidPence);
        Touch(context);
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
        Touch(context);
        return null;
    }

    private void AddRemedy(Remedy remedy)
    {
        remedy.Ordinal = _remedies.Count;
        _remedies.Add(remedy);
    }

    /// <summary>Code 7.3: a remedy says what will happen and by when, or that it was done when offered. <paramref name="at"/> prefixes the fields named.</summary>
    private static DomainError? CheckRemedy(RemedyDetails remedy, DateOnly offeredOn, string at)
    {
        if (string.IsNullOrWhiteSpace(remedy.Description))
        {
            return new DomainError(ErrorCodes.RemedyIncomplete, "Each remedy must say what will happen (Code 7.3).", at + "description");
        }
        if (remedy.AmountPence < 0)
        {
            return new DomainError(ErrorCodes.AmountInvalid, "A remedy amount cannot be negative.", at + "amountPence");
        }
        if (remedy.Type == RemedyType.Financial && remedy.AmountPence is null)
        {
            return new DomainError(ErrorCodes.FinancialRemedyNeedsAmount, "A financial remedy needs its amount.", at + "amountPence");
        }
        if (remedy.DueOn is null && !remedy.DoneNow)
        {
            return new DomainError(ErrorCodes.RemedyDueDateRequired,
                $"Say by when the remedy '{remedy.Description.Trim()}' will happen, or that it was done when offered (Code 7.3).", at + "dueOn");
        }
        return remedy.DueOn < offeredOn
            ? Errors.OutOfOrder(at + "dueOn", $"The remedy '{remedy.Description.Trim()}' cannot be due before it is offered ({offeredOn:yyyy-MM-dd}).")
            : null;
    }

    /// <summary>Code 6.6, 6.17: an outstanding action says what is to be done and by when, on or after the response.</summary>
    private static DomainError? CheckAction(ActionDetails action, DateOnly respondedOn, string at)
    {
        if (string.IsNullOrWhiteSpace(action.Description))
        {
            return new DomainError(ErrorCodes.Required, "Each outstanding action must say what is to be done (Code 6.6, 6.17).", at + "description");
        }
        return action.DueOn < respondedOn
            ? Errors.OutOfOrder(at + "dueOn", $"The action '{action.Description.Trim()}' cannot be due before the response ({respondedOn:yyyy-MM-dd}).")
            : null;
    }
}
