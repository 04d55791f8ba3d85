using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Requests;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Time;

namespace Redress.Web.Requests;

public sealed record ServiceRequestRow(
    Guid Id, string Reference, ServiceRequestStatus Status, string Resident, Guid ResidentId, string Category, DateOnly ReceivedOn, DateOnly? DueOn, string? Owner);

public sealed record LinkedComplaint(Guid Id, string Reference, ComplaintStatus Status, DateOnly ReceivedOn);

public sealed record ServiceRequestPage(ServiceRequest Request, string Resident, string? Owner, IReadOnlyList<LinkedComplaint> Complaints);

public sealed record ServiceRequestFilter(bool OpenOnly, bool OverdueOnly, Guid? OwnerId, Guid? ResidentId);

/// <summary>
/// Code 1.4-1.5: service requests recorded, owned and monitored; each change is one save with its audit
/// event. A complaint about one links to it and leaves it open.
/// </summary>
public sealed class ServiceRequestOperations(RedressDbContext db, DatabaseWriter writer, AuditTrail audit, Categories.CategoryCatalogue categories, TimeProvider clock)
{
    public async Task<Outcome<ServiceRequest>> LogAsync(ServiceRequestDetails details, Guid? ownerId, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Residents.AnyAsync(r => r.Id == details.ResidentId, ct))
        {
            return Outcome<ServiceRequest>.Invalid("residentId", "There is no resident with that id.");
        }
        if (ownerId is { } owner && !await db.Users.AnyAsync(u => u.Id == owner, ct))
        {
            return Outcome<ServiceRequest>.Invalid("ownerId", "There is no user with that id.");
        }
        if (!string.IsNullOrWhiteSpace(details.Category) && await categories.CheckNewAsync(db, details.Category.Trim(), ct: ct) is { } category)
        {
            return Outcome<ServiceRequest>.Refused(category);
        }
        var (request, error) = ServiceRequest.Log(Guid.CreateVersion7(clock.GetUtcNow()), "pending", details, ownerId, clock.TodayInUk());
        if (error is not null)
        {
            return Outcome<ServiceRequest>.Refused(error);
        }
        return await writer.InsertAsync(async (w, c) =>
        {
            request!.AssignReference($"SR-{request.ReceivedOn.Year}-{await Counters.NextAsync(w, Counters.ServiceRequests, c):000000}");
            w.ServiceRequests.Add(request);
            w.AuditEvents.Add(audit.Created(actor, "service-request.logged", "service-request", request.Id.ToString(), null, request));
            return Outcome<ServiceRequest>.Created(request);
        }, ct);
    }

    public async Task<Outcome<ServiceRequest>> UpdateAsync(Guid id, string? ifMatch, ServiceRequestUpdate update, Actor actor, CancellationToken ct = default)
    {
        if (update.OwnerId is { } owner && !await db.Users.AnyAsync(u => u.Id == owner, ct))
        {
            return Outcome<ServiceRequest>.Invalid("ownerId", "There is no user with that id.");
        }
        var request = await db.ServiceRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Outcome<ServiceRequest>.NotFound("There is no service request with that id.");
        }
        if (!Complaints.ETags.Matches(ifMatch, request.Version))
        {
            return Outcome<ServiceRequest>.Stale($"The service request has changed since you read it (it is now version {request.Version}). Read it again and retry.");
        }
        var before = AuditTrail.Snapshot(request);
        if (request.Update(update, clock.TodayInUk()) is { } error)
        {
            db.ChangeTracker.Clear();
            return Outcome<ServiceRequest>.Refused(error);
        }
        db.AuditEvents.Add(audit.Record(actor, "service-request.updated", "service-request", id.ToString(), null, before, AuditTrail.Snapshot(request)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<ServiceRequest>.Stale("Someone else changed the service request at the same moment. Read it again and retry.");
        }
        return Outcome<ServiceRequest>.Ok(request);
    }

    public async Task<ServiceRequestPage?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var request = await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return null;
        }
        var resident = await db.Residents.AsNoTracking().Where(r => r.Id == request.ResidentId).Select(r => r.Name).FirstAsync(ct);
        var owner = request.OwnerId is { } o ? await db.Users.AsNoTracking().Where(u => u.Id == o).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ServiceRequestId == id).OrderBy(c => c.ReceivedOn)
            .Select(c => new LinkedComplaint(c.Id, c.Reference, c.Status, c.ReceivedOn)).ToListAsync(ct);
        return new ServiceRequestPage(request, resident, owner, complaints);
    }

    /// <summary>The monitoring list (1.4): open ones by due date (no due date last), or all, newest first.</summary>
    public async Task<(IReadOnlyList<ServiceRequestRow> Rows, int Total)> ListAsync(ServiceRequestFilter filter, int page, int size, CancellationToken ct = default)
    {
        var today = clock.TodayInUk();
        var requests = db.ServiceRequests.AsNoTracking();
        if (filter.OpenOnly || filter.OverdueOnly)
        {
            requests = requests.Where(r => r.Status == ServiceRequestStatus.Open || r.Status == ServiceRequestStatus.InProgress);
        }
        if (filter.OverdueOnly)
        {
            requests = requests.Where(r => r.DueOn < today);
        }
        if (filter.OwnerId is { } owner)
        {
            requests = requests.Where(r => r.OwnerId == owner);
        }
        if (filter.ResidentId is { } resident)
        {
            requests = requests.Where(r => r.ResidentId == resident);
        }
        var total = await requests.CountAsync(ct);
        requests = filter.OpenOnly || filter.OverdueOnly
            ? requests.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.Reference)
            : requests.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Reference);
        var rows = await (from r in requests.Skip((page - 1) * size).Take(size)
                          join p in db.Residents on r.ResidentId equals p.Id
                          from u in db.Users.Where(u => u.Id == r.OwnerId).DefaultIfEmpty()
                          select new ServiceRequestRow(r.Id, r.Reference, r.Status, p.Name, p.Id, r.Category, r.ReceivedOn, r.DueOn, u == null ? null : u.Name))
            .ToListAsync(ct);
        return (rows, total);
    }
}
