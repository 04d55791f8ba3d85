using System.Linq.Expressions;
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
    /// <summary>What the rules below read of a letter.</summary>
    private sealed record Facts(LetterDelivery Delivery, DateOnly IssuedOn, DateOnly? PostedOn, LetterFormat? FormatRequested, bool LargePrint, DateOnly? FormatSentOn);

    public Task<Outcome<LetterSummary>> RecordAsync(Guid complaintId, Guid letterId, DateOnly postedOn, Actor actor, CancellationToken ct = default) =>
        RecordOnceAsync(complaintId, letterId, l => l.PostedOn, postedOn, "complaint.letter-posted", new { postedOn },
            "Someone else recorded this letter as posted at the same moment.", actor, (letter, today) => letter switch
            {
                { Delivery: not LetterDelivery.Post } => new("letter-not-for-post", "This letter was not marked for post: it was emailed or sent by another system.", "postedOn"),
                { PostedOn: { } already } => new("letter-already-posted", $"This letter was already recorded as posted on {LetterWords.Date(already)}.", "postedOn"),
                _ when postedOn > today => Errors.InFuture("postedOn", "The date posted", today),
                _ when postedOn < letter.IssuedOn => Errors.OutOfOrder("postedOn", $"The date posted cannot be before the letter was issued ({LetterWords.Date(letter.IssuedOn)})."),
                _ => null,
            }, ct);

    /// <summary>
    /// Code 5.10: records that the copy in the format the resident needs (Braille, audio, easy read, another language)
    /// was sent, once, on a date from the letter's issue to today.
    /// </summary>
    public Task<Outcome<LetterSummary>> RecordFormatSentAsync(Guid complaintId, Guid letterId, DateOnly sentOn, Actor actor, CancellationToken ct = default) =>
        RecordOnceAsync(complaintId, letterId, l => l.FormatSentOn, sentOn, "complaint.letter-format-sent", new { sentOn },
            "Someone else recorded this copy as sent at the same moment.", actor, (letter, today) => letter switch
            {
                { LargePrint: true } or { FormatRequested: null } => new("letter-no-format-requested",
                    "No other format was requested for this letter: the resident's adjustments asked for none (large print is made with the letter).", "sentOn"),
                { FormatSentOn: { } already } => new("letter-format-already-sent", $"The copy of this letter was already recorded as sent on {LetterWords.Date(already)}.", "sentOn"),
                _ when sentOn > today => Errors.InFuture("sentOn", "The date the copy was sent", today),
                _ when sentOn < letter.IssuedOn => Errors.OutOfOrder("sentOn", $"The copy cannot be sent before the letter was issued ({LetterWords.Date(letter.IssuedOn)})."),
                _ => null,
            }, ct);

    /// <summary>
    /// Sets a date of the letter's delivery once: refused by <paramref name="rule"/>, or when another request set it first;
    /// the date and its audit event in one transaction.
    /// </summary>
    private async Task<Outcome<LetterSummary>> RecordOnceAsync(Guid complaintId, Guid letterId, Expression<Func<Letter, DateOnly?>> property, DateOnly on,
        string auditCode, object snapshot, string raced, Actor actor, Func<Facts, DateOnly, DomainError?> rule, CancellationToken ct)
    {
        var letter = await db.Letters.AsNoTracking().Where(l => l.ComplaintId == complaintId && l.Id == letterId)
            .Select(l => new Facts(l.Delivery, l.IssuedOn, l.PostedOn, l.FormatRequested, l.LargePrint, l.FormatSentOn)).SingleOrDefaultAsync(ct);
        if (letter is null)
        {
            return Outcome<LetterSummary>.NotFound("There is no letter with that id on this complaint.");
        }
        if (rule(letter, clock.TodayInUk()) is { } error)
        {
            return Outcome<LetterSummary>.Refused(error);
        }
        var unset = Expression.Lambda<Func<Letter, bool>>(Expression.Equal(property.Body, Expression.Constant(null, typeof(DateOnly?))), property.Parameters);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Letters.Where(l => l.Id == letterId).Where(unset).ExecuteUpdateAsync(u => u.SetProperty(property, on), ct);
        if (changed == 0)
        {
            return Outcome<LetterSummary>.Stale(raced);
        }
        db.AuditEvents.Add(audit.Record(actor, auditCode, "letter", letterId.ToString(), complaintId, null, AuditTrail.Snapshot(snapshot)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var summary = await letters.GetAsync(complaintId, letterId, ct);
        return Outcome<LetterSummary>.Ok(summary!.Letter);
    }
}
