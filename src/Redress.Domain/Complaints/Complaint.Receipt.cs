using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>Receiving a complaint from any channel, and the 12-month window (Code 2.3, 3.1-3.2, 3.6, 6.2).</summary>
public sealed partial class Complaint
{
    /// <summary>Code 3.1-3.2 and 6.2: a complaint from any channel starts stage 1 with its acknowledgement clock.</summary>
    public static Result<Complaint> Receive(
        Guid id, string reference, ReceiptDetails request, ReceiptPolicy policy, Timescales timescales, ComplaintContext context)
    {
        var error = CheckReceipt(request, context.Today);
        if (error is not null)
        {
            return error;
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
        return complaint;
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

    private static DomainError? CheckReceipt(ReceiptDetails request, DateOnly today) =>
        ReceiptProblems(request.ReceivedOn, request.IssueOccurredOn, request.ResidentAwareOn, request.Representative, today) is [var first, ..] ? first : null;

    /// <summary>
    /// Every problem with what is known of a complaint's receipt, at once, for a form to show together: the dates in
    /// order and not in the future, and a representative's authority to act (Code 3.6).
    /// </summary>
    public static IReadOnlyList<DomainError> ReceiptProblems(
        DateOnly receivedOn, DateOnly? issueOccurredOn, DateOnly? residentAwareOn, RepresentativeDetails? representative, DateOnly today)
    {
        var problems = new List<DomainError>();
        if (receivedOn > today)
        {
            problems.Add(Errors.InFuture("receivedOn", "The date received", today));
        }
        if (issueOccurredOn > receivedOn)
        {
            problems.Add(Errors.OutOfOrder("issueOccurredOn", "The date the issue occurred must be on or before the date the complaint was received."));
        }
        if (residentAwareOn > receivedOn)
        {
            problems.Add(Errors.OutOfOrder("residentAwareOn", "The date the resident became aware must be on or before the date the complaint was received."));
        }
        else if (residentAwareOn < issueOccurredOn)
        {
            problems.Add(Errors.OutOfOrder("residentAwareOn", "The date the resident became aware cannot be before the date the issue occurred."));
        }
        if (representative is { } rep && string.IsNullOrWhiteSpace(rep.Authority))
        {
            problems.Add(new DomainError(ErrorCodes.RepresentativeConsentRequired,
                "Record the representative's authority to act for the resident (Code 3.6), for example written consent.",
                "representative.authority"));
        }
        return problems;
    }
}
