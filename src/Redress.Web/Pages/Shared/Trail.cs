namespace Redress.Web.Pages.Shared;

/// <summary>Audit actions as a timeline says them.</summary>
public static class Trail
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["complaint.received"] = "Complaint received",
        ["complaint.acknowledged"] = "Acknowledged and defined",
        ["complaint.extended"] = "Response timescale extended",
        ["complaint.point-added"] = "Point added to the definition",
        ["complaint.point-logged-as-new-complaint"] = "New point logged as a separate complaint",
        ["complaint.responded"] = "Response issued",
        ["complaint.escalated"] = "Escalated to stage 2",
        ["complaint.not-accepted"] = "Not accepted as a complaint",
        ["complaint.escalation-refused"] = "Escalation refused",
        ["complaint.withdrawn"] = "Withdrawn",
        ["complaint.closed"] = "Closed",
        ["complaint.reassigned"] = "Reassigned",
        ["complaint.remedy-offered"] = "Remedy offered",
        ["complaint.remedy-completed"] = "Remedy completed",
        ["complaint.action-completed"] = "Outstanding action completed",
    };

    public static string Describe(string action) => Words.GetValueOrDefault(action, action);
}
