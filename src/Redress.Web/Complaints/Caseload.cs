using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Rules;
using Redress.Web.Data;

namespace Redress.Web.Complaints;

public sealed record QueueItem(Guid Id, string Reference, ComplaintStatus Status, int Stage, string Resident, string Category, DateOnly? NextDueOn);

/// <summary>A handler's open complaints, the nearest deadline first, read straight from indexed columns.</summary>
public sealed class Caseload(RedressDbContext db)
{
    public async Task<IReadOnlyList<QueueItem>> ForHandlerAsync(Guid handlerId, CancellationToken ct = default) =>
        await (from c in db.Complaints.AsNoTracking().Where(ComplaintRules.Open)
               where c.HandlerId == handlerId
               join r in db.Residents on c.ResidentId equals r.Id
               orderby c.NextDueOn, c.Reference
               select new QueueItem(c.Id, c.Reference, c.Status, c.Stage, r.Name, c.Category, c.NextDueOn)).Take(500).ToListAsync(ct);

    /// <summary>Complaints awaiting acknowledgement that nobody holds yet: the team's to pick up.</summary>
    public async Task<IReadOnlyList<QueueItem>> UnassignedAsync(CancellationToken ct = default) =>
        await (from c in db.Complaints.AsNoTracking().Where(ComplaintRules.Unassigned)
               join r in db.Residents on c.ResidentId equals r.Id
               orderby c.NextDueOn, c.Reference
               select new QueueItem(c.Id, c.Reference, c.Status, c.Stage, r.Name, c.Category, c.NextDueOn)).Take(500).ToListAsync(ct);
}
