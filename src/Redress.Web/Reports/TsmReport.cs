using LinqKit;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Domain.Rules;
using Redress.Web.Data;

namespace Redress.Web.Reports;

public sealed record TsmReport(int Year, DateOnly From, DateOnly To, int? Homes, Tenure? Tenure, Ch01 Ch01, Ch02 Ch02);

public sealed record Ch01(Ch01Stage Stage1, Ch01Stage Stage2);

public sealed record Ch01Stage(int Count, decimal? PerThousandHomes);

public sealed record Ch02(Ch02Stage Stage1, Ch02Stage Stage2);

public sealed record Ch02Stage(int Responded, int WithinTimescale, decimal? Percent);

/// <summary>
/// CH01 and CH02 (domain/README.md, Measures) for a reporting year, counted in the database on indexed
/// date columns. CH01 counts complaints received at stage 1 (by date received) and escalation requests
/// at stage 2 (by date received), leaving out complaints not accepted; withdrawn ones count. CH02 counts
/// the responses issued in the year and those on or before the due date in force.
/// </summary>
public sealed class TsmReports(RedressDbContext db)
{
    public async Task<TsmReport> ForYearAsync(ReportingYear year, Tenure? tenure, CancellationToken ct = default)
    {
        var (from, to) = (year.From, year.To);
        var homesRow = await db.HomesYears.AsNoTracking().FirstOrDefaultAsync(h => h.Year == year.Year, ct);
        int? homes = homesRow is null ? null : tenure switch
        {
            Tenure.Lcra => homesRow.Lcra,
            Tenure.Lcho => homesRow.Lcho,
            _ => homesRow.Lcra + homesRow.Lcho,
        };

        var period = ReportingPeriod.Year(year.Year);
        var complaints = db.Complaints.AsNoTracking().Where(ComplaintRules.CountsInCh01);
        var stages = db.ComplaintStages.AsNoTracking().AsExpandable();
        if (tenure is { } t)
        {
            complaints = complaints.Where(c => db.Residents.Any(r => r.Id == c.ResidentId && r.Tenure == t));
            stages = stages.Where(s => complaints.Any(c => c.Id == s.ComplaintId));
        }
        // Without a tenure, stages need no look at their complaint: a complaint not accepted never reaches a
        // response or stage 2 (the aggregate refuses it), so every stage counted belongs to an accepted one.

        var received1 = await complaints.CountAsync(MeasureCatalogue.ReceivedIn(period), ct);
        var received2 = await stages.CountAsync(MeasureCatalogue.RequestedIn(period, 2), ct);
        var ch02 = await stages
            .Where(MeasureCatalogue.AnyRespondedIn(period))
            .GroupBy(s => s.Number)
            .Select(g => new { Stage = g.Key, Responded = g.Count(), Within = g.Count(s => StageRules.RespondedInTime.Expression.Invoke(s)) })
            .ToListAsync(ct);

        Ch02Stage Stage(int n)
        {
            var row = ch02.FirstOrDefault(r => r.Stage == n);
            return row is null ? new Ch02Stage(0, 0, null) : new Ch02Stage(row.Responded, row.Within, Tsm.Percent(row.Within, row.Responded));
        }

        return new TsmReport(year.Year, from, to, homes, tenure,
            new Ch01(new Ch01Stage(received1, Tsm.PerThousandHomes(received1, homes)), new Ch01Stage(received2, Tsm.PerThousandHomes(received2, homes))),
            new Ch02(Stage(1), Stage(2)));
    }
}
