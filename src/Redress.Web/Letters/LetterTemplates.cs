using Fluid;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Domain.Letters;
using Redress.Web.Audit;
using Redress.Web.Calendar;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Settings;

namespace Redress.Web.Letters;

/// <summary>A letter template as an administrator sees it: its text, and whether it is the shipped one.</summary>
public sealed record TemplateView(LetterKind Kind, string Source, int Version, bool Shipped, DateTime? ChangedAtUtc, string? ChangedBy)
{
    public string ETag => Complaints.ETags.For(Version);
}

/// <summary>
/// The letter templates in use (an administrator's, else the shipped one), and changing them. A template is
/// refused when it does not parse (the line named), names a field letters do not have (each with its line),
/// or drops an item the Code requires: it is rendered for sample complaints in every state its letter is
/// issued in and checked by the same rule as every letter. A change never touches a letter already issued.
/// </summary>
public sealed class LetterTemplates(RedressDbContext db, SettingsStore settingsStore, CalendarService calendars, LetterComposer composer, AuditTrail audit, TimeProvider clock)
{
    public static readonly LetterKind[] Editable =
    [
        LetterKind.Acknowledgement, LetterKind.Extension, LetterKind.Response, LetterKind.Update, LetterKind.NotAccepted, LetterKind.EscalationRefused, LetterKind.OfferToComplain,
    ];

