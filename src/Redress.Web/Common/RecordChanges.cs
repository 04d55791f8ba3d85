using Microsoft.EntityFrameworkCore;
using Redress.Domain.Common;
using Redress.Web.Audit;
using Redress.Web.Data;

namespace Redress.Web.Common;

/// <summary>
/// Saves a new record, or a change a domain method made to one, together with its audit event in one save;
/// a refusal saves nothing. For the oversight records (learning, exceptional circumstances, Ombudsman cases,
/// annual reports), whose rules live in their own classes.
/// </summary>
public sealed class RecordChanges(RedressDbContext db, AuditTrail audit)
{
    public async Task<Outcome<T>> AddAsync<T>(Result<T> made, Func<T, Guid> idOf, Actor actor, string action, CancellationToken ct)
        where T : class
    {
        if (made.Error is not null)
        {
            return Outcome<T>.Refused(made.Error);
        }
        var record = made.Value!;
        db.Add(record);
        db.AuditEvents.Add(audit.Created(actor, action, typeof(T).Name, idOf(record).ToString(), null, record));
        await db.SaveChangesAsync(ct);
        return Outcome<T>.Created(record);
    }

    public async Task<Outcome<T>> ChangeAsync<T>(IQueryable<T> tracked, Func<T, Guid> idOf, Func<T, DomainError?> change, Actor actor, string action, CancellationToken ct)
        where T : class
    {
        var record = await tracked.FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return Outcome<T>.NotFound("There is no such record.");
        }
        var before = AuditTrail.Snapshot(record);
        if (change(record) is { } error)
        {
            db.ChangeTracker.Clear();
            return error.Code == "not-found" ? Outcome<T>.NotFound(error.Message) : Outcome<T>.Refused(error);
        }
        db.AuditEvents.Add(audit.Record(actor, action, typeof(T).Name, idOf(record).ToString(), null, before, AuditTrail.Snapshot(record)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<T>.Stale("Someone else changed this at the same moment. Open it again.");
        }
        return Outcome<T>.Ok(record);
    }
}
