using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Time;

namespace Redress.Web.Documents;

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Length, string Sha256);

public sealed record CorrespondenceView(
    Guid Id, Direction Direction, CorrespondenceKind Kind, Party Party, string? PartyName, DateOnly OccurredOn,
    string Summary, string RecordedBy, DateTimeOffset RecordedAt, IReadOnlyList<AttachmentView> Attachments);

/// <summary>
/// Code 5.12: calls, emails, letters and meetings in and out, with their files, kept with the complaint.
/// The files are written first; the record, its attachments and the audit event are then one transaction.
/// </summary>
public sealed class CorrespondenceOperations(RedressDbContext db, DatabaseWriter writer, AttachmentStore store, AuditTrail audit, TimeProvider clock)
{
    public const int MaxFiles = 10;

    public async Task<Outcome<CorrespondenceView>> RecordAsync(Guid complaintId, CorrespondenceDetails request, IReadOnlyList<IncomingFile> files, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Complaints.AnyAsync(c => c.Id == complaintId, ct))
        {
            return Outcome<CorrespondenceView>.NotFound("There is no complaint with that id.");
        }
        if (files.Count > MaxFiles)
        {
            return Outcome<CorrespondenceView>.Invalid("attachments", $"Attach at most {MaxFiles} files to one record.");
        }
        if (files.Select(AttachmentStore.Check).FirstOrDefault(e => e is not null) is { } fileError)
        {
            return Outcome<CorrespondenceView>.Invalid("attachments", fileError);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (record, error) = Redress.Domain.Complaints.Correspondence.Record(Guid.CreateVersion7(clock.GetUtcNow()), complaintId, request, clock.TodayInUk(), (actor.Name, now));
        if (error is not null)
        {
            return Outcome<CorrespondenceView>.Refused(error);
        }
        var attachments = new List<Attachment>();
        foreach (var file in files)
        {
            var (hash, length) = await store.SaveAsync(file, ct);
            var name = Path.GetFileName(file.FileName);
            attachments.Add(new Attachment
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), CorrespondenceId = record!.Id, ComplaintId = complaintId,
                FileName = name, ContentType = AttachmentStore.TypeOf(name)!, Length = length, Sha256 = hash, UploadedAtUtc = now,
            });
        }
        var view = View(record!, attachments);
        return await writer.InsertAsync((w, _) =>
        {
            w.Correspondence.Add(record!);
            w.Attachments.AddRange(attachments);
            w.AuditEvents.Add(audit.Created(actor, ComplaintAction.RecordCorrespondence.AuditCode, "complaint", complaintId.ToString(), complaintId, view));
            return Task.FromResult(Outcome<CorrespondenceView>.Created(view));
        }, ct);
    }

    public async Task<IReadOnlyList<CorrespondenceView>?> ListAsync(Guid complaintId, CancellationToken ct = default)
    {
        if (!await db.Complaints.AnyAsync(c => c.Id == complaintId, ct))
        {
            return null;
        }
        var records = await db.Correspondence.AsNoTracking().Where(c => c.ComplaintId == complaintId)
            .OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.RecordedAtUtc).ToListAsync(ct);
        var files = (await db.Attachments.AsNoTracking().Where(a => a.ComplaintId == complaintId).OrderBy(a => a.FileName).ToListAsync(ct))
            .ToLookup(a => a.CorrespondenceId);
        return [.. records.Select(r => View(r, files[r.Id]))];
    }

    /// <summary>An attachment of the complaint and its content, or null.</summary>
    public async Task<(AttachmentView View, Stream Content)?> OpenAsync(Guid complaintId, Guid attachmentId, CancellationToken ct = default)
    {
        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ComplaintId == complaintId, ct);
        return attachment is null ? null : (ToView(attachment), store.Open(attachment.Sha256));
    }

    private static CorrespondenceView View(Redress.Domain.Complaints.Correspondence r, IEnumerable<Attachment> files) => new(
        r.Id, r.Direction, r.Kind, r.Party, r.PartyName, r.OccurredOn, r.Summary, r.RecordedBy,
        new DateTimeOffset(r.RecordedAtUtc, TimeSpan.Zero), [.. files.Select(ToView)]);

    private static AttachmentView ToView(Attachment a) => new(a.Id, a.FileName, a.ContentType, a.Length, a.Sha256);
}
