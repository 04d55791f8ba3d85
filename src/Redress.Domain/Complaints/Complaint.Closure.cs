using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>How a complaint ends: not accepted (section 2), withdrawn, or closed after its response.</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// Code 2.1-2.5: not accepting a complaint needs an individual reason that holds for it, explained to the
    /// resident with the right to take the decision to the Ombudsman. Over 12 months needs the dates to show
    /// it and a record that discretion was considered (2.3); legal proceedings need the date filed (2.2).
    /// </summary>
    public DomainError? NotAccept(RefusalDetails refusal, ComplaintContext context)
    {
        var error = Require(ComplaintAction.NotAccept)
            ?? CheckDate("decidedOn", "The decision date", refusal.DecidedOn, ReceivedOn, "the date received", context.Today)
            ?? CheckGround(refusal);
        if (error is not null)
        {
            return error;
        }

        ApplyRefusal(refusal);
        RefusedOn = refusal.DecidedOn;
        Status = ComplaintStatus.NotAccepted;
        Touch(context);
        return null;
    }

    /// <summary>The resident withdraws the complaint; it still counts in CH01.</summary>
    public DomainError? Withdraw(DateOnly withdrawnOn, string? reason, ComplaintContext context)
    {
        var error = Require(ComplaintAction.Withdraw)
            ?? CheckDate("withdrawnOn", "The withdrawal date", withdrawnOn, CurrentStage.RequestedOn, "the start of the stage", context.Today);
        if (error is not null)
        {
            return error;
        }
        WithdrawnOn = withdrawnOn;
        WithdrawalReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Status = ComplaintStatus.Withdrawn;
        Touch(context);
        return null;
    }

    /// <summary>Closes a complaint after its response; a closed stage 1 complaint can still be escalated.</summary>
    public DomainError? Close(DateOnly closedOn, ComplaintContext context)
    {
        var error = Require(ComplaintAction.Close)
            ?? CheckDate("closedOn", "The closure date", closedOn, CurrentStage.RespondedOn!.Value, "the response", context.Today);
        if (error is not null)
        {
            return error;
        }
        ClosedOn = closedOn;
        ClosureKind = Complaints.ClosureKind.AfterResponse;
        Status = ComplaintStatus.Closed;
        Touch(context);
        return null;
    }
}
