using System.Globalization;
using System.Text.Json;
using Redress.Domain.Calendar;

namespace Redress.Web.Common;

/// <summary>Dates, deadlines, money and codes as people read them (GOV.UK style: 19 December 2025): for the pages, the reports, the exports and the mail.</summary>
public static class Display
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A file size as people read it: "840 bytes", "12 KB", "3.4 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Round(bytes / 1024.0):0} KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.0", EnGb) + " MB",
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnGb) ?? "Not yet";

    public static string Instant(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Time.UkTime.Zone).ToString("d MMMM yyyy 'at' h:mmtt", EnGb).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    /// <summary>The tag colour of a deadline, the same on every page: red when overdue, orange on the day, grey before.</summary>
    public static string DueTag(DateOnly due, DateOnly today) =>
        due < today ? "govuk-tag--red" : due == today ? "govuk-tag--orange" : "govuk-tag--grey";

    /// <summary>"Due today", "3 working days left", "Overdue by 2 working days", from the working-day calendar.</summary>
    public static string Due(DateOnly due, DateOnly today, WorkingDayCalendar calendar)
    {
        int days;
        try
        {
            days = calendar.CountWorkingDays(today, due);
        }
        catch (Domain.Common.DomainException)
        {
            return "Working days unknown: calendar year not loaded";
        }
        return days switch
        {
            0 when due == today => "Due today",
            0 => "Due by the end of today's working day",
            > 0 => $"{days} working day{(days == 1 ? "" : "s")} left",
            _ => $"Overdue by {-days} working day{(days == -1 ? "" : "s")}",
        };
    }

    /// <summary>camelCase API names as words: "partlyUpheld" is "Partly upheld".</summary>
    public static string Words<T>(T value) where T : struct, Enum => value switch
    {
        Domain.Complaints.RefusalReason reason => Ground(reason),
        Domain.Complaints.Tenure tenure => Tenure(tenure),
        Domain.Complaints.Decision decision => Domain.Complaints.Wording.Decision(decision),
        _ => Sentence(value.ToString()),
    };

    /// <summary>A tenure as the Regulator names it: "Low-cost rental" (LCRA), "Low-cost home ownership" (LCHO).</summary>
    public static string Tenure(Domain.Complaints.Tenure tenure) => tenure == Domain.Complaints.Tenure.Lcra ? "Low-cost rental" : "Low-cost home ownership";

    /// <summary>"InPerson" is "In person", "Over12Months" is "Over 12 months".</summary>
    private static string Sentence(string name)
    {
        var words = System.Text.RegularExpressions.Regex.Replace(name, "(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The section 2 grounds for not accepting or not escalating a complaint, in words.</summary>
    public static string Ground(Domain.Complaints.RefusalReason reason) => Domain.Complaints.Wording.Ground(reason);

    public static string Money(long? pence) => pence is { } p ? (p / 100m).ToString("C", EnGb) : "";

    /// <summary>
    /// Parts of one line joined with commas, leaving out empty ones and a part's own closing full stop:
    /// ("Fix the queue.", "by 7 December") is "Fix the queue, by 7 December", never "queue., by" or "Repairs , by".
    /// </summary>
    public static string Clause(params string?[] parts) =>
        string.Join(", ", parts.Select(p => p?.Trim().TrimEnd('.').Trim()).Where(p => !string.IsNullOrEmpty(p)));
}
