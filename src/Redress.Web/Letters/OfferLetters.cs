using Microsoft.EntityFrameworkCore;
using Redress.Domain.Common;
using Redress.Domain.Letters;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Letters;

/// <summary>Which record an offer to complain answers: feedback (Code 1.6) or a service request (1.5).</summary>
public sealed record OfferTarget(Guid? FeedbackId, Guid? ServiceRequestId)
{
    public static OfferTarget Feedback(Guid id) => new(id, null);

    public static OfferTarget ServiceRequest(Guid id) => new(null, id);

    public bool IsFeedback => FeedbackId is not null;

    public Guid Id => FeedbackId ?? ServiceRequestId!.Value;
}

/// <summary>
/// The letter telling a resident how to complain (Code 1.5, 1.6, 3.7), after feedback or a service request shows they
/// are unhappy: shown before it goes, issued complete or not at all, kept and sent like every letter. Issuing it
/// records on the feedback that the person was told how to complain, in the same transaction.
/// </summary>
public sealed class OfferLetters(RedressDbContext db, SettingsStore settingsStore, LetterComposer composer, LetterQueries queries, AuditTrail audit, LetterMail mail, TimeProvider clock)
{
    /// <summary>The letter as it would go now; refused when the record has no resident to write to.</summary>
    public async Task<Outcome<LetterDraft>> DraftAsync(OfferTarget target, Actor actor, CancellationToken ct = default)
    {
        var subject = await SubjectAsync(target, ct);
        return subject.Succeeded
            ? Outcome<LetterDraft>.Ok(await ComposeAsync(subject.Value.Subject, subject.Value.ResidentId, actor, ct))
            : subject.As<LetterDraft>();
    }

    /// <summary>Issues the letter: stored, numbered among the record's letters, audited, and emailed or marked for post.</summary>
    public async Task<Outcome<LetterSummary>> IssueAsync(OfferTarget target, Actor actor, CancellationToken ct = default)
    {
        var subject = await SubjectAsync(target, ct);
        if (!subject.Succeeded)
        {
            return subject.As<LetterSummary>();
        }
        var draft = await ComposeAsync(subject.Value.Subject, subject.Value.ResidentId, actor, ct);
        if (!draft.IsComplete)
        {
            return Outcome<LetterSummary>.RefusedAll(draft.Missing);
        }
        var now = clock.GetUtcNow();
        var today = clock.TodayInUk();
        var letter = LetterComposer.Issue(draft, Guid.CreateVersion7(now), null, actor, now, today, null);
        (letter.FeedbackId, letter.ServiceRequestId) = (target.FeedbackId, target.ServiceRequestId);
        letter.TemplateVersion = (await LetterTemplates.InUseAsync(db, LetterKind.OfferToComplain, ct)).Version;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        letter.Number = await db.Letters.CountAsync(l => l.FeedbackId == target.FeedbackId && l.ServiceRequestId == target.ServiceRequestId && l.ComplaintId == null, ct) + 1;
        db.Letters.Add(letter);
        if (target.FeedbackId is { } feedbackId)
        {
            var feedback = await db.Feedback.SingleAsync(f => f.Id == feedbackId, ct);
            if (feedback.ToldByLetter(today) is { } error)
            {
                db.ChangeTracker.Clear();
                return Outcome<LetterSummary>.Refused(error);
            }
        }
        var (entity, entityId) = target.IsFeedback ? ("feedback", target.Id) : ("service-request", target.Id);
        db.AuditEvents.Add(audit.Record(actor, $"{entity}.offer-to-complain-sent", entity, entityId.ToString(), null, null,
            AuditTrail.Snapshot(new { letterId = letter.Id, delivery = letter.Delivery, recipient = letter.Recipient, sha256 = letter.Sha256 })));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (letter.AwaitsEmail)
        {
            mail.Nudge();
        }
        return Outcome<LetterSummary>.Created((await queries.OfferAsync(target, letter.Id, ct))!.Letter);
    }

    private async Task<LetterDraft> ComposeAsync(OfferSubject subject, Guid residentId, Actor actor, CancellationToken ct)
    {
        var settings = await settingsStore.GetAsync(db, ct);
        var resident = await db.Residents.AsNoTracking().SingleAsync(r => r.Id == residentId, ct);
        var source = await LetterTemplates.SourceAsync(db, LetterKind.OfferToComplain, ct);
        var format = await Complaints.ComplaintOperations.LetterFormatAsync(db, residentId, ct);
        return composer.ComposeOffer(subject, resident, settings, actor.Name, clock.TodayInUk(), source, format: format);
    }

    /// <summary>What the letter is about and whom to write to; not found, or refused when the feedback has no resident.</summary>
    private async Task<Outcome<(OfferSubject Subject, Guid ResidentId)>> SubjectAsync(OfferTarget target, CancellationToken ct)
    {
        if (target.FeedbackId is { } feedbackId)
        {
            var f = await db.Feedback.AsNoTracking().Where(f => f.Id == feedbackId).Select(f => new { f.ResidentId, f.Dissatisfaction, f.ReceivedOn, f.Source }).SingleOrDefaultAsync(ct);
            return f switch
            {
                null => Outcome<(OfferSubject, Guid)>.NotFound("There is no feedback with that id."),
                { ResidentId: null } => Outcome<(OfferSubject, Guid)>.Refused(new DomainError("offer-needs-resident",
                    "This feedback is not from a known resident, so there is no one to write to. Tell the person how to complain another way and record it.", "residentId")),
                _ => Outcome<(OfferSubject, Guid)>.Ok((new OfferSubject(false, null, f.Dissatisfaction, f.ReceivedOn, f.Source), f.ResidentId.Value)),
            };
        }
        var r = await db.ServiceRequests.AsNoTracking().Where(r => r.Id == target.ServiceRequestId).Select(r => new { r.ResidentId, r.Reference, r.Description, r.ReceivedOn }).SingleOrDefaultAsync(ct);
        return r is null
            ? Outcome<(OfferSubject, Guid)>.NotFound("There is no service request with that id.")
            : Outcome<(OfferSubject, Guid)>.Ok((new OfferSubject(true, r.Reference, r.Description, r.ReceivedOn, null), r.ResidentId));
    }
}
