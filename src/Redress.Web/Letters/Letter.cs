using Redress.Domain.Letters;

namespace Redress.Web.Letters;

/// <summary>
/// A letter as issued (Code 5.12): the exact text, HTML and PDF sent, the PDF's SHA-256, who issued it and
/// when, and how it went. Its content never changes once saved (<see cref="Data.RedressDbContext"/> refuses);
/// only its delivery (emailed, posted) is recorded later.
/// </summary>
public sealed class Letter
{
    public const int MaxRecipient = 200;

    public Guid Id { get; set; }
    /// <summary>The complaint the letter is about; null for an offer to complain, which is about feedback or a service request.</summary>
    public Guid? ComplaintId { get; set; }
    /// <summary>Code 1.6: the feedback an offer to complain answers.</summary>
    public Guid? FeedbackId { get; set; }
    /// <summary>Code 1.5: the service request an offer to complain is about.</summary>
    public Guid? ServiceRequestId { get; set; }
    /// <summary>1 for the complaint's first letter, and so on: the order they were issued in.</summary>
    public int Number { get; set; }
    public LetterKind Kind { get; set; }
    public int? Stage { get; set; }
    public DateTime IssuedAtUtc { get; set; }
    public DateOnly IssuedOn { get; set; }
    public Guid? IssuedById { get; set; }
    public string IssuedBy { get; set; } = "";
    public LetterDelivery Delivery { get; set; }
    /// <summary>Who the letter is addressed to: the resident, or their representative.</summary>
    public string Recipient { get; set; } = "";
    public string? RecipientEmail { get; set; }
    public string? RecipientAddress { get; set; }
    /// <summary>Code 5.10: set in large print, because the resident's adjustment asks for it.</summary>
    public bool LargePrint { get; set; }
    /// <summary>Code 5.10: another format the resident's adjustment asks for (Braille, audio, ...), for the handler to arrange.</summary>
    public LetterFormat? FormatRequested { get; set; }
    public bool IssuedExternally { get; set; }
    /// <summary>The other system's reference, when it issued the letter.</summary>
    public string? ExternalReference { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The version of the template it was rendered from: 0 for the shipped wording, null when another system issued it.</summary>
    public int? TemplateVersion { get; set; }
    public string Text { get; set; } = "";
    public string Html { get; set; } = "";
    public byte[]? Pdf { get; set; }
    /// <summary>SHA-256 of <see cref="Pdf"/>, lower-case hex.</summary>
    public string? Sha256 { get; set; }

    // Delivery, recorded after issue.
    public DateTime? EmailedAtUtc { get; set; }
    public int EmailAttempts { get; set; }
    /// <summary>When an instance took the letter to email it: another instance leaves it alone for a while.</summary>
    public DateTime? EmailClaimedAtUtc { get; set; }
    public string? EmailError { get; set; }
    public DateOnly? PostedOn { get; set; }
    /// <summary>Code 5.10: when the copy in the format the resident needs (<see cref="FormatRequested"/>) was sent.</summary>
    public DateOnly? FormatSentOn { get; set; }

    public bool AwaitsEmail => Delivery == LetterDelivery.Email && EmailedAtUtc is null;

    /// <summary>The members that make up what was issued: a change to any of them is refused.</summary>
    public static readonly string[] Content =
    [
        nameof(ComplaintId), nameof(FeedbackId), nameof(ServiceRequestId), nameof(Number), nameof(Kind), nameof(Stage), nameof(IssuedAtUtc), nameof(IssuedOn), nameof(IssuedById), nameof(IssuedBy),
        nameof(Delivery), nameof(Recipient), nameof(RecipientEmail), nameof(RecipientAddress), nameof(LargePrint), nameof(FormatRequested), nameof(IssuedExternally),
        nameof(ExternalReference), nameof(Title), nameof(TemplateVersion), nameof(Text), nameof(Html), nameof(Pdf), nameof(Sha256),
    ];
}
