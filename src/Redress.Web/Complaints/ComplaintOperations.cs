using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Calendar;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Letters;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Complaints;

/// <summary>A change to apply to a loaded complaint; returns null when it succeeded.</summary>
public delegate DomainError? ComplaintChange(Complaint complaint, ComplaintContext context, LandlordSettings settings);

/// <summary>Every reason a change would be refused (the domain's list rule for it), for a form to show them all at once.</summary>
public delegate IReadOnlyList<DomainError> ComplaintProblems(Complaint complaint, ComplaintContext context, LandlordSettings settings);

/// <summary>
/// The operations on complaints that pages and the API both call. Every state change is one
/// transaction holding the change and its audit event; a refusal saves nothing.
/// </summary>
public sealed partial class ComplaintOperations(
    RedressDbContext db,
    SettingsStore settingsStore,
    CalendarService calendars,
    AuditTrail audit,
    DatabaseWriter writer,
    ReferenceNumbers references,
    Categories.CategoryCatalogue categories,
    LetterComposer letters,
    LetterMail letterMail,
    TimeProvider clock)
{
    public async Task<Outcome<ComplaintView>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var complaint = await Load(db.Complaints.AsNoTracking(), id, ct);
        if (complaint is null)
        {
            return NotFound();
        }
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == complaint.ResidentId, ct);
        return Outcome<ComplaintView>.Ok(ComplaintView.From(complaint, resident));
    }

    public async Task<Outcome<ComplaintView>> CreateAsync(NewComplaint input, Actor actor, CancellationToken ct = default)
    {
        // Everything but numbering and saving happens before the writer: on SQLite only the writer is serial.
        var (settings, context) = await ContextAsync(ct);
        var resident = await ResolveResidentAsync(input, ct);
        if (resident is null)
        {
            return Outcome<ComplaintView>.Invalid("residentId", "There is no resident with that id.");
        }
        if (await CheckSourceAsync(input, resident.Id, ct) is { } invalid)
        {
            return invalid;
        }
        if (await categories.CheckNewAsync(db, input.Category, ct: ct) is { } category)
        {
            return Outcome<ComplaintView>.Refused(category);
        }
        var (complaint, error) = Receive(input, resident.Id, null, settings, context);
        if (error is not null)
        {
            return Refuse(error);
        }
        return await SaveNewAsync(complaint!, resident, input.ResidentId is null, actor, null, ct, input.FeedbackId);
    }

    /// <summary>
    /// Code 1.3, 3.6: a representative named on a complaint acts for the resident, so they are recorded among the
    /// resident's representatives (with the authority given) unless one of that name is already recorded.
    /// </summary>
    private async Task RecordRepresentativeAsync(RedressDbContext w, Complaint complaint, Guid residentId, bool isNewResident, Actor actor, CancellationToken ct)
    {
        if (complaint.Representative is not { } rep)
        {
            return;
        }
        var name = rep.Name.Trim().ToLower();
        // ToLower translates on both databases; a comparison with StringComparison does not.
#pragma warning disable CA1862
        if (!isNewResident && await w.ResidentRepresentatives.AnyAsync(r => r.ResidentId == residentId && r.EndedOn == null && r.Name.ToLower() == name, ct))
#pragma warning restore CA1862
        {
            return;
        }
        var representative = new ResidentRepresentative
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), ResidentId = residentId, Name = rep.Name.Trim(), Relationship = rep.Relationship, Email = rep.Email, Phone = rep.Phone,
            Authority = rep.Authority, RecordedOn = complaint.ReceivedOn, RecordedBy = actor.Name,
        };
        w.ResidentRepresentatives.Add(representative);
        w.AuditEvents.Add(audit.Created(actor, "resident.representative-added", "resident", residentId.ToString(), complaint.Id, representative));
    }

    /// <summary>Code 1.6: the feedback records the complaint raised from it, in the complaint's transaction.</summary>
    private async Task LinkFeedbackAsync(RedressDbContext w, Guid feedbackId, Complaint complaint, Actor actor, CancellationToken ct)
    {
        // Read inside the insert's transaction; the version check stops a second complaint.
        var feedback = await w.Feedback.SingleAsync(f => f.Id == feedbackId, ct);
        if (feedback.ComplaintRaised(complaint.Id, complaint.ReceivedOn) is { } error)
        {
            throw new DomainException(error);
        }
        w.AuditEvents.Add(audit.Record(actor, "feedback.complaint-raised", "feedback", feedbackId.ToString(), complaint.Id, null,
            AuditTrail.Snapshot(new { complaintId = complaint.Id })));
    }

    /// <summary>
    /// Code 1.5 and 1.6: a complaint about a service request is the same resident's, and the request stays
    /// as it is; a complaint from feedback can be raised once.
    /// </summary>
    private async Task<Outcome<ComplaintView>?> CheckSourceAsync(NewComplaint input, Guid residentId, CancellationToken ct)
    {
        if (input.ServiceRequestId is { } requestId
            && !await db.ServiceRequests.AnyAsync(r => r.Id == requestId && r.ResidentId == residentId, ct))
        {
            return Outcome<ComplaintView>.Invalid("serviceRequestId", "There is no service request with that id for this resident.");
        }
        if (input.FeedbackId is { } feedbackId
            && !await db.Feedback.AnyAsync(f => f.Id == feedbackId && f.ComplaintId == null, ct))
        {
            return Outcome<ComplaintView>.Invalid("feedbackId", "There is no feedback with that id waiting for a complaint.");
        }
        return null;
    }

    /// <summary>Numbers a received complaint and inserts it with its audit event (and any extra event) in one transaction.</summary>
    private async Task<Outcome<ComplaintView>> SaveNewAsync(Complaint complaint, Resident resident, bool isNewResident, Actor actor, AuditEvent? alsoRecord, CancellationToken ct, Guid? feedbackId = null)
    {
        try
        {
            return await InsertNewAsync(complaint, resident, isNewResident, actor, alsoRecord, feedbackId, ct);
        }
        catch (DomainException e)
        {
            // A rule refused inside the insert's transaction (feedback already raised a complaint): nothing was saved.
            return Refuse(e.Error);
        }
    }

    private Task<Outcome<ComplaintView>> InsertNewAsync(Complaint complaint, Resident resident, bool isNewResident, Actor actor, AuditEvent? alsoRecord, Guid? feedbackId, CancellationToken ct) =>
        writer.InsertAsync(async (w, c) =>
        {
            complaint.AssignReference(await NextReferenceAsync(w, complaint.ReceivedOn.Year, c));
            if (isNewResident)
            {
                w.Residents.Add(resident);
            }
            w.Complaints.Add(complaint);
            var view = ComplaintView.From(complaint, resident);
            w.AuditEvents.Add(audit.Created(actor, ComplaintAction.Receive.AuditCode, "complaint", complaint.Id.ToString(), complaint.Id, view));
            await RecordRepresentativeAsync(w, complaint, resident.Id, isNewResident, actor, c);
            if (feedbackId is { } fromFeedback)
            {
                await LinkFeedbackAsync(w, fromFeedback, complaint, actor, c);
            }
            if (alsoRecord is not null)
            {
                w.AuditEvents.Add(alsoRecord);
            }
            return Outcome<ComplaintView>.Created(view);
        }, ct);

    /// <summary>
    /// Applies one action to one complaint: checks If-Match, runs the aggregate's method, and saves the
    /// change with an audit event of what differs, or nothing when the method refused. A new handler named
    /// by the action must be someone who can hold complaints.
    /// </summary>
    public async Task<Outcome<ComplaintView>> ApplyAsync(Guid id, string? ifMatch, ComplaintAction action, Actor actor, ComplaintChange change, CancellationToken ct = default) =>
        await ApplyAsync(id, new ChangeOptions(ifMatch, null), action, actor, change, ct);

    /// <summary>The same, for an action that gives the complaint to <see cref="ChangeOptions.NewHandler"/>.</summary>
    public async Task<Outcome<ComplaintView>> ApplyAsync(Guid id, ChangeOptions options, ComplaintAction action, Actor actor, ComplaintChange change, CancellationToken ct = default)
    {
        if (await CheckNewHandlerAsync(options, ct) is { } notAHolder)
        {
            return Outcome<ComplaintView>.Refused(notAHolder);
        }
        var (settings, context) = await ContextAsync(ct);
        return await ApplyWithAsync(db, id, options.IfMatch, new Change(action, actor, change, settings, context, options.External), ct);
    }

    /// <summary>
    /// Tries a change on the complaint as it is now, without saving anything: the refusals the rules would
    /// give (the action's, or each item its letter would miss), or none and the letter that recording it
    /// would issue. Journeys use it before their check page.
    /// </summary>
    public async Task<Trial> TryAsync(Guid id, ChangeOptions options, ComplaintAction action, Actor actor, ComplaintChange change, ComplaintProblems? problems = null,
        CancellationToken ct = default)
    {
        if (await CheckNewHandlerAsync(options, ct) is { } notAHolder)
        {
            return new([notAHolder], null);
        }
        var complaint = await Load(db.Complaints.AsNoTracking(), id, ct);
        if (complaint is null)
        {
            return new([new DomainError("not-found", "There is no complaint with that id.")], null);
        }
        if (!ETags.Matches(options.IfMatch, complaint.Version))
        {
            return new([Outcome<ComplaintView>.Stale("The complaint has changed since you read it. Go back to the complaint and start again.").Error!], null);
        }
        var (settings, context) = await ContextAsync(ct);
        if (complaint.WhyNot(action) is null && problems?.Invoke(complaint, context, settings) is { Count: > 0 } all)
        {
            return new(all, null);
        }
        if (Run(() => change(complaint, context, settings)) is { } refused)
        {
            return new([refused], null);
        }
        if (action.Letter is not { } kind || options.External is not null)
        {
            return new([], null);
        }
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == complaint.ResidentId, ct);
        var draft = letters.Compose(kind, complaint, resident, settings, await SignerAsync(db, complaint, actor, ct), context.Today, await LetterTemplates.SourceAsync(db, kind, ct),
            format: await LetterFormatAsync(db, complaint.ResidentId, ct));
        return new(draft.Missing, draft);
    }

    /// <summary>
    /// Code 5.9, 6.6, 6.17: the date to promise the next update by if one is sent today (the agreed interval, the next
    /// action's date), and what the resident is owed updates about; null date when neither gives one.
    /// </summary>
    public async Task<(DateOnly? Next, UpdateReasons Owed)> NextUpdateSuggestionAsync(Guid id, CancellationToken ct = default)
    {
        var complaint = await Load(db.Complaints.AsNoTracking(), id, ct);
        if (complaint is null)
        {
            return (null, UpdateReasons.None);
        }
        var (_, context) = await ContextAsync(ct);
        var owed = complaint.UpdatesOwed();
        return (complaint.DefaultNextUpdate(context.Today, owed, context.Calendar), owed);
    }

    /// <summary>What a change would do: its refusals (none when it would be recorded) and the letter it would issue.</summary>
    public sealed record Trial(IReadOnlyList<DomainError> Refusals, LetterDraft? Letter);

    /// <summary>Code 5.10: the format the resident's letters go in under an adjustment in force (large print first), or null.</summary>
    internal static async Task<Domain.Letters.LetterFormat?> LetterFormatAsync(RedressDbContext w, Guid residentId, CancellationToken ct)
    {
        var formats = await w.SupportNeeds.AsNoTracking()
            .Where(n => n.ResidentId == residentId && n.EndedOn == null && n.LetterFormat != null)
            .Select(n => n.LetterFormat).ToListAsync(ct);
        return formats.Contains(Domain.Letters.LetterFormat.LargePrint) ? Domain.Letters.LetterFormat.LargePrint : formats.FirstOrDefault();
    }

    /// <summary>Who signs a complaint's letters: the handler of its current stage, else the person recording the step.</summary>
    private static async Task<string> SignerAsync(RedressDbContext w, Complaint complaint, Actor actor, CancellationToken ct) =>
        complaint.CurrentStage.HandlerId is { } handler
            ? await w.Users.AsNoTracking().Where(u => u.Id == handler).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? actor.Name
            : actor.Name;

    /// <summary>Refuses a new handler who is unknown or cannot hold complaints; null when none is named or they can.</summary>
    private async Task<DomainError?> CheckNewHandlerAsync(ChangeOptions options, CancellationToken ct) =>
        options.NewHandler is { } handler ? ComplaintHolders.Check(await RolesOfAsync(handler, ct)) : null;

    /// <summary>The roles of a user, or null when there is no such user.</summary>
    private async Task<IReadOnlyCollection<string>?> RolesOfAsync(Guid userId, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return null;
        }
        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where ur.UserId == userId
                      select r.Name!).ToListAsync(ct);
    }

    private sealed record Change(ComplaintAction Action, Actor Actor, ComplaintChange Apply, LandlordSettings Settings, ComplaintContext Context, ExternalLetter? External);

    private async Task<Outcome<ComplaintView>> ApplyWithAsync(RedressDbContext w, Guid id, string? ifMatch, Change change, CancellationToken ct)
    {
        var complaint = await Load(w.Complaints, id, ct);
        if (complaint is null)
        {
            return NotFound();
        }
        if (!ETags.Matches(ifMatch, complaint.Version))
        {
            return Outcome<ComplaintView>.Stale($"The complaint has changed since you read it (it is now version {complaint.Version}). Read it again and retry.");
        }

        var resident = await w.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == complaint.ResidentId, ct);
        var before = AuditTrail.Snapshot(ComplaintView.From(complaint, resident));
        var error = Run(() => change.Apply(complaint, change.Context, change.Settings));
        if (error is not null)
        {
            w.ChangeTracker.Clear();
            return Outcome<ComplaintView>.Refused(error);
        }

        Letter? letter = null;
        if (change.Action.Letter is { } kind)
        {
            // The letter is issued in the same transaction as the step it records: the clocks and letters never disagree.
            var template = await LetterTemplates.InUseAsync(w, kind, ct);
            var draft = letters.Compose(kind, complaint, resident, change.Settings, await SignerAsync(w, complaint, change.Actor, ct), change.Context.Today,
                template.Source, format: await LetterFormatAsync(w, complaint.ResidentId, ct));
            if (change.External is null && !draft.IsComplete)
            {
                w.ChangeTracker.Clear();
                return Outcome<ComplaintView>.RefusedAll(draft.Missing);
            }
            letter = LetterComposer.Issue(draft, change.Context.NewId(), id, change.Actor, clock.GetUtcNow(), change.Context.Today, change.External);
            letter.Number = await w.Letters.CountAsync(l => l.ComplaintId == id, ct) + 1;
            letter.TemplateVersion = change.External is null ? template.Version : null;
            w.Letters.Add(letter);
        }

        var view = ComplaintView.From(complaint, resident);
        w.AuditEvents.Add(audit.Record(change.Actor, change.Action.AuditCode, "complaint", id.ToString(), id, before, AuditTrail.Snapshot(view)));
        if (letter is not null)
        {
            w.AuditEvents.Add(audit.Record(change.Actor, ComplaintAction.LetterIssued, "letter", letter.Id.ToString(), id, null, AuditTrail.Snapshot(new
            {
                kind = letter.Kind, stage = letter.Stage, delivery = letter.Delivery, recipient = letter.Recipient, sha256 = letter.Sha256,
                issuedExternally = letter.IssuedExternally, externalReference = letter.ExternalReference,
            })));
        }
        try
        {
            await w.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            w.ChangeTracker.Clear();
            return Outcome<ComplaintView>.Stale("Someone else changed the complaint at the same moment. Read it again and retry.");
        }
        if (letter is { AwaitsEmail: true })
        {
            letterMail.Nudge();
        }
        return Outcome<ComplaintView>.Ok(view);
    }

    /// <summary>
    /// Code 6.8: a new point joins this complaint when related and its stage 1 response is not issued
    /// (<see cref="Complaint.TakesPoint"/>); otherwise it becomes a new complaint linked to this one.
    /// </summary>
    public async Task<Outcome<ComplaintView>> AddPointAsync(Guid id, string point, bool related, DateOnly? raisedOn, string? ifMatch, Actor actor, CancellationToken ct = default)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (complaint is null)
        {
            return NotFound();
        }
        if (complaint.AnswersPoint(related))
        {
            // Joins the definition, or is refused with the reason the complaint takes no points.
            return await ApplyAsync(id, ifMatch, ComplaintAction.AddPoint, actor, (c, _, _) => c.AddPoint(point, related), ct);
        }
        if (!ETags.Matches(ifMatch, complaint.Version))
        {
            return Outcome<ComplaintView>.Stale($"The complaint has changed since you read it (it is now version {complaint.Version}). Read it again and retry.");
        }
        return await LogPointAsNewComplaintAsync(id, point, raisedOn, actor, ct);
    }

    private async Task<Outcome<ComplaintView>> LogPointAsNewComplaintAsync(Guid id, string point, DateOnly? raisedOn, Actor actor, CancellationToken ct)
    {
        var original = await db.Complaints.AsNoTracking().FirstAsync(c => c.Id == id, ct);
        var resident = await db.Residents.AsNoTracking().FirstAsync(r => r.Id == original.ResidentId, ct);
        var (settings, context) = await ContextAsync(ct);
        var input = new NewComplaint(raisedOn ?? context.Today, null, original.Channel, actor.Name, original.ResidentId, null,
            original.Representative, point, original.Category, null, null, original.VulnerabilityNotes);
        var (complaint, error) = Receive(input, original.ResidentId, original.Id, settings, context);
        if (error is not null)
        {
            return Refuse(error);
        }
        var link = audit.Record(actor, ComplaintAction.LogPointAsNewComplaint.AuditCode, "complaint", id.ToString(), id, null,
            AuditTrail.Snapshot(new { point, newComplaintId = complaint!.Id }));
        return await SaveNewAsync(complaint, resident, false, actor, link, ct);
    }

    private Result<Complaint> Receive(
        NewComplaint input, Guid residentId, Guid? relatedId, LandlordSettings settings, ComplaintContext context)
    {
        var request = new ReceiptDetails
        {
            ReceivedOn = input.ReceivedOn,
            ReceivedAtUtc = input.ReceivedAtUtc,
            ReceivedTimeUk = input.ReceivedAtUtc is { } at ? UkTime.ToUkTime(at) : null,
            Channel = input.Channel,
            ReceivedBy = input.ReceivedBy,
            ResidentId = residentId,
            Representative = input.Representative,
            Description = input.Description,
            Category = input.Category,
            IssueOccurredOn = input.IssueOccurredOn,
            ResidentAwareOn = input.ResidentAwareOn,
            VulnerabilityNotes = input.VulnerabilityNotes,
            RelatedComplaintId = relatedId,
            ServiceRequestId = input.ServiceRequestId,
            DiscretionConsidered = input.DiscretionConsidered,
        };
        Result<Complaint> result = default;
        var error = Run(() =>
        {
            result = Complaint.Receive(Guid.CreateVersion7(clock.GetUtcNow()), "", request, settings.ReceiptPolicy, settings.Timescales, context);
            return result.Error;
        });
        if (error is not null && (error.Code == ErrorCodes.CalendarYearNotLoaded || error.Field == "receivedOn"))
        {
            // The calendar error is about the date received; both name the field the caller gave.
            error = error with { Field = input.ReceivedAtUtc is null ? "receivedOn" : "receivedAt" };
        }
        return error is null ? result.Value! : error;
    }

    private async Task<Resident?> ResolveResidentAsync(NewComplaint input, CancellationToken ct)
    {
        if (input.ResidentId is { } residentId)
        {
            return await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == residentId, ct);
        }
        var details = input.Resident!;
        return new Resident
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Name = details.Name,
            Email = details.Email,
            Phone = details.Phone,
            Address = details.Address,
            Tenure = details.Tenure,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
    }

    /// <summary>
    /// CMP-YYYY-NNNNNN: the year received and a number that never repeats. PostgreSQL draws it from a
    /// sequence (no lock held to commit); SQLite, with one writer at a time, from a counter row.
    /// </summary>
    private async Task<string> NextReferenceAsync(RedressDbContext w, int year, CancellationToken ct)
    {
        var next = writer.IsSqlite ? await Counters.NextAsync(w, Counters.Complaints, ct) : await references.NextAsync(w, ct);
        return $"CMP-{year}-{next:000000}";
    }

    private async Task<(LandlordSettings Settings, ComplaintContext Context)> ContextAsync(CancellationToken ct)
    {
        var settings = await settingsStore.GetAsync(db, ct);
        var calendar = await calendars.CurrentAsync(db, settings, ct);
        return (settings, new ComplaintContext(clock.TodayInUk(), calendar, () => Guid.CreateVersion7(clock.GetUtcNow())));
    }

    private static DomainError? Run(Func<DomainError?> change)
    {
        try
        {
            return change();
        }
        catch (DomainException e)
        {
            return e.Error;
        }
    }

    private Outcome<ComplaintView> Refuse(DomainError error)
    {
        db.ChangeTracker.Clear();
        return Outcome<ComplaintView>.Refused(error);
    }

    private static Outcome<ComplaintView> NotFound() => Outcome<ComplaintView>.NotFound("There is no complaint with that id.");

    internal static Task<Complaint?> Load(IQueryable<Complaint> complaints, Guid id, CancellationToken ct) => complaints
        .Include(c => c.Stages).ThenInclude(s => s.Extensions)
        .Include(c => c.Stages).ThenInclude(s => s.Findings)
        .Include(c => c.Remedies)
        .Include(c => c.OutstandingActions)
        .Include(c => c.Updates)
        .AsSplitQuery()
        .FirstOrDefaultAsync(c => c.Id == id, ct);
}

/// <summary>How a change is made: the ETag the caller read, the handler the action gives the complaint to, if any, and whether another system issued its letter.</summary>
public sealed record ChangeOptions(string? IfMatch, Guid? NewHandler, ExternalLetter? External = null);

public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>True when no If-Match was sent, it is "*", or one of its tags names the current version.</summary>
    public static bool Matches(string? ifMatch, int version)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return true;
        }
        var current = For(version);
        return ifMatch.Split(',').Select(t => t.Trim()).Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t).Contains(current);
    }
}
