using Microsoft.EntityFrameworkCore;
using Redress.Domain.Calendar;
using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Web.Data;

namespace Redress.Web.Reports;

/// <summary>A count with the key of the complaint list behind it (see <see cref="MeasureList"/>).</summary>
public sealed record Figure(string Label, int Value, string Measure);

public sealed record StageFigures(
    int Stage,
    Figure Received,
    Figure Acknowledged,
    Figure AcknowledgedLate,
    decimal? AcknowledgedInTimePercent,
    Figure Responded,
    Figure RespondedLate,
    decimal? RespondedInTimePercent,
    decimal? AverageWorkingDaysToRespond,
    Figure Extended,
    IReadOnlyList<Figure> Outcomes);

public sealed record RemedyFigures(Figure Offered, long OfferedPence, Figure Completed, long PaidPence);

public sealed record MeasureReport(
    DateOnly From,
    DateOnly To,
    string Label,
    StageFigures Stage1,
    StageFigures Stage2,
    Figure NotAccepted,
    Figure Withdrawn,
    decimal? EscalationRatePercent,
    RemedyFigures Remedies,
    IReadOnlyList<Figure> NotAcceptedByReason,
    IReadOnlyList<Figure> EscalationRefusedByReason,
    IReadOnlyList<Figure> Categories,
    DateOnly AsOf,
    Figure Open,
    Figure Overdue,
    Figure DuringExceptionalCircumstances);