    public async Task<TemplateView> GetAsync(LetterKind kind, CancellationToken ct = default)
    {
        var saved = await db.LetterTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind, ct);
        return saved is null
            ? new(kind, LetterComposer.DefaultSource(kind), 0, true, null, null)
            : new(kind, saved.Source, saved.Version, false, saved.ChangedAtUtc, saved.ChangedBy);
    }

    /// <summary>The source letters of this kind are rendered from now.</summary>
    public static async Task<string> SourceAsync(RedressDbContext w, LetterKind kind, CancellationToken ct) =>
        (await InUseAsync(w, kind, ct)).Source;

    /// <summary>The template in use and its version (0 for the shipped one), which each letter records.</summary>
    public static async Task<(string Source, int Version)> InUseAsync(RedressDbContext w, LetterKind kind, CancellationToken ct) =>
        await w.LetterTemplates.AsNoTracking().Where(t => t.Kind == kind).Select(t => new { t.Source, t.Version }).FirstOrDefaultAsync(ct) is { } saved
            ? (saved.Source, saved.Version)
            : (LetterComposer.DefaultSource(kind), 0);

    /// <summary>Every problem with a template, each naming what to fix; empty when it can be saved.</summary>
    public async Task<IReadOnlyList<DomainError>> CheckAsync(LetterKind kind, string? source, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return [new(ErrorCodes.Required, "Enter the template", "source")];
        }
        if (source.Length > Limits.LongText)
        {
            return [new(ErrorCodes.Required, $"The template must be {Limits.LongText:N0} characters or fewer", "source")];
        }
        if (LetterComposer.Parse(source, out var parseError) is null)
        {
            return [new("template-invalid", $"The template cannot be read: {parseError}", "source")];
        }
        var problems = new List<DomainError>();
        foreach (var (line, field) in TemplateFields.Unknown(source, await SampleModelAsync(kind, ct)))
        {
            problems.Add(new("template-unknown-field", $"Line {line}: letters have no field '{field}'", "source"));
        }
        foreach (var (draft, where) in await SampleLettersAsync(kind, source, "Handler", ct))
        {
            foreach (var missing in draft.Missing.Where(m => problems.All(p => p.Message != m.Message)))
            {
                problems.Add(missing with { Message = $"{missing.Message[..^1]}, for example {where}: the template must print it." });
            }
        }
        return problems;
    }

    /// <summary>The fields a template of this kind can use, as a sample letter of it has them.</summary>
    private async Task<Dictionary<string, object?>> SampleModelAsync(LetterKind kind, CancellationToken ct)
    {
        if (kind == LetterKind.OfferToComplain)
        {
            return LetterModel.BuildOffer(OfferSamples[0], "Sam Sample", await settingsStore.GetAsync(db, ct), "Handler");
        }
        var (first, complaint) = (await SamplesAsync(kind, ct))[0];
        return LetterModel.Build(complaint, complaint.Stage, "Sam Sample", first.Settings, "Handler");
    }

    /// <summary>The template rendered for each sample its letter is issued in, with where ("at stage 2", "after feedback").</summary>
    private async Task<List<(LetterDraft Draft, string Where)>> SampleLettersAsync(LetterKind kind, string source, string signer, CancellationToken ct)
    {
        if (kind == LetterKind.OfferToComplain)
        {
            var settings = await settingsStore.GetAsync(db, ct);
            return [.. OfferSamples.Select(o => (composer.ComposeOffer(o, Sample.Resident, settings, signer, SampleToday, source, keepParsed: false),
                o.ServiceRequest ? "after a service request" : "after feedback"))];
        }
        return [.. (await SamplesAsync(kind, ct)).Select(x => (composer.Compose(kind, x.Complaint, Sample.Resident, x.Sample.Settings, signer, x.Sample.Today, source, keepParsed: false),
            $"at stage {x.Complaint.Stage}"))];
    }

    private static readonly DateOnly SampleToday = new(2026, 6, 30);

    /// <summary>An offer to complain after feedback, and after a service request (Code 1.6, 1.5).</summary>
    private static readonly OfferSubject[] OfferSamples =
    [
        new(false, null, "The repair took three visits and nobody told me when they were coming.", new DateOnly(2026, 6, 1), "the repairs satisfaction survey, June 2026"),
        new(true, "SR-2026-000042", "Fix the leaking kitchen tap", new DateOnly(2026, 6, 2), null),
    ];

    /// <summary>A template rendered for a sample complaint, for the preview; null when it cannot be rendered.</summary>
    public async Task<LetterDraft?> PreviewAsync(LetterKind kind, string source, CancellationToken ct = default)
    {
        if (LetterComposer.Parse(source, out _) is null)
        {
            return null;
        }
        return (await SampleLettersAsync(kind, source, "Sam Patel", ct))[^1].Draft;
    }

    /// <summary>
    /// A template rendered for the real complaint with <paramref name="reference"/>, as its letter would be if issued
    /// on it today, with what that letter would lack; Found is false when no complaint has the reference, Draft null
    /// when the template does not parse.
    /// </summary>
    public async Task<(LetterDraft? Draft, bool Found)> PreviewOnAsync(LetterKind kind, string source, string reference, CancellationToken ct = default)
    {
        if (kind == LetterKind.OfferToComplain)
        {
            return (null, false); // about feedback or a service request, never a complaint
        }
        var wanted = reference.Trim().ToUpperInvariant();
        var id = await db.Complaints.AsNoTracking().Where(c => c.Reference == wanted).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            return (null, false);
        }
        if (LetterComposer.Parse(source, out _) is null)
        {
            return (null, true);
        }
        var complaint = (await Complaints.ComplaintOperations.Load(db.Complaints.AsNoTracking(), id.Value, ct))!;
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == complaint.ResidentId, ct);
        var settings = await settingsStore.GetAsync(db, ct);
        var signer = complaint.CurrentStage.HandlerId is { } handler
            ? await db.Users.AsNoTracking().Where(u => u.Id == handler).Select(u => u.Name).FirstOrDefaultAsync(ct)
            : null;
        return (composer.Compose(kind, complaint, resident, settings, signer ?? "The complaint handler", Time.UkTime.TodayInUk(clock), source, keepParsed: false), true);
    }

    public async Task<Outcome<TemplateView>> SaveAsync(LetterKind kind, string? source, string? ifMatch, Actor actor, CancellationToken ct = default)
    {
        if (await CheckAsync(kind, source, ct) is { Count: > 0 } problems)
        {
            return Outcome<TemplateView>.RefusedAll(problems);
        }
        var current = await db.LetterTemplates.FirstOrDefaultAsync(t => t.Kind == kind, ct);
        if (!Complaints.ETags.Matches(ifMatch, current?.Version ?? 0))
        {
            return Outcome<TemplateView>.Stale("Someone else changed this template while you were editing it.");
        }
        var before = current?.Source ?? LetterComposer.DefaultSource(kind);
        if (current is null)
        {
            current = new LetterTemplate { Kind = kind };
            db.LetterTemplates.Add(current);
        }
        current.Source = source!;
        current.Version++;
        current.ChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        current.ChangedBy = actor.Name;
        db.AuditEvents.Add(audit.Record(actor, "letter-template.changed", "letter-template", kind.ToString(), null,
            AuditTrail.Snapshot(new { source = before }), AuditTrail.Snapshot(new { source })));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome<TemplateView>.Stale("Someone else changed this template at the same moment.");
        }
        return Outcome<TemplateView>.Ok(await GetAsync(kind, ct));
    }

    /// <summary>Goes back to the shipped template.</summary>
    public async Task<Outcome<TemplateView>> ResetAsync(LetterKind kind, string? ifMatch, Actor actor, CancellationToken ct = default)
    {
        var current = await db.LetterTemplates.FirstOrDefaultAsync(t => t.Kind == kind, ct);
        if (current is null)
        {
            return Outcome<TemplateView>.Ok(await GetAsync(kind, ct));
        }
        if (!Complaints.ETags.Matches(ifMatch, current.Version))
        {
            return Outcome<TemplateView>.Stale("Someone else changed this template while you were looking at it.");
        }
        db.LetterTemplates.Remove(current);
        db.AuditEvents.Add(audit.Record(actor, "letter-template.reset", "letter-template", kind.ToString(), null,
            AuditTrail.Snapshot(new { source = current.Source }), AuditTrail.Snapshot(new { source = LetterComposer.DefaultSource(kind) })));
        await db.SaveChangesAsync(ct);
        return Outcome<TemplateView>.Ok(await GetAsync(kind, ct));
    }

    private sealed record Sample(LandlordSettings Settings, DateOnly Today)
    {
        public static readonly Resident Resident = new() { Name = "Sam Sample", Email = "sam.sample@example.org", Address = "1 Sample Street\nTown\nAB1 2CD" };
    }

    /// <summary>
    /// Sample complaints in each state a letter of this kind is issued in, with every item a letter can carry
    /// (points, a matter the landlord is not responsible for, a clarification, a remedy, an outstanding action).
    /// </summary>
    private async Task<List<(Sample Sample, Complaint Complaint)>> SamplesAsync(LetterKind kind, CancellationToken ct)
    {
        var settings = await settingsStore.GetAsync(db, ct);
        var calendar = await calendars.CurrentAsync(db, settings, ct);
        var today = SampleToday;
        var context = new ComplaintContext(today, calendar, Guid.NewGuid);
        var sample = new Sample(settings, today);
        var handler1 = Guid.NewGuid();
        var handler2 = Guid.NewGuid();
        static T Ok<T>(T value, DomainError? error) => error is null ? value : throw new InvalidOperationException($"The sample complaint was refused: {error}");
        Definition Definition() => new()
        {
            Summary = "The kitchen tap has leaked since October and three repair visits did not fix it.",
            Points = ["Repair not completed", "Missed appointments"],
            OutcomesSought = ["The tap repaired", "Compensation for the missed appointments"],
            NotResponsibleFor = [new() { Matter = "the water pressure in the street", ResponsibleParty = "The water company" }],
            ClarificationSought = "Which days are best for a visit?",
        };
        Complaint Received()
        {
            var (complaint, error) = Complaint.Receive(Guid.NewGuid(), "CMP-2026-000123", new ReceiptDetails
            {
                ReceivedOn = new DateOnly(2026, 1, 5), Channel = Channel.Email, ResidentId = Guid.NewGuid(),
                Description = "My kitchen tap still leaks after three visits.", Category = "repairs",
            }, settings.ReceiptPolicy, settings.Timescales, context);
            return Ok(complaint!, error);
        }
        Complaint Acknowledged()
        {
            var c = Received();
            return Ok(c, c.Acknowledge(new DateOnly(2026, 1, 6), handler1, Definition(), context));
        }
        Complaint Responded(Complaint c, DateOnly on) => Ok(c, c.Respond(new ResponseDetails(on, Decision.PartlyUpheld,
            [.. c.CurrentStage.Definition!.Points.Select((p, i) => new FindingDetails(p, i == 0 ? Decision.Upheld : Decision.NotUpheld, $"What the records show about {p.ToLowerInvariant()}."))],
            "We should have ordered the part after the first visit.",
            [new RemedyDetails(RemedyType.Financial, "Compensation for the delay", 7500, on.AddDays(14))],
            [new ActionDetails("Replace the kitchen tap", on.AddDays(7), "Repairs team")]), settings.EscalationRoute(c.Stage), context));
        Complaint AtStage2()
        {
            var c = Responded(Acknowledged(), new DateOnly(2026, 1, 16));
            Ok(c, c.Escalate(new EscalationDetails(new DateOnly(2026, 1, 20), null, null), settings.ReceiptPolicy, settings.Timescales, context));
            return Ok(c, c.Acknowledge(new DateOnly(2026, 1, 21), handler2, Definition(), context));
        }
        List<Complaint> complaints = kind switch
        {
            LetterKind.Acknowledgement => [Acknowledged(), AtStage2()],
            LetterKind.Extension => [Extended(Acknowledged()), Extended(AtStage2())],
            LetterKind.Response => [Responded(Acknowledged(), new DateOnly(2026, 1, 16)), Responded(AtStage2(), new DateOnly(2026, 2, 10))],
            // Updates while a response is extended, on outstanding actions, and on both at once.
            LetterKind.Update => [Updated(Extended(Acknowledged())), Updated(Responded(Acknowledged(), new DateOnly(2026, 1, 16))), Updated(Extended(AtStage2()))],
            LetterKind.NotAccepted => [NotAccepted(Received())],
            LetterKind.EscalationRefused => [Refused(Responded(Acknowledged(), new DateOnly(2026, 1, 16)))],
            _ => [Acknowledged()],
        };
        return [.. complaints.Select(c => (sample, c))];

        Complaint Extended(Complaint c) => Ok(c, c.Extend(new ExtensionDetails(5, "We are waiting for the plumber's report.", c.CurrentStage.AcknowledgedOn!.Value.AddDays(1), null, 5),
            settings.Ombudsman.AsText(), context));
        Complaint Updated(Complaint c) => Ok(c, c.SendUpdate(new UpdateDetails(
            (c.CurrentStage.Extensions is [.., var last] ? last.NotifiedOn : c.CurrentStage.RespondedOn!.Value).AddDays(2),
            "The plumber visited and has ordered a new part."), context));
        Complaint NotAccepted(Complaint c) => Ok(c, c.NotAccept(new RefusalDetails(RefusalReason.Other,
            "This is your first request for the repair, which we have now booked.", new DateOnly(2026, 1, 6), null), context));
        Complaint Refused(Complaint c) => Ok(c, c.RefuseEscalation(new DateOnly(2026, 1, 20), new RefusalDetails(RefusalReason.PreviouslyConsidered,
            "We answered this same complaint in 2025 (CMP-2025-000042).", new DateOnly(2026, 1, 21), null), context));
    }
}
