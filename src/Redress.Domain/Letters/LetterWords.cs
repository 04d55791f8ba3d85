using System.Globalization;

namespace Redress.Domain.Letters;

/// <summary>
/// How letters write dates and money, in plain English ("9 January 2026", "£150.00"). The completeness rule
/// looks for these exact words, so a template and the rule cannot disagree about a date.
/// </summary>
public static class LetterWords
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Money(long pence) => (pence / 100m).ToString("C2", English);

    public static string WorkingDays(int days) => days == 1 ? "1 working day" : $"{days} working days";
}
