using Microsoft.EntityFrameworkCore;
using Redress.Domain.Common;
using Redress.Domain.Letters;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Time;

namespace Redress.Web.Letters;

/// <summary>
/// Records that a letter for post was posted, and when (Code 5.12: the record shows when the resident was
/// written to), and that the copy in the format the resident needs was sent (5.10). Each once, on a date from
/// the letter's issue to today.
/// </summary>
public sealed class LetterPosting(RedressDbContext db, LetterQueries letters, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<LetterSummary>> RecordAsync(Guid complaintId, Guid letterId, DateOnly postedOn, Actor actor, CancellationToken ct = default)
    {
        var letter = await db.Letters.AsNoTracking().Where(l => l.ComplaintId == complaintId && l.Id == letterId)
            .Select(l => new { l.Delivery, l.IssuedOn, l.PostedOn }).SingleOrDefaultAsync(ct);
        if (letter is null)
        {
            return Outcome<LetterSummary>.NotFound("There is no letter with that id on this complaint.");
        }
        var today = clock.TodayInUk();
        DomainError? error = letter switch
        {
            { Delivery: not LetterDelivery.Post } => new("letter-not-for-post", "This letter was not marked for post: it was emailed or sent by another system.", "postedOn"),
            { PostedOn: { } already } => new("letter-already-posted", $"This letter was already recorded as posted on {LetterWords.Date(already)}.", "postedOn"),
            _ when postedOn > today => Errors.InFuture("postedOn", "The date posted", today),
            _ when postedOn < letter.IssuedOn => Errors.OutOfOrder("postedOn", $"The date posted cannot be before the letter was issued ({LetterWords.Date(letter.IssuedOn)})."),
            _ => null,
        };
        if (error is not null)
        {
            return Outcome<LetterSummary>.Refused(error);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Letters.Where(l => l.Id == letterId && l.PostedOn == null)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.PostedOn, postedOn), ct);
        if (changed == 0)
        {
            return Outcome<LetterSummary>.Stale("Someone else recorded this letter as posted at the same moment.");
        }
        db.AuditEvents.Add(audit.Record(actor, "complaint.letter-posted", "letter", letterId.ToString(), complaintId, null,
            AuditTrail.Snapshot(new { postedOn })));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var summary = await letters.GetAsync(complaintId, letterId, ct);
        return Outcome<LetterSummary>.Ok(summary!.Letter);
    }

    /// <summary>
    /// Code 5.10: records that the copy in the format the resident needs (Braille, audio, easy read, another language)
    /// was sent, once, on a date from the letter's issue to today.
    /// </summary>
    public async Task<Outcome<LetterSummary>> RecordFormatSentAsync(Guid complaintId, Guid letterId, DateOnly sentOn, Actor actor, CancellationToken ct = default)
    {
        var letter = await db.Letters.AsNoTracking().Where(l => l.ComplaintId == complaintId && l.Id == letterId)
            .Select(l => new { l.FormatRequested, l.LargePrint, l.IssuedOn, l.FormatSentOn }).SingleOrDefaultAsync(ct);
        if (letter is null)
        {
            return Outcome<LetterSummary>.NotFound("There is no letter with that id on this complaint.");
        }
        var today = clock.TodayInUk();
        DomainError? error = letter switch
        {
            { LargePrint: true } or { FormatRequested: null } => new("letter-no-format-requested",
                "No other format was requested for this letter: the resident's adjustments asked for none (large print is made with the letter).", "sentOn"),
            { FormatSentOn: { } already } => new("letter-format-already-sent", $"The copy of this letter was already recorded as sent on {LetterWords.Date(already)}.", "sentOn"),
            _ when sentOn > today => Errors.InFuture("sentOn", "The date the copy was sent", today),
            _ when sentOn < letter.IssuedOn => Errors.OutOfOrder("sentOn", $"The copy cannot be sent before the letter was issued ({LetterWords.Date(letter.IssuedOn)})."),
            _ => null,
        };
        if (error is not null)
        {
            return Outcome<LetterSummary>.Refused(error);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Letters.Where(l => l.Id == letterId && l.FormatSentOn == null)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.FormatSentOn, sentOn), ct);
        if (changed == 0)
        {
            return Outcome<LetterSummary>.Stale("Someone else recorded this copy as sent at the same moment.");
        }
        db.AuditEvents.Add(audit.Record(actor, "complaint.letter-format-sent", "letter", letterId.ToString(), complaintId, null,
            AuditTrail.Snapshot(new { format = letter.FormatRequested, sentOn })));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var summary = await letters.GetAsync(complaintId, letterId, ct);
        return Outcome<LetterSummary>.Ok(summary!.Letter);
    }
}
