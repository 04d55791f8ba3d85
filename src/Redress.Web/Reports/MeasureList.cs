using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Web.Data;

namespace Redress.Web.Reports;

/// <summary>
/// The complaints behind a figure of <see cref="MeasureReports"/>: the same conditions, as a query of
/// complaints, so that every number on the dashboard and in the reports can be opened and checked.
/// </summary>
public sealed class MeasureList(RedressDbContext db)
{
    /// <summary>The register's periods that overlap <paramref name="period"/>: a short list.</summary>
    public static IQueryable<(DateOnly From, DateOnly? To)> ExceptionalPeriods(RedressDbContext db, ReportingPeriod period) =>
        db.ExceptionalCircumstances.AsNoTracking().Where(e => e.From <= period.To && (e.To == null || e.To >= period.From))
            .Select(e => new ValueTuple<DateOnly, DateOnly?>(e.From, e.To));

    /// <summary>
    /// Code 8.5: complaints received in the period while exceptional circumstances were registered, or null when
    /// none were: one range of dates a registered period, joined with UNION ALL.
    /// </summary>
    public static IQueryable<Complaint>? DuringExceptionalCircumstances(RedressDbContext db, IEnumerable<(DateOnly From, DateOnly? To)> periods, ReportingPeriod period)
    {
        IQueryable<Complaint>? union = null;
        foreach (var (from, to) in periods)
        {
            var (start, end) = (from > period.From ? from : period.From, to is { } t && t < period.To ? t : period.To);
            var part = db.Complaints.Where(c => c.ReceivedOn >= start && c.ReceivedOn <= end);
            union = union is null ? part : union.Concat(part);
        }
        return union;
    }

    /// <summary>The complaints behind <paramref name="measure"/> in the period, or null for a measure not known.</summary>
    public IQueryable<Complaint>? Complaints(string measure, ReportingPeriod period, DateOnly today)
    {
        var (from, to) = (period.From, period.To);
        var complaints = db.Complaints;
        var stages = db.ComplaintStages;
        var open = new[] { ComplaintStatus.AwaitingAcknowledgement, ComplaintStatus.Investigating };
        var parts = measure.Split('-');
        int? stage = int.TryParse(parts[^1], out var n) && n is 1 or 2 ? n : null;
        return measure switch
        {
            "received" => complaints.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to),
            "escalations" => complaints.Where(c => stages.Any(s => s.ComplaintId == c.Id && s.Number == 2 && s.RequestedOn >= from && s.RequestedOn <= to)),
            "not-accepted" => complaints.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to && c.Status == ComplaintStatus.NotAccepted),
            "withdrawn" => complaints.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to && c.Status == ComplaintStatus.Withdrawn),
            "exceptional" => DuringExceptionalCircumstances(db, [.. ExceptionalPeriods(db, period)], period) ?? complaints.Where(c => false),
            "open" => complaints.Where(c => open.Contains(c.Status)),
            "overdue" => complaints.Where(c => open.Contains(c.Status) && c.NextDueOn < today),
            "remedies-offered" => complaints.Where(c => db.Remedies.Any(r => r.ComplaintId == c.Id && r.OfferedOn >= from && r.OfferedOn <= to)),
            "remedies-completed" => complaints.Where(c => db.Remedies.Any(r => r.ComplaintId == c.Id && r.CompletedOn >= from && r.CompletedOn <= to)),
            _ when measure.StartsWith("category:", StringComparison.Ordinal) && measure[9..] is var category =>
                complaints.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to && c.Category == category),
            _ when measure.StartsWith("not-accepted-", StringComparison.Ordinal) && Enum.TryParse<RefusalReason>(measure[13..], out var reason) =>
                complaints.Where(c => c.Status == ComplaintStatus.NotAccepted && c.RefusedOn >= from && c.RefusedOn <= to && c.RefusalReason == reason),
            _ when measure.StartsWith("escalation-refused-", StringComparison.Ordinal) && Enum.TryParse<RefusalReason>(measure[19..], out var ground) =>
                complaints.Where(c => c.ClosureKind == ClosureKind.EscalationRefused && c.ClosedOn >= from && c.ClosedOn <= to && c.RefusalReason == ground),
            _ when parts is ["decision", var number, var name] && int.TryParse(number, out var decided) && Enum.TryParse<Decision>(name, out var decision) =>
                complaints.Where(c => stages.Any(s => s.ComplaintId == c.Id && s.Number == decided && s.Decision == decision && s.RespondedOn >= from && s.RespondedOn <= to)),
            _ when stage is { } s => StageMeasure(parts, s, from, to),
            _ => null,
        };
    }

    private IQueryable<Complaint>? StageMeasure(string[] parts, int stage, DateOnly from, DateOnly to)
    {
        var stages = db.ComplaintStages.Where(s => s.Number == stage);
        var matching = string.Join('-', parts[..^1]) switch
        {
            "acknowledged" => stages.Where(s => s.AcknowledgedOn >= from && s.AcknowledgedOn <= to),
            "acknowledged-late" => stages.Where(s => s.AcknowledgedOn >= from && s.AcknowledgedOn <= to && s.AcknowledgedOn > s.AcknowledgeBy),
            "responded" => stages.Where(s => s.RespondedOn >= from && s.RespondedOn <= to),
            "responded-late" => stages.Where(s => s.RespondedOn >= from && s.RespondedOn <= to && s.RespondedOn > s.RespondBy),
            "extended" => stages.Where(s => s.RespondedOn >= from && s.RespondedOn <= to && s.ExtendedWorkingDays > 0),
            _ => null,
        };
        return matching is null ? null : db.Complaints.Where(c => matching.Any(s => s.ComplaintId == c.Id));
    }
}
