namespace Redress.Domain.Complaints;

/// <summary>The Code's terms in the words people read, defined once for pages, letters, reports and measures.</summary>
public static class Wording
{
    /// <summary>The section 2 grounds for not accepting or not escalating a complaint (Code 2.2, 5.11).</summary>
    public static string Ground(RefusalReason reason) => reason switch
    {
        RefusalReason.Over12Months => "The issue occurred, and the resident knew of it, more than 12 months before the complaint",
        RefusalReason.LegalProceedings => "Legal proceedings have started (a claim has been filed at court)",
        RefusalReason.PreviouslyConsidered => "The matter was considered before under the complaints policy",
        _ => "Another reason, set out in the explanation",
    };

    public static string Decision(Decision decision) => decision switch
    {
        Complaints.Decision.Upheld => "Upheld",
        Complaints.Decision.PartlyUpheld => "Partly upheld",
        _ => "Not upheld",
    };
}