/// <summary>
/// Every measure of the annual report for a period, counted in the database along indexed date columns
/// (received, escalation requested, acknowledged, responded, remedy offered and completed, refused). Each
/// figure carries the key of the list of complaints that make it up.
/// </summary>
public sealed class MeasureReports(RedressDbContext db)
{
    public async Task<MeasureReport> ForAsync(ReportingPeriod period, DateOnly today, WorkingDayCalendar calendar, CancellationToken ct = default)
    {
        var (from, to) = (period.From, period.To);
        var received = db.Complaints.AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        // One pass over the covering index gives both the statuses and the categories.
        var byStatusAndCategory = await received.GroupBy(c => new { c.Status, c.Category }).Select(g => new { g.Key.Status, g.Key.Category, Count = g.Count() }).ToListAsync(ct);
        var byStatus = byStatusAndCategory.GroupBy(x => x.Status).Select(g => new { g.Key, Count = g.Sum(x => x.Count) }).ToList();
        var stages = db.ComplaintStages.AsNoTracking();
        var requested2 = await stages.CountAsync(s => s.Number == 2 && s.RequestedOn >= from && s.RequestedOn <= to, ct);
        var acknowledged = await stages.Where(s => s.AcknowledgedOn >= from && s.AcknowledgedOn <= to)
            .GroupBy(s => s.Number).Select(g => new { Stage = g.Key, Count = g.Count(), Late = g.Count(s => s.AcknowledgedOn > s.AcknowledgeBy) }).ToListAsync(ct);
        var responded = await stages.Where(s => s.RespondedOn >= from && s.RespondedOn <= to)
            .GroupBy(s => new { s.Number, s.Decision })
            .Select(g => new { g.Key.Number, g.Key.Decision, Count = g.Count(), Late = g.Count(s => s.RespondedOn > s.RespondBy), Extended = g.Count(s => s.ExtendedWorkingDays > 0) })
            .ToListAsync(ct);
        // Responses counted by their (acknowledged, responded) pair: a few thousand pairs however many responses.
        var durations = await stages.Where(s => s.RespondedOn >= from && s.RespondedOn <= to && s.AcknowledgedOn != null)
            .GroupBy(s => new { s.Number, s.AcknowledgedOn, s.RespondedOn })
            .Select(g => new { g.Key.Number, g.Key.AcknowledgedOn, g.Key.RespondedOn, Count = g.Count() }).ToListAsync(ct);
        var remedies = db.Remedies.AsNoTracking();
        var offered = await remedies.Where(r => r.OfferedOn >= from && r.OfferedOn <= to)
            .GroupBy(r => 1).Select(g => new { Count = g.Count(), Pence = g.Sum(r => r.AmountPence ?? 0) }).FirstOrDefaultAsync(ct);
        var completed = await remedies.Where(r => r.CompletedOn >= from && r.CompletedOn <= to)
            .GroupBy(r => 1).Select(g => new { Count = g.Count(), Pence = g.Sum(r => r.PaidPence ?? 0) }).FirstOrDefaultAsync(ct);
        var notAccepted = await db.Complaints.AsNoTracking().Where(c => c.Status == ComplaintStatus.NotAccepted && c.RefusedOn >= from && c.RefusedOn <= to)
            .GroupBy(c => c.RefusalReason).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var escalationRefused = await db.Complaints.AsNoTracking().Where(c => c.ClosureKind == ClosureKind.EscalationRefused && c.ClosedOn >= from && c.ClosedOn <= to)
            .GroupBy(c => c.RefusalReason).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var categories = byStatusAndCategory.GroupBy(x => x.Category).Select(g => new { g.Key, Count = g.Sum(x => x.Count) }).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var exceptional = MeasureList.DuringExceptionalCircumstances(db, await MeasureList.ExceptionalPeriods(db, period).ToListAsync(ct), period);
        var duringExceptional = exceptional is null ? 0 : await exceptional.CountAsync(ct);
        var open = await db.Complaints.CountAsync(c => c.Status == ComplaintStatus.AwaitingAcknowledgement || c.Status == ComplaintStatus.Investigating, ct);
        var overdue = await db.Complaints.CountAsync(c => (c.Status == ComplaintStatus.AwaitingAcknowledgement || c.Status == ComplaintStatus.Investigating) && c.NextDueOn < today, ct);

        StageFigures Stage(int n, int receivedCount)
        {
            var ack = acknowledged.FirstOrDefault(a => a.Stage == n);
            var rows = responded.Where(r => r.Number == n).ToList();
            var (count, late) = (rows.Sum(r => r.Count), rows.Sum(r => r.Late));
            var average = Measures.AverageWorkingDays(durations.Where(d => d.Number == n).Select(d => (d.AcknowledgedOn!.Value, d.RespondedOn!.Value, d.Count)), calendar);
            return new StageFigures(n,
                new Figure($"Stage {n} complaints received", receivedCount, n == 1 ? "received" : "escalations"),
                new Figure("Acknowledged", ack?.Count ?? 0, $"acknowledged-{n}"),
                new Figure("Acknowledged late", ack?.Late ?? 0, $"acknowledged-late-{n}"),
                ack is null ? null : Tsm.Percent(ack.Count - ack.Late, ack.Count),
                new Figure("Responses issued", count, $"responded-{n}"),
                new Figure("Responses late", late, $"responded-late-{n}"),
                Tsm.Percent(count - late, count),
                average is null ? null : Tsm.Round(average.Value),
                new Figure("Responses after an extension", rows.Sum(r => r.Extended), $"extended-{n}"),
                [.. Enum.GetValues<Decision>().Select(d => new Figure(Pages.Shared.Display.Words(d), rows.Where(r => r.Decision == d).Sum(r => r.Count), $"decision-{n}-{d}"))]);
        }

        var stage1 = Stage(1, byStatus.Sum(s => s.Count));
        var reasons = Enum.GetValues<RefusalReason>();
        return new MeasureReport(from, to, period.Label, stage1, Stage(2, requested2),
            new Figure("Not accepted", byStatus.FirstOrDefault(s => s.Key == ComplaintStatus.NotAccepted)?.Count ?? 0, "not-accepted"),
            new Figure("Withdrawn", byStatus.FirstOrDefault(s => s.Key == ComplaintStatus.Withdrawn)?.Count ?? 0, "withdrawn"),
            Measures.EscalationRate(requested2, stage1.Responded.Value),
            new RemedyFigures(new Figure("Remedies offered", offered?.Count ?? 0, "remedies-offered"), offered?.Pence ?? 0,
                new Figure("Remedies carried out or paid", completed?.Count ?? 0, "remedies-completed"), completed?.Pence ?? 0),
            [.. reasons.Select(r => new Figure(Pages.Shared.Display.Ground(r), notAccepted.FirstOrDefault(n => n.Key == r)?.Count ?? 0, $"not-accepted-{r}"))],
            [.. reasons.Select(r => new Figure(Pages.Shared.Display.Ground(r), escalationRefused.FirstOrDefault(n => n.Key == r)?.Count ?? 0, $"escalation-refused-{r}"))],
            [.. categories.Select(c => new Figure(c.Key, c.Count, $"category:{c.Key}"))],
            today,
            new Figure("Open now", open, "open"),
            new Figure("Overdue now", overdue, "overdue"),
            new Figure("Received during exceptional circumstances (Code 8.5)", duringExceptional, "exceptional"));
    }

    /// <summary>Stage 1 complaints received and stage 1 responses (and those in time) per month, for trends.</summary>
    public async Task<IReadOnlyList<MonthFigures>> MonthsAsync(ReportingPeriod period, CancellationToken ct = default)
    {
        var (from, to) = (period.From, period.To);
        var received = await db.Complaints.AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to)
            .GroupBy(c => new { c.ReceivedOn.Year, c.ReceivedOn.Month }).Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        var responses = await db.ComplaintStages.AsNoTracking().Where(s => s.Number == 1 && s.RespondedOn >= from && s.RespondedOn <= to)
            .GroupBy(s => new { s.RespondedOn!.Value.Year, s.RespondedOn!.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), InTime = g.Count(s => s.RespondedOn <= s.RespondBy) }).ToListAsync(ct);
        var months = new List<MonthFigures>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var r = received.FirstOrDefault(x => x.Year == month.Year && x.Month == month.Month);
            var s = responses.FirstOrDefault(x => x.Year == month.Year && x.Month == month.Month);
            months.Add(new MonthFigures(month, r?.Count ?? 0, s?.Count ?? 0, s?.InTime ?? 0));
        }
        return months;
    }
}

public sealed record MonthFigures(DateOnly Month, int Received, int Responded, int RespondedInTime)
{
    public decimal? InTimePercent => Tsm.Percent(RespondedInTime, Responded);
}
