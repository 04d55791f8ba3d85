using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Rules;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Complaints;

/// <summary>What the team list shows: <paramref name="Unassigned"/> only those nobody holds, <paramref name="OpenOnly"/> only open ones.</summary>
public sealed record TeamFilter(Guid? HandlerId, int? Stage, ComplaintStatus? Status, string? Category, bool OverdueOnly, string? Search, bool Unassigned = false, bool OpenOnly = false);

public sealed record TeamRow(Guid Id, string Reference, ComplaintStatus Status, int Stage, string Resident, string? Address, string Category, Guid? HandlerId, DateOnly ReceivedOn, DateOnly? NextDueOn);

/// <summary>
/// The team's complaints for the complaints officer: open ones first by the nearest deadline, then the rest
/// newest first; filtered, searched and paged in the database. Each part is read along an index: the open
/// ones by (status, next due), the rest by date received; a search finds residents by the start of their
/// name, surname, postcode, email or phone number, or complaints by the start of their reference. Counting stops at
/// <see cref="CountLimit"/>, so no page view counts a whole large table.
/// </summary>
public sealed partial class TeamList(RedressDbContext db)
{
    public const int CountLimit = 10_000;

    /// <summary>A page of rows and how many match, up to <see cref="CountLimit"/> + 1 (more than the limit).</summary>
    public async Task<(IReadOnlyList<TeamRow> Rows, int Total)> PageAsync(TeamFilter filter, DateOnly today, int page, int pageSize, CancellationToken ct = default)
    {
        var matching = Filtered(filter, today);
        var total = await matching.Take(CountLimit + 1).CountAsync(ct);
        var open = matching.Where(ComplaintRules.Open);
        var openCount = await open.Take(CountLimit + 1).CountAsync(ct);
        var offset = (page - 1) * pageSize;
        var ids = new List<Guid>(pageSize);
        if (offset < openCount)
        {
            ids.AddRange(await NearestDue(open).Skip(offset).Take(pageSize).Select(c => c.Id).ToListAsync(ct));
        }
        if (ids.Count < pageSize)
        {
            var skip = Math.Max(0, offset - openCount);
            ids.AddRange(await Newest(matching.Where(ComplaintRules.NotOpen)).Skip(skip).Take(pageSize - ids.Count).Select(c => c.Id).ToListAsync(ct));
        }
        var rows = (await Rows(db.Complaints.Where(c => ids.Contains(c.Id))).ToListAsync(ct)).ToDictionary(r => r.Id);
        return ([.. ids.Select(id => rows[id])], total);
    }

    /// <summary>Every matching row in the order of the pages, up to <paramref name="limit"/> (the downloads).</summary>
    public async Task<IReadOnlyList<TeamRow>> AllAsync(TeamFilter filter, DateOnly today, int limit, CancellationToken ct = default)
    {
        var matching = Filtered(filter, today);
        var rows = await Rows(NearestDue(matching.Where(ComplaintRules.Open)).Take(limit)).ToListAsync(ct);
        if (rows.Count < limit)
        {
            rows.AddRange(await Rows(Newest(matching.Where(ComplaintRules.NotOpen)).Take(limit - rows.Count)).ToListAsync(ct));
        }
        return rows;
    }

    private static IOrderedQueryable<Complaint> NearestDue(IQueryable<Complaint> open) =>
        open.OrderBy(c => c.NextDueOn).ThenBy(c => c.Reference);

    private static IOrderedQueryable<Complaint> Newest(IQueryable<Complaint> complaints) =>
        complaints.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Reference);

    private IQueryable<TeamRow> Rows(IQueryable<Complaint> complaints) =>
        from c in complaints
        join r in db.Residents on c.ResidentId equals r.Id
        select new TeamRow(c.Id, c.Reference, c.Status, c.Stage, r.Name, r.Address, c.Category, c.HandlerId, c.ReceivedOn, c.NextDueOn);

    private IQueryable<Complaint> Filtered(TeamFilter f, DateOnly today)
    {
        var complaints = db.Complaints.AsNoTracking();
        if (f.HandlerId is { } handler)
        {
            complaints = complaints.Where(c => c.HandlerId == handler);
        }
        if (f.Unassigned)
        {
            complaints = complaints.Where(c => c.HandlerId == null);
        }
        if (f.OpenOnly)
        {
            complaints = complaints.Where(ComplaintRules.Open);
        }
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
            complaints = complaints.Where(ComplaintRules.Overdue(today));
        }
        return string.IsNullOrWhiteSpace(f.Search) ? complaints : Searched(complaints, f.Search, today);
    }

    /// <summary>
    /// "CMP-2026-00" finds references from their start, "2026-000003" and "000003" (or "3") the complaint of
    /// that number (in any year); anything else residents by name, surname, postcode, email, phone number or address words.
    /// Every match is along an index.
    /// </summary>
    private IQueryable<Complaint> Searched(IQueryable<Complaint> complaints, string search, DateOnly today)
    {
        var query = search.Trim();
        if (query.StartsWith("CMP", StringComparison.OrdinalIgnoreCase))
        {
            var from = query.ToUpperInvariant();
            var to = SearchKeys.After(from);
            return complaints.Where(c => string.Compare(c.Reference, from) >= 0 && string.Compare(c.Reference, to) < 0);
        }
        if (YearAndNumber().Match(query) is { Success: true } both)
        {
            var from = $"CMP-{both.Groups[1].Value}-{both.Groups[2].Value}";
            var to = SearchKeys.After(from);
            return complaints.Where(c => string.Compare(c.Reference, from) >= 0 && string.Compare(c.Reference, to) < 0);
        }
        if (query.Length <= 6 && query.All(char.IsAsciiDigit))
        {
            var number = query.PadLeft(6, '0');
            var references = Enumerable.Range(FirstYear, today.Year - FirstYear + 2).Select(y => $"CMP-{y}-{number}").ToList();
            return complaints.Where(c => references.Contains(c.Reference));
        }
        var ids = Residents.ResidentSearch.Matching(db, query);
        return complaints.Where(c => ids.Contains(c.ResidentId));
    }

    /// <summary>The first year a reference is looked for in when only its number is typed.</summary>
    private const int FirstYear = 2015;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4})-(\d{1,6})$")]
    private static partial System.Text.RegularExpressions.Regex YearAndNumber();
}
