using System.Globalization;
using Redress.Domain.Calendar;
using Redress.Web.Settings;

namespace Redress.Web.Pages.Admin.Settings;

public enum SettingKind
{
    Text,
    Multiline,
    Email,
    Telephone,
    WebAddress,
    /// <summary>A time of day, HH:MM, or blank.</summary>
    Time,
    /// <summary>A whole number.</summary>
    Number,
    /// <summary>One of a few choices, as radios.</summary>
    Choice,
}

/// <summary>
/// One setting as a form field: its input id (the last part of the field the settings' rules name), its
/// label and hint, how it is read from the settings and written back into them.
/// </summary>
public sealed record SettingField(
    string Id, string Label, SettingKind Kind, Func<LandlordSettings, string?> Get, Func<LandlordSettings, string?, LandlordSettings> Set,
    string? Hint = null, IReadOnlyList<(string Value, string Label)>? Choices = null, bool Optional = false)
{
    /// <summary>How the value reads on the check page and the settings page.</summary>
    public string Show(string? value) => string.IsNullOrWhiteSpace(value)
        ? "Not set"
        : Choices?.FirstOrDefault(c => c.Value == value).Label ?? value;

    public string Width => Kind switch
    {
        SettingKind.Time or SettingKind.Number => "govuk-input--width-5",
        SettingKind.Telephone => "govuk-input--width-20",
        _ => "",
    };

    public string InputType => Kind switch
    {
        SettingKind.Email => "email",
        SettingKind.Telephone => "tel",
        SettingKind.WebAddress => "url",
        _ => "text",
    };

    public string? Autocomplete => Kind switch
    {
        SettingKind.Email => "email",
        SettingKind.Telephone => "tel",
        SettingKind.WebAddress => "url",
        _ => "off",
    };
}

/// <summary>A group of settings changed together on one page, with its check-your-answers step.</summary>
public sealed record SettingsSection(string Key, string Title, string Description, IReadOnlyList<SettingField> Fields)
{
    public static readonly IReadOnlyList<SettingsSection> All =
    [
        new("organisation", "Your organisation",
            "Your name is shown at the top of every page and on the reports you publish; letters will print your address and contact details.",
        [
            new("landlordName", "Name", SettingKind.Text, s => s.LandlordName, (s, v) => s with { LandlordName = v?.Trim() ?? "" },
                "As residents know you, like Northfield Homes"),
            new("landlordAddress", "Postal address", SettingKind.Multiline, s => s.LandlordAddress, (s, v) => s with { LandlordAddress = Blank(v) },
                "One line of the address on each line", Optional: true),
            new("landlordTelephone", "Telephone number for complaints", SettingKind.Telephone, s => s.LandlordTelephone, (s, v) => s with { LandlordTelephone = Blank(v) }, Optional: true),
            new("landlordEmail", "Email address for complaints", SettingKind.Email, s => s.LandlordEmail, (s, v) => s with { LandlordEmail = Blank(v) }, Optional: true),
            new("landlordWebsite", "Website", SettingKind.WebAddress, s => s.LandlordWebsite, (s, v) => s with { LandlordWebsite = Blank(v) },
                "For example, https://www.northfieldhomes.org.uk", Optional: true),
        ]),
        new("policy", "Complaints policy and escalation",
            "Where residents read your complaints policy (Code 3.1), and what a response says about taking the complaint further (Code 6.9, 6.19).",
        [
            new("complaintsPolicyUrl", "Web address of your complaints policy", SettingKind.WebAddress, s => s.ComplaintsPolicyUrl, (s, v) => s with { ComplaintsPolicyUrl = Blank(v) },
                "For example, https://www.northfieldhomes.org.uk/complaints", Optional: true),
            new("stage1EscalationRoute", "How to escalate to stage 2", SettingKind.Multiline, s => s.Stage1EscalationRoute, (s, v) => s with { Stage1EscalationRoute = v?.Trim() ?? "" },
                "Printed at the end of every stage 1 response"),
            new("stage2EscalationRoute", "How to go to the Housing Ombudsman", SettingKind.Multiline, s => s.Stage2EscalationRoute, (s, v) => s with { Stage2EscalationRoute = v?.Trim() ?? "" },
                "Printed at the end of every stage 2 response, followed by the Ombudsman's contact details"),
        ]),
        new("ombudsman", "Housing Ombudsman's contact details",
            "Given to the resident with every extension and every final response (Code 3.7, 6.5, 6.16). Keep them as the Ombudsman publishes them.",
        [
            new("name", "Name", SettingKind.Text, s => s.Ombudsman.Name, (s, v) => s with { Ombudsman = s.Ombudsman with { Name = v?.Trim() ?? "" } }),
            new("telephone", "Telephone number", SettingKind.Telephone, s => s.Ombudsman.Telephone, (s, v) => s with { Ombudsman = s.Ombudsman with { Telephone = v?.Trim() ?? "" } }),
            new("onlineForm", "Online complaint form", SettingKind.WebAddress, s => s.Ombudsman.OnlineForm, (s, v) => s with { Ombudsman = s.Ombudsman with { OnlineForm = v?.Trim() ?? "" } }),
            new("email", "Email address", SettingKind.Email, s => s.Ombudsman.Email, (s, v) => s with { Ombudsman = s.Ombudsman with { Email = Blank(v) } },
                "Leave blank while the Ombudsman does not take new cases by email", Optional: true),
            new("address", "Postal address", SettingKind.Multiline, s => s.Ombudsman.Address, (s, v) => s with { Ombudsman = s.Ombudsman with { Address = v?.Trim() ?? "" } }),
        ]),
        new("timescales", "Working days, receipt and reminders",
            "Which bank holidays are not working days, when a complaint received late in the day counts from the next working day, and when handlers are reminded of a deadline.",
        [
            new("division", "Bank holidays", SettingKind.Choice, s => KeyOf(s.Division), (s, v) => s with { Division = Division(v) },
                Choices: [("englandAndWales", "England and Wales"), ("scotland", "Scotland"), ("northernIreland", "Northern Ireland")]),
            new("closuresAreNonWorking", "Do your closure days count as non-working days?", SettingKind.Choice, s => s.ClosuresAreNonWorking ? "yes" : "no",
                (s, v) => s with { ClosuresAreNonWorking = v == "yes" },
                "The Code counts Monday to Friday except bank holidays; say yes only if your policy also stops the clock on days you close",
                Choices: [("no", "No"), ("yes", "Yes")]),
            new("receiptCutOff", "Receipt cut-off time (optional)", SettingKind.Time, s => s.ReceiptCutOff?.ToString("HH:mm", CultureInfo.InvariantCulture),
                (s, v) => s with { ReceiptCutOff = string.IsNullOrWhiteSpace(v) ? null : TimeOnly.ParseExact(v.Trim(), "H:mm", CultureInfo.InvariantCulture) },
                "A complaint received after this time, UK time, counts as received on the next working day. Use the 24-hour clock, like 17:00", Optional: true),
            new("reminderWorkingDaysBefore", "Working days before a deadline to remind its handler", SettingKind.Number, s => s.ReminderWorkingDaysBefore.ToString(CultureInfo.InvariantCulture),
                (s, v) => s with { ReminderWorkingDaysBefore = int.Parse(v!.Trim(), CultureInfo.InvariantCulture) },
                $"From 0 (on the day only) to {LandlordSettings.ReminderDaysMax}"),
        ]),
    ];

