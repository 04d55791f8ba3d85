using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>Going to stage 2, or a refusal to, on a section 2 ground (Code 5.11, 6.10-6.12).</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// Code 6.10-6.12: a resident not satisfied at stage 1 goes to stage 2; no reason is asked. There is no
    /// third stage (5.3). With a receipt cut-off, a request after it or on a non-working day counts from the
    /// next working day, as at stage 1.
    /// </summary>
    public DomainError? Escalate(EscalationDetails request, ReceiptPolicy policy, Timescales timescales, ComplaintContext context)
    {
        if (Stage == 2)
        {
            return new DomainError(ErrorCodes.NoThirdStage,
                "Stage 2 is the landlord's final response: there is no further stage (Code 5.3). The resident can go to the Housing Ombudsman.");
        }
        var error = Require(ComplaintAction.Escalate)
            ?? CheckDate("requestedOn", "The escalation request date", request.RequestedOn, StageNumber(1)!.RespondedOn!.Value, "the stage 1 response", context.Today);
        if (error is not null)
        {
            return error;
        }

        var clockStart = policy.ClockStart(request.RequestedOn, request.RequestedTimeUk, context.Calendar);
        var acknowledgeBy = context.Calendar.AddWorkingDays(clockStart, timescales.AcknowledgeDays(2));
        _stages.Add(new ComplaintStage(context.NewId(), 2, request.RequestedOn, acknowledgeBy, timescales, request.Channel));
        Stage = 2;
        Status = ComplaintStatus.AwaitingAcknowledgement;
        EscalationRequestedOn = request.RequestedOn;
        UsedCalendar(context);
        ClosedOn = null;
        ClosureKind = null;
        Touch(context);
        return null;
    }

    /// <summary>
    /// Code 5.11: refusing to escalate needs a section 2 ground that holds for this complaint, set out to the
    /// resident: over 12 months only when the dates show it, with how discretion was considered (2.3); legal
    /// proceedings only once filed at court (2.2).
    /// </summary>
    public DomainError? RefuseEscalation(DateOnly requestedOn, RefusalDetails refusal, ComplaintContext context)
    {
        var error = Require(ComplaintAction.RefuseEscalation)
            ?? CheckDate("requestedOn", "The escalation request date", requestedOn, StageNumber(1)!.RespondedOn!.Value, "the stage 1 response", context.Today)
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
        Touch(context);
        return null;
    }

    /// <summary>Code 2.2-2.5, 5.11: the ground given must hold for this complaint, on its own facts, and be explained.</summary>
    private DomainError? CheckGround(RefusalDetails refusal) =>
        GroundProblems(refusal.Reason, refusal.Explanation, refusal.DecidedOn, refusal.DiscretionConsidered, refusal.ProceedingsFiledOn, OutsideTwelveMonths) is [var first, ..] ? first : null;

    /// <summary>
    /// Every problem with a refusal's ground at once, for a form to show together: the explanation, and what the
    /// ground needs (the 12-month ground only when the dates show it, with how discretion was considered; legal
    /// proceedings only once filed, on or before the decision). No reason chosen yet: the explanation alone.
    /// </summary>
    public static IReadOnlyList<DomainError> GroundProblems(
        RefusalReason? reason, string? explanation, DateOnly? decidedOn, string? discretionConsidered, DateOnly? proceedingsFiledOn, bool outsideTwelveMonths)
    {
        var problems = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(explanation))
        {
            problems.Add(new DomainError(ErrorCodes.RefusalExplanationRequired,
                "Explain to the resident why the matter is not suitable for the complaints process (Code 2.4, 5.11).", "explanation"));
        }
        if (reason == Complaints.RefusalReason.Over12Months && !outsideTwelveMonths)
        {
            problems.Add(new DomainError(ErrorCodes.NotOver12Months,
                "The recorded dates put the issue, or the resident's awareness of it, within 12 months of receipt, so this ground does not apply (Code 2.3).",
                "reason"));
        }
        else if (reason == Complaints.RefusalReason.Over12Months && string.IsNullOrWhiteSpace(discretionConsidered))
        {
            problems.Add(new DomainError(ErrorCodes.DiscretionNotConsidered,
                "Record how discretion to accept a complaint made after 12 months was considered (Code 2.3).", "discretionConsidered"));
        }
        if (reason == Complaints.RefusalReason.LegalProceedings && proceedingsFiledOn is null)
        {
            problems.Add(new DomainError(ErrorCodes.ProceedingsNotFiled,
                "Legal proceedings have started only once the claim is filed at court (Code 2.2): enter the date it was filed.", "proceedingsFiledOn"));
        }
        else if (reason == Complaints.RefusalReason.LegalProceedings && proceedingsFiledOn > decidedOn)
        {
            problems.Add(new DomainError(ErrorCodes.ProceedingsNotFiled,
                "The claim must have been filed at court on or before the date of the decision (Code 2.2).", "proceedingsFiledOn"));
        }
        return problems;
    }

    private void ApplyRefusal(RefusalDetails refusal)
    {
        RefusalReason = refusal.Reason;
        RefusalExplanation = refusal.Explanation.Trim();
        DiscretionConsidered = string.IsNullOrWhiteSpace(refusal.DiscretionConsidered) ? null : refusal.DiscretionConsidered.Trim();
        ProceedingsFiledOn = refusal.Reason == Complaints.RefusalReason.LegalProceedings ? refusal.ProceedingsFiledOn : null;
    }
}
