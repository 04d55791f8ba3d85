using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Letters;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Documents;
using Redress.Web.Settings;

namespace Redress.Web.Letters;

/// <summary>
/// Code 5.12: a complaint's whole record in one PDF, for the Ombudsman or a subject access request: the complaint
/// as received, each stage (its definition, extensions, findings and decision), every letter (listed with its
/// SHA-256, then in full), the correspondence and the files attached to it, remedies and outstanding actions,
/// and the timeline of the audit trail. The zip holds that PDF with the originals: each letter's PDF as stored and
/// each attached file as received. Each export is an audit event.
/// </summary>
public sealed class EvidenceBundle(
    ComplaintOperations complaints, CorrespondenceOperations correspondence, RedressDbContext db, SettingsStore settings, AuditTrail audit)
{
    /// <summary>The record's PDF, with the letters and correspondence it was made from (the zip adds their originals).</summary>
    public sealed record Bundle(string Reference, byte[] Pdf, IReadOnlyList<Letter> Letters, IReadOnlyList<CorrespondenceView> Correspondence);

    public async Task<Bundle?> PdfAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var bundle = await BuildAsync(id, ct);
        if (bundle is not null)
        {
            await RecordAsync(id, actor, "pdf", ct);
        }
        return bundle;
    }

    /// <summary>The bundle's PDF with the originals, as a zip; null when there is no such complaint.</summary>
    public async Task<(string Reference, byte[] Zip)?> ZipAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var bundle = await BuildAsync(id, ct);
        if (bundle is null)
        {
            return null;
        }
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            await AddAsync(zip, $"{bundle.Reference} record.pdf", bundle.Pdf, ct);
            foreach (var l in bundle.Letters.Where(l => l.Pdf is not null))
            {
                await AddAsync(zip, $"letters/{l.Number:00}-{l.Kind.ToString().ToLowerInvariant()}.pdf", l.Pdf!, ct);
            }
            foreach (var item in bundle.Correspondence)
            {
                foreach (var a in item.Attachments)
                {
                    if (await correspondence.OpenAsync(id, a.Id, ct) is { } file)
                    {
                        await using var content = file.Content;
                        var entry = zip.CreateEntry($"correspondence/{item.OccurredOn:yyyy-MM-dd}-{a.Id.ToString()[..8]}-{Safe(a.FileName)}");
                        await using var into = await entry.OpenAsync(ct);
                        await content.CopyToAsync(into, ct);
                    }
                }
            }
        }
        await RecordAsync(id, actor, "zip", ct);
        return (bundle.Reference, output.ToArray());
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] bytes, CancellationToken ct)
    {
        await using var into = await zip.CreateEntry(name).OpenAsync(ct);
        await into.WriteAsync(bytes, ct);
    }

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));

    private async Task RecordAsync(Guid id, Actor actor, string form, CancellationToken ct)
    {
        db.AuditEvents.Add(audit.Record(actor, "complaint.evidence-exported", "complaint", id.ToString(), id, null, AuditTrail.Snapshot(new { form })));
        await db.SaveChangesAsync(ct);
    }

    private async Task<Bundle?> BuildAsync(Guid id, CancellationToken ct)
    {
        var outcome = await complaints.GetAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return null;
        }
        var c = outcome.Value!;
        var landlord = (await settings.GetAsync(db, ct)).LandlordName;
        var handlers = c.Stages.Where(s => s.HandlerId is not null).Select(s => s.HandlerId!.Value).ToList();
        var names = await db.Users.AsNoTracking().Where(u => handlers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var letters = await db.Letters.AsNoTracking().Where(l => l.ComplaintId == id).OrderBy(l => l.Number).ToListAsync(ct);
        var messages = await correspondence.ListAsync(id, ct) ?? [];
        var trail = await complaints.AuditAsync(id, ct) ?? [];

        var pdf = new PdfWriter($"{landlord}: complaint {c.Reference}, the whole record", $"{landlord} complaint {c.Reference}");
        pdf.Heading($"Complaint {c.Reference}: the whole record", 1);
        pdf.Paragraph($"{landlord}. Made from the complaint's record for the Housing Ombudsman or a subject access request. It lists every letter with the SHA-256 of its PDF; the zip of this record holds each letter's PDF and each attached file as kept.");

        pdf.Heading("The complaint as received", 2);
        Rows(pdf, [
            ("Received", $"{Display.Date(c.ReceivedOn)}{(c.ReceivedAt is { } at ? $" at {Display.Instant(at)}" : "")}, by {Display.Words(c.Channel).ToLowerInvariant()}{(c.ReceivedBy is { } by ? $", taken by {by}" : "")}"),
            ("Resident", c.Resident is { } who ? $"{who.Name}; {who.Address}; {who.Email} {who.Phone}".Trim() : "Not recorded"),
            ("Representative", c.Representative is { } rep ? $"{rep.Name} ({rep.Relationship}), authority: {rep.Authority}" : "None"),
            ("What the resident said", c.Description),
            ("Category", c.Category),
            ("When it happened", $"{(c.IssueOccurredOn is { } on ? Display.Date(on) : "Not recorded")}{(c.ResidentAwareOn is { } aware ? $"; the resident became aware {Display.Date(aware)}" : "")}"),
            ("Status now", $"{Display.Words(c.Status)} at stage {c.Stage}"),
        ]);
        if (c.Refusal is { } refusal)
        {
            Rows(pdf, [("Not accepted or escalation refused", $"{Display.Words(refusal.Reason)} on {Display.Date(refusal.DecidedOn)}: {refusal.Explanation}")]);
        }

        foreach (var s in c.Stages)
        {
            pdf.Heading($"Stage {s.Stage}", 2);
            Rows(pdf, [
                ("Requested", Display.Date(s.RequestedOn)),
                ("Acknowledge by / acknowledged", $"{Display.Date(s.AcknowledgeBy)} / {Display.Date(s.AcknowledgedOn)}"),
                ("Respond by / responded", $"{Display.Date(s.RespondBy)} / {Display.Date(s.RespondedOn)}"),
                ("Handler", s.HandlerId is { } h ? names.GetValueOrDefault(h, "Unknown") : "Nobody yet"),
            ]);
            if (s.Definition is { } d)
            {
                pdf.Heading("Complaint definition", 3);
                Rows(pdf, [
                    ("Summary", d.Summary), ("Points", string.Join("; ", d.Points)), ("Outcomes sought", string.Join("; ", d.OutcomesSought)),
                    ("Not responsible for", d.NotResponsibleFor.Count == 0 ? "Nothing recorded" : string.Join("; ", d.NotResponsibleFor.Select(n => $"{n.Matter} ({n.ResponsibleParty ?? "who is: not known"})"))),
                    ("Clarification asked", d.ClarificationSought ?? "None"),
                ]);
            }
            foreach (var e in s.Extensions)
            {
                pdf.Paragraph($"Extended by {e.WorkingDays} working days, told {Display.Date(e.NotifiedOn)}: {e.Reason}. Updates every {e.UpdateIntervalWorkingDays} working days.");
            }
            if (s.Decision is { } decision)
            {
                pdf.Heading("Decision", 3);
                pdf.Paragraph($"{Display.Words(decision)}. {s.Reasons}");
                foreach (var f in s.Findings)
                {
                    pdf.Paragraph($"{f.Point}: {Display.Words(f.Decision).ToLowerInvariant()}. {f.Reasons}");
                }
            }
        }

        pdf.Heading("Remedies and outstanding actions", 2);
        if (c.Remedies.Count == 0 && c.OutstandingActions.Count == 0)
        {
            pdf.Paragraph("None.");
        }
        foreach (var r in c.Remedies)
        {
            pdf.Paragraph($"Remedy (stage {r.Stage}): {r.Description}{(r.AmountPence is { } p ? $", {Display.Money(p)}" : "")}; offered {Display.Date(r.OfferedOn)}, due {Display.Date(r.DueOn)}, {Done(r.CompletedOn)}.");
        }
        foreach (var a in c.OutstandingActions)
        {
            pdf.Paragraph($"Action (stage {a.Stage}): {a.Description}; due {Display.Date(a.DueOn)}, {Done(a.CompletedOn)}.");
        }

        pdf.Heading("Keeping the resident informed", 2);
        if (c.Updates.Count == 0)
        {
            pdf.Paragraph("No update was sent.");
        }
        foreach (var u in c.Updates)
        {
            pdf.Paragraph($"Update sent {Display.Date(u.SentOn)} (stage {u.Stage}; {(u.DueOn is { } due ? $"due {Display.Date(due)}, {(u.OnTime ? "on time" : "late")}" : "none was due yet")}): {u.Progress}" +
                (u.NextUpdateOn is { } next ? $" Next update promised by {Display.Date(next)}." : ""));
        }
        if (c.NextUpdateOn is { } owed)
        {
            pdf.Paragraph($"The next update is due by {Display.Date(owed)}.");
        }

        pdf.Heading("Letters", 2);
        if (letters.Count == 0)
        {
            pdf.Paragraph("None issued.");
        }
        else
        {
            double[] widths = [0.08, 0.25, 0.37, 0.3];
            pdf.Row(["No.", "Issued", "Letter", "How"], widths, header: true);
            foreach (var l in letters)
            {
                pdf.Row([l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Display.Instant(new DateTimeOffset(l.IssuedAtUtc, TimeSpan.Zero)),
                    l.Title, l.IssuedExternally ? $"Sent by another system {l.ExternalReference}" : $"{l.Delivery} to {l.Recipient}"], widths);
            }
            pdf.Space(6);
            // Each hash on a line of its own, so that it is never broken across a table's lines.
            foreach (var l in letters.Where(l => l.Sha256 is not null))
            {
                pdf.Paragraph($"Letter {l.Number}, SHA-256 of its PDF: {l.Sha256}");
            }
            foreach (var l in letters.Where(l => !l.IssuedExternally))
            {
                pdf.Heading($"Letter {l.Number}: {l.Title}", 3);
                foreach (var paragraph in l.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                {
                    pdf.Paragraph(paragraph.Trim());
                }
            }
        }

        pdf.Heading("Correspondence", 2);
        if (messages.Count == 0)
        {
            pdf.Paragraph("None recorded.");
        }
        foreach (var m in messages.OrderBy(m => m.OccurredOn))
        {
            pdf.Paragraph($"{Display.Date(m.OccurredOn)}: {Display.Words(m.Kind)} {(m.Direction == Domain.Complaints.Direction.In ? "from" : "to")} {m.PartyName ?? Display.Words(m.Party).ToLowerInvariant()}, recorded by {m.RecordedBy}. {m.Summary}");
            foreach (var a in m.Attachments)
            {
                pdf.Paragraph($"Attached: {a.FileName} ({Display.Size(a.Length)}), SHA-256 {a.Sha256}");
            }
        }

        pdf.Heading("Timeline", 2);
        double[] columns = [0.3, 0.3, 0.4];
        pdf.Row(["When", "Who", "What"], columns, header: true);
        foreach (var e in trail)
        {
            pdf.Row([Display.Instant(e.OccurredAt), e.ActorName, Domain.Complaints.ComplaintAction.Describe(e.Action)], columns);
        }
        return new Bundle(c.Reference, pdf.ToBytes(), letters, messages);
    }

    private static string Done(DateOnly? on) => on is { } d ? $"done {Display.Date(d)}" : "not done yet";

    private static void Rows(PdfWriter pdf, IEnumerable<(string Key, string Value)> rows)
    {
        double[] widths = [0.3, 0.7];
        foreach (var (key, value) in rows)
        {
            pdf.Row([key, value], widths);
        }
    }
}
