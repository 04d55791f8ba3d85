using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Web.Data;

namespace Redress.Web.Complaints;

public sealed record TeamFilter(Guid? HandlerId, int? Stage, ComplaintStatus? Status, string? Category, bool OverdueOnly, string? Search);

public sealed record TeamRow(Guid Id, string Reference, ComplaintStatus Status, int Stage, string Resident, string? Address, string Category, Guid? HandlerId, DateOnly ReceivedOn, DateOnly? NextDueOn);

/// <summary>The team's complaints for the complaints officer: filtered, searched and paged in the database.</summary>
public sealed class TeamList(RedressDbContext db)
{
    public async Task<(IReadOnlyList<TeamRow> Rows, int Total)> PageAsync(TeamFilter filter, DateOnly today, int page, int pageSize, CancellationToken ct = default)
    {
        var total = await Query(filter, today, byDeadline: true).CountAsync(ct);
        var rows = await Query(filter, today, byDeadline: true).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<IReadOnlyList<TeamRow>> AllAsync(TeamFilter filter, DateOnly today, int limit, CancellationToken ct = default) =>
        await Query(filter, today, byDeadline: false).Take(limit).ToListAsync(ct);

    private IQueryable<TeamRow> Query(TeamFilter f, DateOnly today, bool byDeadline)
    {
        var complaints = db.Complaints.AsNoTracking();
        if (f.Stage is { } stage)
        {
            complaints = complaints.Where(c => c.Stage == stage);
        }
        if (f.Status is { } status)
        {
            complaints = complaints.Where(c => c.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(f.Category))
        {
            var category = f.Category.Trim();
            complaints = complaints.Where(c => c.Category == category);
        }
        if (f.OverdueOnly)
        {
            complaints = complaints.Where(c => c.NextDueOn != null && c.NextDueOn < today);
        }
        // Filter on the joined shape; project to the row type last, so that EF Core can translate every filter.
        var joined = from c in complaints
                     join r in db.Residents on c.ResidentId equals r.Id
                     select new
                     {
                         Complaint = c,
                         Resident = r,
                         HandlerId = db.ComplaintStages.Where(s => s.ComplaintId == c.Id && s.Number == c.Stage).Select(s => s.HandlerId).FirstOrDefault(),
                     };
        if (f.HandlerId is { } h)
        {
            joined = joined.Where(x => x.HandlerId == h);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var q = f.Search.Trim().ToLower();
            // Reference and name match from the start; address and postcode anywhere (full-text search is planned).
            // ToLower, not a StringComparison: EF Core translates it to SQL on both databases.
#pragma warning disable CA1862
            joined = joined.Where(x => x.Complaint.Reference.ToLower().StartsWith(q) || x.Resident.Name.ToLower().StartsWith(q)
                || (x.Resident.Address != null && x.Resident.Address.ToLower().Contains(q)));
#pragma warning restore CA1862
        }
        // Open complaints by the nearest deadline, then the newest; or simply the newest first.
        joined = byDeadline
            ? joined.OrderBy(x => x.Complaint.NextDueOn == null).ThenBy(x => x.Complaint.NextDueOn).ThenByDescending(x => x.Complaint.ReceivedOn).ThenBy(x => x.Complaint.Reference)
            : joined.OrderByDescending(x => x.Complaint.ReceivedOn).ThenBy(x => x.Complaint.Reference);
        var rows = joined.Select(x => new TeamRow(x.Complaint.Id, x.Complaint.Reference, x.Complaint.Status, x.Complaint.Stage, x.Resident.Name,
            x.Resident.Address, x.Complaint.Category, x.HandlerId, x.Complaint.ReceivedOn, x.Complaint.NextDueOn));
        return rows;
    }
}
