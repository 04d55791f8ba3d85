namespace Redress.Domain.Common;

/// <summary>How long a piece of text or a number may be: one definition for the API, the forms and the database.</summary>
public static class Limits
{
    /// <summary>A name, a title, who received something.</summary>
    public const int Name = 200;
    /// <summary>A category or a short label.</summary>
    public const int Label = 100;
    public const int Phone = 40;
    public const int Address = 500;
    /// <summary>A web address: a policy, an online form, a website.</summary>
    public const int WebAddress = 500;
    /// <summary>A point of the complaint definition, or a finding's point.</summary>
    public const int Point = 1_000;
    /// <summary>A note, a reason, a summary, a remedy or an action.</summary>
    public const int Note = 4_000;
    /// <summary>The resident's words, a response's reasons, an explanation to the resident.</summary>
    public const int LongText = 20_000;

    /// <summary>One extension, in working days: at least one; the Code's cap is checked separately (6.4, 6.15).</summary>
    public const int ExtensionMinDays = 1;
    public const int ExtensionMaxDays = 60;
    /// <summary>Code 5.9: the agreed interval for updates while a response is extended, in working days.</summary>
    public const int UpdateIntervalMinDays = 1;
    public const int UpdateIntervalMaxDays = 60;
}
