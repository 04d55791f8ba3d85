using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Web.Data.Entities;
using Redress.Web.Time;

namespace Redress.Web.Complaints;

public sealed record ComplaintFilter(ComplaintStatus? Status, int? Stage, bool? Overdue, Guid? HandlerId, int Page, int PageSize);

public sealed record AuditEntry(long Id, DateTimeOffset OccurredAt, ActorKind ActorKind, Guid? ActorId, string ActorName, string Action, System.Text.Json.Nodes.JsonNode? Changes);

public sealed partial class ComplaintOperations
{
    /// <summary>A page of complaints, newest first. Filters use indexed columns only.</summary>
    public async Task<ComplaintPage> ListAsync(ComplaintFilter filter, CancellationToken ct = default)
    {
        var today = clock.TodayInUk();
        var query = db.Complaints.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }
        if (filter.Stage is { } stage)
        {
            query = query.Where(c => c.Stage == stage);
        }
        if (filter.Overdue is { } overdue)
        {
            query = overdue
                ? query.Where(c => c.NextDueOn != null && c.NextDueOn < today)
                : query.Where(c => c.NextDueOn == null || c.NextDueOn >= today);
        }
        if (filter.HandlerId is { } handler)
        {
            query = query.Where(c => c.HandlerId == handler);
        }

        var total = await query.CountAsync(ct);
        var ids = await query.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Select(c => c.Id).ToListAsync(ct);
        var complaints = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Include(c => c.Stages).ThenInclude(s => s.Findings)
            .Include(c => c.Remedies).Include(c => c.OutstandingActions).Include(c => c.Updates)
            .AsSplitQuery().ToListAsync(ct);
        var residentIds = complaints.Select(c => c.ResidentId).Distinct().ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => residentIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var byId = complaints.ToDictionary(c => c.Id);
        var items = ids.Select(id => byId[id]).Select(c => ComplaintView.From(c, residents.GetValueOrDefault(c.ResidentId))).ToList();
        return new ComplaintPage(items, total, filter.Page, filter.PageSize);
    }

    /// <summary>Code 5.12: the full record of what happened to a complaint, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>?> AuditAsync(Guid id, CancellationToken ct = default)
    {
        if (!await db.Complaints.AnyAsync(c => c.Id == id, ct))
        {
            return null;
        }
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.ComplaintId == id)
            .OrderBy(e => e.Id).ToListAsync(ct);
        return [.. events.Select(e => new AuditEntry(e.Id, new DateTimeOffset(e.OccurredAtUtc, TimeSpan.Zero), e.ActorKind, e.ActorId, e.ActorName, e.Action,
            System.Text.Json.Nodes.JsonNode.Parse(e.Changes)))];
    }

    public Task<bool> IsKnownUserAsync(Guid id, CancellationToken ct = default) => db.Users.AnyAsync(u => u.Id == id, ct);
}