    public static SettingsSection? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    /// <summary>
    /// Reads the answers as a change to the settings; what cannot be read at all (a time, a number, a
    /// choice) is an error at its field. The settings' own rules check the rest.
    /// </summary>
    public (Func<LandlordSettings, LandlordSettings>? Change, IReadOnlyList<(string Field, string Message)> Errors) Read(IReadOnlyDictionary<string, string?> form)
    {
        var errors = new List<(string, string)>();
        foreach (var field in Fields)
        {
            var value = form.GetValueOrDefault(field.Id)?.Trim();
            switch (field.Kind)
            {
                case SettingKind.Time when !string.IsNullOrEmpty(value) && !TimeOnly.TryParseExact(value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    errors.Add((field.Id, "Enter the cut-off as a time on the 24-hour clock, like 17:00, or leave it blank"));
                    break;
                case SettingKind.Number when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _):
                    errors.Add((field.Id, string.IsNullOrEmpty(value) ? $"Enter the number of working days, from 0 to {LandlordSettings.ReminderDaysMax}" : $"Enter a whole number of working days, from 0 to {LandlordSettings.ReminderDaysMax}"));
                    break;
                case SettingKind.Choice when field.Choices!.All(c => c.Value != value):
                    errors.Add((field.Id, $"Select {Lower(field.Label)}"));
                    break;
            }
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (settings => Fields.Aggregate(settings, (s, f) => f.Set(s, form.GetValueOrDefault(f.Id))), errors);
    }

    public Dictionary<string, string?> Answers(LandlordSettings settings) => Fields.ToDictionary(f => f.Id, f => f.Get(settings));

    private static string Lower(string label) => label.EndsWith('?') ? "an answer" : char.ToLowerInvariant(label[0]) + label[1..];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string KeyOf(Division division) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(division.ToString());

    private static Division Division(string? key) => Enum.GetValues<Division>().First(d => KeyOf(d) == key);
}
