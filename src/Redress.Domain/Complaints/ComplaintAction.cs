using Redress.Domain.Letters;

namespace Redress.Domain.Complaints;

/// <summary>
/// Each thing that can happen to a complaint, named once: the key the API and pages use, the code of its
/// audit event, what the complaint's timeline says, and the letter recording it issues in the same transaction.
/// </summary>
public sealed record ComplaintAction(string Key, string AuditCode, string Timeline, LetterKind? Letter = null)
{
    public static readonly ComplaintAction Receive = new("receive", "complaint.received", "Complaint received");
    public static readonly ComplaintAction Acknowledge = new("acknowledge", "complaint.acknowledged", "Acknowledged and defined", LetterKind.Acknowledgement);
    public static readonly ComplaintAction Extend = new("extend", "complaint.extended", "Response timescale extended", LetterKind.Extension);
    public static readonly ComplaintAction AddPoint = new("add-point", "complaint.point-added", "Point added to the definition");
    public static readonly ComplaintAction LogPointAsNewComplaint = new("log-point-as-new-complaint", "complaint.point-logged-as-new-complaint", "New point logged as a separate complaint");
    public static readonly ComplaintAction Respond = new("respond", "complaint.responded", "Response issued", LetterKind.Response);
    public static readonly ComplaintAction Escalate = new("escalate", "complaint.escalated", "Escalated to stage 2");
    public static readonly ComplaintAction NotAccept = new("not-accept", "complaint.not-accepted", "Not accepted as a complaint", LetterKind.NotAccepted);
    public static readonly ComplaintAction RefuseEscalation = new("refuse-escalation", "complaint.escalation-refused", "Escalation refused", LetterKind.EscalationRefused);
    public static readonly ComplaintAction Withdraw = new("withdraw", "complaint.withdrawn", "Withdrawn");
    public static readonly ComplaintAction Close = new("close", "complaint.closed", "Closed");
    public static readonly ComplaintAction Reassign = new("reassign", "complaint.reassigned", "Reassigned");
    public static readonly ComplaintAction OfferRemedy = new("offer-remedy", "complaint.remedy-offered", "Remedy offered");
    public static readonly ComplaintAction CompleteRemedy = new("complete-remedy", "complaint.remedy-completed", "Remedy completed");
    public static readonly ComplaintAction CompleteAction = new("complete-action", "complaint.action-completed", "Outstanding action completed");
    public static readonly ComplaintAction SendUpdate = new("send-update", "complaint.update-sent", "Update sent to the resident", LetterKind.Update);
    public static readonly ComplaintAction RecordCorrespondence = new("record-correspondence", "complaint.correspondence-recorded", "Correspondence recorded");
    public static readonly ComplaintAction RemindDueSoon = new("remind-due-soon", "complaint.reminder-due-soon", "Reminder sent: a deadline is near");
    public static readonly ComplaintAction RemindOverdue = new("remind-overdue", "complaint.reminder-overdue", "Reminder sent: a deadline has passed");

    /// <summary>The audit code of a letter issued with an action (the letter is its own record).</summary>
    public const string LetterIssued = "complaint.letter-issued";

    public static IReadOnlyList<ComplaintAction> All { get; } =
    [
        Receive, Acknowledge, Extend, AddPoint, LogPointAsNewComplaint, Respond, Escalate, NotAccept, RefuseEscalation,
        Withdraw, Close, Reassign, OfferRemedy, CompleteRemedy, CompleteAction, SendUpdate, RecordCorrespondence, RemindDueSoon, RemindOverdue,
    ];

    private static readonly Dictionary<string, ComplaintAction> ByAudit = All.ToDictionary(a => a.AuditCode, StringComparer.Ordinal);

    /// <summary>Events recorded against a complaint that are not its own actions, in words.</summary>
    private static readonly Dictionary<string, string> Others = new(StringComparer.Ordinal)
    {
        ["resident.representative-added"] = "Representative recorded for the resident",
        ["feedback.complaint-raised"] = "Raised from survey or feedback dissatisfaction",
        [LetterIssued] = "Letter issued",
    };

    /// <summary>
    /// What the timeline says for an audit event's code. Never the raw code: an event not named here is put into
    /// words from its code ("ombudsman-case.determined" is "Ombudsman case: determined").
    /// </summary>
    public static string Describe(string auditCode)
    {
        if (ByAudit.TryGetValue(auditCode, out var action))
        {
            return action.Timeline;
        }
        if (Others.TryGetValue(auditCode, out var words))
        {
            return words;
        }
        var dot = auditCode.IndexOf('.', StringComparison.Ordinal);
        var (what, happened) = dot < 0 ? ("", auditCode) : (auditCode[..dot], auditCode[(dot + 1)..]);
        var sentence = (what.Length == 0 ? "" : what.Replace('-', ' ') + ": ") + happened.Replace('-', ' ');
        return sentence.Length == 0 ? auditCode : char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    public override string ToString() => Key;
}
