using Redress.Domain.Complaints;

namespace Redress.Domain.Rules;

/// <summary>
/// The Code's questions about a complaint, each answered in one place: whether it is open, overdue,
/// waiting for someone to pick it up, counted in CH01. Queries, queues, reminders, reports and the
/// aggregate itself all ask these rules.
/// </summary>
public static class ComplaintRules
{
    /// <summary>A clock runs: the complaint waits for its acknowledgement or its response.</summary>
    public static readonly Rule<Complaint> Open = new("open",
        c => c.Status == ComplaintStatus.AwaitingAcknowledgement || c.Status == ComplaintStatus.Investigating);

    /// <summary>No clock runs: responded to, closed, not accepted or withdrawn (status is never null).</summary>
    public static readonly Rule<Complaint> NotOpen = Open.Not("not open");

    /// <summary>Waiting for an acknowledgement and held by nobody: the team's to pick up.</summary>
    public static readonly Rule<Complaint> Unassigned = new("unassigned",
        c => c.Status == ComplaintStatus.AwaitingAcknowledgement && c.HandlerId == null);

    /// <summary>CH01 leaves out complaints not accepted under section 2; withdrawn ones count (domain README, Measures).</summary>
    public static readonly Rule<Complaint> CountsInCh01 = new("counts in CH01", c => c.Status != ComplaintStatus.NotAccepted);

    /// <summary>Code 5.11: the escalation request was refused on a section 2 ground.</summary>
    public static readonly Rule<Complaint> EscalationRefused = new("escalation refused", c => c.ClosureKind == ClosureKind.EscalationRefused);

    /// <summary>Code 6.10: a stage 1 complaint whose response is issued, not refused escalation, can go to stage 2.</summary>
    public static readonly Rule<Complaint> CanEscalate = new("can escalate",
        c => c.Stage == 1
             && (c.Status == ComplaintStatus.Responded || c.Status == ComplaintStatus.Closed)
             && (c.ClosureKind == null || c.ClosureKind != ClosureKind.EscalationRefused));

    /// <summary>Open, and the clock running now passed its due date before <paramref name="today"/>.</summary>
    public static Rule<Complaint> Overdue(DateOnly today) => Open.And("overdue", c => c.NextDueOn < today);

    /// <summary>Open, with the clock running now due on or before <paramref name="date"/> (reminders look ahead to it).</summary>
    public static Rule<Complaint> DueBy(DateOnly date) => Open.And("due by", c => c.NextDueOn <= date);

    /// <summary>Code 5.9, 6.6, 6.17: an update to the resident is due on or before <paramref name="date"/> (<see cref="Complaint.NextUpdateOn"/>).</summary>
    public static Rule<Complaint> UpdateDueBy(DateOnly date) => new("update due by", c => c.NextUpdateOn <= date);

    /// <summary>Code 5.9, 6.6, 6.17: the update owed to the resident was due before <paramref name="today"/> and has not been sent.</summary>
    public static Rule<Complaint> UpdateOverdue(DateOnly today) => new("update overdue", c => c.NextUpdateOn < today);
}

/// <summary>The Code's questions about one update to the resident (5.9, 6.6, 6.17).</summary>
public static class UpdateRules
{
    /// <summary>Sent after the date it was due (the interval agreed, an action's date, or the date promised).</summary>
    public static readonly Rule<ResidentUpdate> SentLate = new("sent late", u => u.SentOn > u.DueOn);
}

/// <summary>The Code's questions about one stage's clocks (Code 6.2-6.4, 6.11-6.15, CH02).</summary>
public static class StageRules
{
    /// <summary>Code 6.2, 6.11: acknowledged after the acknowledgement due date.</summary>
    public static readonly Rule<ComplaintStage> AcknowledgedLate = new("acknowledged late", s => s.AcknowledgedOn > s.AcknowledgeBy);

    /// <summary>Code 6.2, 6.11: acknowledged on or before the acknowledgement due date.</summary>
    public static readonly Rule<ComplaintStage> AcknowledgedInTime = new("acknowledged in time", s => s.AcknowledgedOn <= s.AcknowledgeBy);

    /// <summary>CH02: the response was issued on or before the due date in force, extensions allowed by the Code included.</summary>
    public static readonly Rule<ComplaintStage> RespondedInTime = new("responded in time", s => s.RespondedOn <= s.RespondBy);

    /// <summary>The response was issued after the due date in force.</summary>
    public static readonly Rule<ComplaintStage> RespondedLate = new("responded late", s => s.RespondedOn > s.RespondBy);

    /// <summary>Code 6.4, 6.15: the response timescale was extended at least once.</summary>
    public static readonly Rule<ComplaintStage> Extended = new("extended", s => s.ExtendedWorkingDays > 0);

    /// <summary>Code 6.4, 6.15: extended beyond the cap, on a good reason recorded (flagged in reports).</summary>
    public static readonly Rule<ComplaintStage> ExtendedBeyondCap = new("extended beyond the cap", s => s.ExtendedWorkingDays > s.ExtensionCapDays);
}
