using LinqKit;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Calendar;
using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Domain.Rules;
using Redress.Web.Data;

namespace Redress.Web.Reports;

/// <summary>
/// A count, with the measure it counts: its key (the list of complaints behind it, <see cref="MeasureList"/>)
/// and its definition, both from <see cref="MeasureCatalogue"/>.
/// </summary>
public sealed record Figure(string Label, int Value, string Measure, string Definition)
{
    public static Figure Of(Domain.Measures.Measure measure, int value) => new(measure.Label, value, measure.Key, measure.Definition);
}

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

/// <summary>Keeping residents informed (Code 5.9, 6.6, 6.17): complaints with updates sent in the period, those sent late, and those overdue now.</summary>
public sealed record UpdateFigures(Figure Sent, Figure Late, Figure OverdueNow);

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
    Figure DuringExceptionalCircumstances,
    UpdateFigures Updates);

/// <summary>
/// Every measure of the annual report for a period, counted in the database along indexed date columns
/// (received, escalation requested, acknowledged, responded, remedy offered and completed, refused). Each
/// figure carries the key of the list of complaints that make it up.
/// </summary>
public sealed class MeasureReports(RedressDbContext db, Categories.CategoryCatalogue catalogue)
{
    public async Task<MeasureReport> ForAsync(ReportingPeriod period, DateOnly today, WorkingDayCalendar calendar, CancellationToken ct = default)
    {
        var complaints = db.Complaints.AsNoTracking();
        var stages = db.ComplaintStages.AsNoTracking().AsExpandable();
        // One pass over the covering index gives both the statuses and the categories.
        var byStatusAndCategory = await complaints.Where(MeasureCatalogue.ReceivedIn(period))
            .GroupBy(c => new { c.Status, c.Category }).Select(g => new { g.Key.Status, g.Key.Category, Count = g.Count() }).ToListAsync(ct);
        var requested2 = await stages.CountAsync(MeasureCatalogue.RequestedIn(period, 2), ct);
        var acknowledged = await stages.Where(MeasureCatalogue.AnyAcknowledgedIn(period))
            .GroupBy(s => s.Number)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Late = g.Count(s => StageRules.AcknowledgedLate.Expression.Invoke(s)) })
            .ToListAsync(ct);
        var responded = await stages.Where(MeasureCatalogue.AnyRespondedIn(period))
            .GroupBy(s => new { s.Number, s.Decision })
            .Select(g => new
            {
                g.Key.Number, g.Key.Decision, Count = g.Count(),
                Late = g.Count(s => StageRules.RespondedLate.Expression.Invoke(s)),
                Extended = g.Count(s => StageRules.Extended.Expression.Invoke(s)),
            })
            .ToListAsync(ct);
        // Responses counted by their (acknowledged, responded) pair: a few thousand pairs however many responses.
        var durations = await stages.Where(MeasureCatalogue.AnyRespondedIn(period)).Where(s => s.AcknowledgedOn != null)
            .GroupBy(s => new { s.Number, s.AcknowledgedOn, s.RespondedOn })
            .Select(g => new { g.Key.Number, g.Key.AcknowledgedOn, g.Key.RespondedOn, Count = g.Count() }).ToListAsync(ct);
        var remedies = db.Remedies.AsNoTracking();
        var offered = await remedies.Where(MeasureCatalogue.OfferedIn(period))
            .GroupBy(r => 1).Select(g => new { Count = g.Select(r => r.ComplaintId).Distinct().Count(), Pence = g.Sum(r => r.AmountPence ?? 0) }).SingleOrDefaultAsync(ct);
        var completed = await remedies.Where(MeasureCatalogue.CompletedIn(period))
            .GroupBy(r => 1).Select(g => new { Count = g.Select(r => r.ComplaintId).Distinct().Count(), Pence = g.Sum(r => r.PaidPence ?? 0) }).SingleOrDefaultAsync(ct);
        var notAccepted = await complaints.Where(MeasureCatalogue.NotAcceptedIn(period))
            .GroupBy(c => c.RefusalReason).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var escalationRefused = await complaints.Where(MeasureCatalogue.EscalationRefusedIn(period))
            .GroupBy(c => c.RefusalReason).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var accepted = byStatusAndCategory.Where(x => x.Status != ComplaintStatus.NotAccepted).ToList();
        var names = await catalogue.NamesAsync(db, ct);
        var categories = accepted.GroupBy(x => x.Category).Select(g => new { g.Key, Count = g.Sum(x => x.Count) })
            .OrderByDescending(g => g.Count).ThenBy(g => names.GetValueOrDefault(g.Key) ?? g.Key, StringComparer.OrdinalIgnoreCase).ToList();
        var registered = await MeasureList.ExceptionalPeriodsAsync(db, period, ct);
        var exceptional = MeasureCatalogue.Exceptional(registered);
        // Without a registered period no complaint can be counted: no query.
        var duringExceptional = registered.Count == 0 ? 0 : await complaints.CountAsync(exceptional.In(period, today), ct);
        var updates = db.ResidentUpdates.AsNoTracking().Where(MeasureCatalogue.UpdateSentIn(period));
        var updatesSent = await updates.Select(u => u.ComplaintId).Distinct().CountAsync(ct);
        var updatesLate = await updates.Where(UpdateRules.SentLate).Select(u => u.ComplaintId).Distinct().CountAsync(ct);
        var updatesOverdue = await complaints.CountAsync(MeasureCatalogue.UpdatesOverdue.In(period, today), ct);
        var open = await complaints.CountAsync(MeasureCatalogue.Open.In(period, today), ct);
        var overdue = await complaints.CountAsync(MeasureCatalogue.Overdue.In(period, today), ct);

        StageFigures Stage(int n, int receivedCount)
        {
            var ack = acknowledged.FirstOrDefault(a => a.Stage == n);
            var rows = responded.Where(r => r.Number == n).ToList();
            var (count, late) = (rows.Sum(r => r.Count), rows.Sum(r => r.Late));
            var average = Measures.AverageWorkingDays(durations.Where(d => d.Number == n).Select(d => (d.AcknowledgedOn!.Value, d.RespondedOn!.Value, d.Count)), calendar);
            return new StageFigures(n,
                Figure.Of(n == 1 ? MeasureCatalogue.Received : MeasureCatalogue.Escalations, receivedCount),
                Figure.Of(MeasureCatalogue.Acknowledged(n), ack?.Count ?? 0),
                Figure.Of(MeasureCatalogue.AcknowledgedLate(n), ack?.Late ?? 0),
                ack is null ? null : Tsm.Percent(ack.Count - ack.Late, ack.Count),
                Figure.Of(MeasureCatalogue.Responded(n), count),
                Figure.Of(MeasureCatalogue.RespondedLate(n), late),
                Tsm.Percent(count - late, count),
                average is null ? null : Tsm.Round(average.Value),
                Figure.Of(MeasureCatalogue.Extended(n), rows.Sum(r => r.Extended)),
                [.. Enum.GetValues<Decision>().Select(d => Figure.Of(MeasureCatalogue.Decided(n, d), rows.Where(r => r.Decision == d).Sum(r => r.Count)))]);
        }

        var stage1 = Stage(1, accepted.Sum(s => s.Count));
        var reasons = Enum.GetValues<RefusalReason>();
        int StatusCount(ComplaintStatus status) => byStatusAndCategory.Where(s => s.Status == status).Sum(s => s.Count);
        return new MeasureReport(period.From, period.To, period.Label, stage1, Stage(2, requested2),
            Figure.Of(MeasureCatalogue.NotAccepted, StatusCount(ComplaintStatus.NotAccepted)),
            Figure.Of(MeasureCatalogue.Withdrawn, StatusCount(ComplaintStatus.Withdrawn)),
            Measures.EscalationRate(requested2, stage1.Responded.Value),
            new RemedyFigures(Figure.Of(MeasureCatalogue.RemediesOffered, offered?.Count ?? 0), offered?.Pence ?? 0,
                Figure.Of(MeasureCatalogue.RemediesCompleted, completed?.Count ?? 0), completed?.Pence ?? 0),
            [.. reasons.Select(r => Figure.Of(MeasureCatalogue.NotAcceptedFor(r), notAccepted.FirstOrDefault(n => n.Key == r)?.Count ?? 0))],
            [.. reasons.Select(r => Figure.Of(MeasureCatalogue.EscalationRefusedFor(r), escalationRefused.FirstOrDefault(n => n.Key == r)?.Count ?? 0))],
            [.. categories.Select(c => Figure.Of(MeasureCatalogue.Category(c.Key, names.GetValueOrDefault(c.Key)), c.Count))],
            today,
            Figure.Of(MeasureCatalogue.Open, open),
            Figure.Of(MeasureCatalogue.Overdue, overdue),
            Figure.Of(exceptional, duringExceptional),
            new UpdateFigures(Figure.Of(MeasureCatalogue.UpdatesSent, updatesSent), Figure.Of(MeasureCatalogue.UpdatesLate, updatesLate),
                Figure.Of(MeasureCatalogue.UpdatesOverdue, updatesOverdue)));
    }

    /// <summary>Stage 1 complaints received and stage 1 responses (and those in time) per month, for trends.</summary>
    public async Task<IReadOnlyList<MonthFigures>> MonthsAsync(ReportingPeriod period, CancellationToken ct = default)
    {
        var received = await db.Complaints.AsNoTracking().Where(MeasureCatalogue.Received.In(period, period.To))
            .GroupBy(c => new { c.ReceivedOn.Year, c.ReceivedOn.Month }).Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        var responses = await db.ComplaintStages.AsNoTracking().AsExpandable().Where(MeasureCatalogue.RespondedIn(period, 1))
            .GroupBy(s => new { s.RespondedOn!.Value.Year, s.RespondedOn!.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), InTime = g.Count(s => StageRules.RespondedInTime.Expression.Invoke(s)) }).ToListAsync(ct);
        var months = new List<MonthFigures>();
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
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
