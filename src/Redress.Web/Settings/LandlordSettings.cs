using Redress.Domain.Calendar;
using Redress.Domain.Complaints;

namespace Redress.Web.Settings;

/// <summary>
/// What an administrator sets for the landlord. The Ombudsman's details are data, never hard-coded
/// in letters (Code 3.7, 6.5, 6.16): they change (no new cases by email from 13 January 2026).
/// </summary>
public sealed record LandlordSettings
{
    public string LandlordName { get; init; } = "Your housing provider";
    public Division Division { get; init; } = Division.EnglandAndWales;
    /// <summary>Landlord closure days count as non-working days. Off by default: the Code does not recognise them.</summary>
    public bool ClosuresAreNonWorking { get; init; }
    /// <summary>Optional receipt cut-off (UK time): complaints received after it count from the next working day.</summary>
    public TimeOnly? ReceiptCutOff { get; init; }
    public OmbudsmanContact Ombudsman { get; init; } = new();
    /// <summary>Code 6.9 g: how to escalate to stage 2.</summary>
    public string Stage1EscalationRoute { get; init; } =
        "If you are not satisfied with this response, you can ask us to consider your complaint at stage 2. " +
        "You do not need to give a reason. Contact us in any way you like and we will acknowledge your request within 5 working days.";
    /// <summary>Code 6.19 g: how to go to the Housing Ombudsman after stage 2; the contact details are appended.</summary>
    public string Stage2EscalationRoute { get; init; } =
        "This is our final response. If you remain dissatisfied, you can refer your complaint to the Housing Ombudsman Service, " +
        "which is free and independent.";

    /// <summary>How many working days before a deadline its handler is reminded by email (0: on the day only).</summary>
    public int ReminderWorkingDaysBefore { get; init; } = 2;

    public Timescales Timescales => Timescales.HousingOmbudsman2024;

    public ReceiptPolicy ReceiptPolicy => new(ReceiptCutOff);

    public string EscalationRoute(int stage) =>
        stage == 1 ? Stage1EscalationRoute : $"{Stage2EscalationRoute} {Ombudsman.AsText()}";
}

public sealed record OmbudsmanContact
{
    public string Name { get; init; } = "Housing Ombudsman Service";
    public string Telephone { get; init; } = "0300 111 3000";
    public string OnlineForm { get; init; } = "https://www.housing-ombudsman.org.uk/residents/make-a-complaint/";
    public string? Email { get; init; }
    public string Address { get; init; } = "PO Box 1484, Unit D, Preston, PR2 0ET";

    public string AsText() =>
        $"{Name}: telephone {Telephone}; online {OnlineForm}; post {Address}" + (Email is null ? "." : $"; email {Email}.");
}
