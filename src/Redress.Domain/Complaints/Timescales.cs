namespace Redress.Domain.Complaints;

/// <summary>
/// The working-day timescales of a complaint scheme. A stage copies its figures when it starts, so a
/// later change of scheme never rewrites the deadlines of complaints already under way.
/// </summary>
public sealed record Timescales(
    string Scheme,
    int Stage1AcknowledgeDays,
    int Stage1ResponseDays,
    int Stage1ExtensionCap,
    int Stage2AcknowledgeDays,
    int Stage2ResponseDays,
    int Stage2ExtensionCap)
{
    /// <summary>Housing Ombudsman Complaint Handling Code 2024: 6.2-6.4 and 6.11-6.15.</summary>
    public static readonly Timescales HousingOmbudsman2024 = new("hos-2024", 5, 10, 10, 5, 20, 20);

    public int AcknowledgeDays(int stage) => stage == 1 ? Stage1AcknowledgeDays : Stage2AcknowledgeDays;

    public int ResponseDays(int stage) => stage == 1 ? Stage1ResponseDays : Stage2ResponseDays;

    public int ExtensionCap(int stage) => stage == 1 ? Stage1ExtensionCap : Stage2ExtensionCap;
}
