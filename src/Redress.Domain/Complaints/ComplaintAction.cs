namespace Redress.Domain.Complaints;

/// <summary>
/// Each thing that can happen to a complaint, named once: the key the API and pages use, the code of its
/// audit event, and what the complaint's timeline says. The letters hang on the same names.
/// </summary>
public sealed record ComplaintAction(string Key, string AuditCode, string Timeline)
{
    public static readonly ComplaintAction Receive = new("receive", "complaint.received", "Complaint received");
    public static readonly ComplaintAction Acknowledge = new("acknowledge", "complaint.acknowledged", "Acknowledged and defined");
    public static readonly ComplaintAction Extend = new("extend", "complaint.extended", "Response timescale extended");
    public static readonly ComplaintAction AddPoint = new("add-point", "complaint.point-added", "Point added to the definition");
    public static readonly ComplaintAction LogPointAsNewComplaint = new("log-point-as-new-complaint", "complaint.point-logged-as-new-complaint", "New point logged as a separate complaint");
    public static readonly ComplaintAction Respond = new("respond", "complaint.responded", "Response issued");
    public static readonly ComplaintAction Escalate = new("escalate", "complaint.escalated", "Escalated to stage 2");
    public static readonly ComplaintAction NotAccept = new("not-accept", "complaint.not-accepted", "Not accepted as a complaint");
    public static readonly ComplaintAction RefuseEscalation = new("refuse-escalation", "complaint.escalation-refused", "Escalation refused");
    public static readonly ComplaintAction Withdraw = new("withdraw", "complaint.withdrawn", "Withdrawn");
    public static readonly ComplaintAction Close = new("close", "complaint.closed", "Closed");
    public static readonly ComplaintAction Reassign = new("reassign", "complaint.reassigned", "Reassigned");
    public static readonly ComplaintAction OfferRemedy = new("offer-remedy", "complaint.remedy-offered", "Remedy offered");
    public static readonly ComplaintAction CompleteRemedy = new("complete-remedy", "complaint.remedy-completed", "Remedy completed");
    public static readonly ComplaintAction CompleteAction = new("complete-action", "complaint.action-completed", "Outstanding action completed");
    public static readonly ComplaintAction RecordCorrespondence = new("record-correspondence", "complaint.correspondence-recorded", "Correspondence recorded");
    public static readonly ComplaintAction RemindDueSoon = new("remind-due-soon", "complaint.reminder-due-soon", "Reminder sent: a deadline is near");
    public static readonly ComplaintAction RemindOverdue = new("remind-overdue", "complaint.reminder-overdue", "Reminder sent: a deadline has passed");

    public static IReadOnlyList<ComplaintAction> All { get; } =
    [
        Receive, Acknowledge, Extend, AddPoint, LogPointAsNewComplaint, Respond, Escalate, NotAccept, RefuseEscalation,
        Withdraw, Close, Reassign, OfferRemedy, CompleteRemedy, CompleteAction, RecordCorrespondence, RemindDueSoon, RemindOverdue,
    ];

    private static readonly Dictionary<string, ComplaintAction> ByAudit = All.ToDictionary(a => a.AuditCode, StringComparer.Ordinal);

    /// <summary>What the timeline says for an audit event's code; the code itself for events not about a complaint action.</summary>
    public static string Describe(string auditCode) => ByAudit.TryGetValue(auditCode, out var action) ? action.Timeline : auditCode;

    public override string ToString() => Key;
}
