using Redress.Domain.Calendar;
using Redress.Domain.Common;
using Redress.Domain.Complaints;

namespace Redress.Web.Settings;

/// <summary>
/// What an administrator sets for the landlord. The Ombudsman's details are data, never hard-coded
/// in letters (Code 3.7, 6.5, 6.16): they change (no new cases by email from 13 January 2026).
/// </summary>
public sealed record LandlordSettings
{
    public const string DefaultName = "Your housing provider";

    public string LandlordName { get; init; } = DefaultName;
    /// <summary>The landlord's postal address, one line per line, as letters print it.</summary>
    public string? LandlordAddress { get; init; }
    public string? LandlordTelephone { get; init; }
    public string? LandlordEmail { get; init; }
    public string? LandlordWebsite { get; init; }
    /// <summary>Code 3.1, 3.7: where residents read the complaints policy.</summary>
    public string? ComplaintsPolicyUrl { get; init; }
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

    public const int ReminderDaysMax = 10;

    /// <summary>
    /// What is wrong with these settings, each naming its field (as the API spells it) in words a person can
    /// act on. The pages and the API both refuse settings with any.
    /// </summary>
    public IReadOnlyList<DomainError> Problems()
    {
        var problems = new List<DomainError>();
        void Required(string field, string? value, string what, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(Invalid(field, $"Enter {what}"));
            }
            else
            {
                Longest(field, value, what, max);
            }
        }
        void Longest(string field, string? value, string what, int max)
        {
            if (value is not null && value.Length > max)
            {
                problems.Add(Invalid(field, $"{Capital(what)} must be {max:N0} characters or fewer"));
            }
        }
        void Web(string field, string? value, string what, string example)
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsWebAddress(value))
            {
                problems.Add(Invalid(field, $"Enter {what} as a full web address, like {example}"));
            }
            Longest(field, value, what, Limits.WebAddress);
        }
        void WebRequired(string field, string? value, string what, string example)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(Invalid(field, $"Enter {what}"));
            }
            Web(field, value, what, example);
        }
        void Mail(string field, string? value, string what)
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsEmail(value))
            {
                problems.Add(Invalid(field, $"Enter {what} in the correct format, like complaints@example.org.uk"));
            }
        }

        Required("landlordName", LandlordName, "your organisation's name", Limits.Name);
        Longest("landlordAddress", LandlordAddress, "your organisation's postal address", Limits.Address);
        Longest("landlordTelephone", LandlordTelephone, "the telephone number for complaints", Limits.Phone);
        Mail("landlordEmail", LandlordEmail, "the email address for complaints");
        Web("landlordWebsite", LandlordWebsite, "your organisation's website", "https://www.example.org.uk");
        Web("complaintsPolicyUrl", ComplaintsPolicyUrl, "the web address of your complaints policy", "https://www.example.org.uk/complaints");
        Required("stage1EscalationRoute", Stage1EscalationRoute, "how to escalate to stage 2", Limits.Note);
        Required("stage2EscalationRoute", Stage2EscalationRoute, "how to go to the Housing Ombudsman", Limits.Note);
        if (Ombudsman is null)
        {
            problems.Add(Invalid("ombudsman", "Enter the Housing Ombudsman's contact details"));
        }
        else
        {
            Required("ombudsman.name", Ombudsman.Name, "the Ombudsman's name", Limits.Name);
            Required("ombudsman.telephone", Ombudsman.Telephone, "the Ombudsman's telephone number", Limits.Phone);
            WebRequired("ombudsman.onlineForm", Ombudsman.OnlineForm, "the Ombudsman's online complaint form", "https://www.housing-ombudsman.org.uk/residents/make-a-complaint/");
            Required("ombudsman.address", Ombudsman.Address, "the Ombudsman's postal address", Limits.Address);
            Mail("ombudsman.email", Ombudsman.Email, "the Ombudsman's email address");
        }
        if (ReminderWorkingDaysBefore is < 0 or > ReminderDaysMax)
        {
            problems.Add(Invalid("reminderWorkingDaysBefore", $"The reminder must be between 0 and {ReminderDaysMax} working days before the deadline"));
        }
        if (!Enum.IsDefined(Division))
        {
            problems.Add(Invalid("division", "Select the bank holidays of England and Wales, Scotland or Northern Ireland"));
        }
        return problems;
    }

    private static DomainError Invalid(string field, string message) => new("invalid-input", message, field);

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsEmail(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value.Trim(), out var parsed) && parsed.Address == value.Trim() && parsed.Host.Contains('.', StringComparison.Ordinal);
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
