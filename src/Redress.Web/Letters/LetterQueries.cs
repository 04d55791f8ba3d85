using Microsoft.EntityFrameworkCore;
using Redress.Domain.Letters;
using Redress.Web.Data;

namespace Redress.Web.Letters;

/// <summary>A letter as listed (API.md, Letters): never its content, which <see cref="LetterDetail"/> carries.</summary>
public sealed record LetterSummary(
    Guid Id, LetterKind Kind, int? Stage, DateTimeOffset IssuedAt, string IssuedBy, LetterDelivery Delivery, string Recipient,
    string? Sha256, bool IssuedExternally, string Title, string? ExternalReference, string? RecipientEmail,
    DateTimeOffset? EmailedAt, string? EmailError, DateOnly? PostedOn, bool LargePrint = false, LetterFormat? FormatRequested = null, int? TemplateVersion = null,
    DateOnly? FormatSentOn = null)
{
    /// <summary>Which wording it was rendered from, in words.</summary>
    public string? Template => TemplateVersion switch { null => null, 0 => "The shipped wording", var v => $"Version {v} of the template" };

    /// <summary>Code 5.10: the format the resident needs, in words, or null for standard print.</summary>
    public string? Format => LargePrint ? "Large print" : FormatRequested is { } f
        ? FormatSentOn is { } sent ? $"{Words(f)} copy sent on {LetterWords.Date(sent)}" : $"{Words(f)} requested: arrange it and send it"
        : null;

    /// <summary>A copy in another format (Braille, audio, ...) is requested and not yet recorded as sent.</summary>
    public bool AwaitsFormat => !LargePrint && FormatRequested is not null && FormatSentOn is null;

    /// <summary>The copy a format makes, in a sentence: "the Braille copy", "the copy in another language".</summary>
    public static string Copy(LetterFormat format) => format switch
    {
        LetterFormat.Braille => "the Braille copy",
        LetterFormat.Audio => "the audio copy",
        LetterFormat.EasyRead => "the easy read copy",
        LetterFormat.OtherLanguage => "the copy in another language",
        _ => "the copy in another format",
    };

    public static string Words(LetterFormat format) => format switch
    {
        LetterFormat.Braille => "Braille",
        LetterFormat.Audio => "Audio",
        LetterFormat.EasyRead => "Easy read",
        LetterFormat.OtherLanguage => "Another language",
        _ => "Another format",
    };

    /// <summary>Where the letter stands in words: emailed, waiting to be emailed, failed, to post, posted, or sent by another system.</summary>
    public string Status => Delivery switch
    {
        LetterDelivery.External => "Sent by another system",
        LetterDelivery.Post => PostedOn is { } posted ? $"Posted on {LetterWords.Date(posted)}" : "To post: print the PDF and record when it is posted",
        _ when EmailedAt is not null => "Emailed",
        _ when EmailError is not null => "Email not sent yet: " + EmailError,
        _ => "Waiting to be emailed",
    };
}

/// <summary>A letter with what it said: the plain text and the HTML, exactly as issued.</summary>
public sealed record LetterDetail(LetterSummary Letter, string Text, string Html);

public sealed class LetterQueries(RedressDbContext db)
{
    /// <summary>A complaint's letters, the first issued first; null when there is no such complaint.</summary>
    public async Task<IReadOnlyList<LetterSummary>?> ListAsync(Guid complaintId, CancellationToken ct)
    {
        if (!await db.Complaints.AnyAsync(c => c.Id == complaintId, ct))
        {
            return null;
        }
        return await Summaries(db.Letters.AsNoTracking().Where(l => l.ComplaintId == complaintId).OrderBy(l => l.Number)).ToListAsync(ct);
    }

    public Task<LetterDetail?> GetAsync(Guid complaintId, Guid letterId, CancellationToken ct) =>
        DetailAsync(db.Letters.AsNoTracking().Where(l => l.ComplaintId == complaintId && l.Id == letterId), ct);

    /// <summary>The one letter <paramref name="letters"/> selects, with its text and HTML; null when none.</summary>
    private static async Task<LetterDetail?> DetailAsync(IQueryable<Letter> letters, CancellationToken ct)
    {
        var summary = await Summaries(letters).SingleOrDefaultAsync(ct);
        if (summary is null)
        {
            return null;
        }
        var content = await letters.Select(l => new { l.Text, l.Html }).SingleAsync(ct);
        return new(summary, content.Text, content.Html);
    }

    /// <summary>The stored PDF's bytes and the letter's reference for a file name; null when there is none.</summary>
    public async Task<(byte[] Pdf, string FileName)?> PdfAsync(Guid complaintId, Guid letterId, CancellationToken ct)
    {
        var row = await (from l in db.Letters.AsNoTracking()
                         join c in db.Complaints on l.ComplaintId equals c.Id
                         where l.ComplaintId == complaintId && l.Id == letterId && l.Pdf != null
                         select new { l.Pdf, c.Reference, l.Kind, l.IssuedOn }).SingleOrDefaultAsync(ct);
        return row is null ? null : (row.Pdf!, $"{row.Reference}-{row.Kind.ToString().ToLowerInvariant()}-{row.IssuedOn:yyyy-MM-dd}.pdf");
    }

    /// <summary>The offers to complain sent about feedback or a service request (Code 1.5, 1.6), the first first.</summary>
    public async Task<IReadOnlyList<LetterSummary>> OffersAsync(OfferTarget target, CancellationToken ct) =>
        await Summaries(Offers(target).OrderBy(l => l.Number)).ToListAsync(ct);

    /// <summary>One offer to complain with its text and HTML; null when the record has no such letter.</summary>
    public Task<LetterDetail?> OfferAsync(OfferTarget target, Guid letterId, CancellationToken ct) =>
        DetailAsync(Offers(target).Where(l => l.Id == letterId), ct);

    /// <summary>An offer's stored PDF and a file name; null when there is none.</summary>
    public async Task<(byte[] Pdf, string FileName)?> OfferPdfAsync(OfferTarget target, Guid letterId, CancellationToken ct)
    {
        var row = await Offers(target).Where(l => l.Id == letterId && l.Pdf != null).Select(l => new { l.Pdf, l.IssuedOn }).SingleOrDefaultAsync(ct);
        return row is null ? null : (row.Pdf!, $"how-to-complain-{row.IssuedOn:yyyy-MM-dd}.pdf");
    }

    private IQueryable<Letter> Offers(OfferTarget target) => target.FeedbackId is { } feedback
        ? db.Letters.AsNoTracking().Where(l => l.FeedbackId == feedback)
        : db.Letters.AsNoTracking().Where(l => l.ServiceRequestId == target.ServiceRequestId);

    private static IQueryable<LetterSummary> Summaries(IQueryable<Letter> letters) => letters.Select(l => new LetterSummary(
        l.Id, l.Kind, l.Stage, new DateTimeOffset(l.IssuedAtUtc, TimeSpan.Zero), l.IssuedBy, l.Delivery, l.Recipient, l.Sha256, l.IssuedExternally,
        l.Title, l.ExternalReference, l.RecipientEmail, l.EmailedAtUtc == null ? null : new DateTimeOffset(l.EmailedAtUtc.Value, TimeSpan.Zero),
        l.EmailError, l.PostedOn, l.LargePrint, l.FormatRequested, l.TemplateVersion, l.FormatSentOn));
}
