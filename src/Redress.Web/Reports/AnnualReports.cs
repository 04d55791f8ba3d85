using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Code;
using Redress.Domain.Measures;
using Redress.Domain.Oversight;
using Redress.Web.Audit;
using Redress.Web.Calendar;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Reports;

public sealed record ImprovementLine(string Title, string Theme, string? WhatChanged, DateOnly? DoneOn);

public sealed record OmbudsmanLine(string Reference, string Complaint, DateOnly? DeterminedOn, IReadOnlyList<string> Findings, IReadOnlyList<string> Orders);

public sealed record ExceptionalLine(DateOnly From, DateOnly? To, string Reason);

public sealed record AssessmentLine(int Number, DateOnly? ApprovedOn, string? ApprovedBy, IReadOnlyList<(string Provision, bool? Complies, string? Action, DateOnly? TargetOn)> Answers);

/// <summary>Everything the annual report shows, from the record: frozen as JSON when the report is published.</summary>
public sealed record AnnualFigures(
    int Year, string Landlord, MeasureReport Measures, TsmReport Tsm, AssessmentLine? SelfAssessment,
    IReadOnlyList<OmbudsmanLine> Ombudsman, decimal? MaladministrationRate, IReadOnlyList<ImprovementLine> Improvements, IReadOnlyList<ExceptionalLine> Exceptional);

/// <summary>Code 8.1-8.2: the annual complaints performance and service improvement report, drafted, answered by the governing body and published.</summary>
public sealed class AnnualReports(RedressDbContext db, MeasureReports measures, TsmReports tsm, SettingsStore settings, CalendarService calendars, RecordChanges changes, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { IncludeFields = true };

    /// <summary>
    /// The reporting years a report can be drafted for, newest first: from the year of the first complaint (or of
    /// a report already saved, or last year if earlier) to the year under way.
    /// </summary>
    public async Task<IReadOnlyList<int>> YearsAsync(DateOnly today, CancellationToken ct)
    {
        var current = ReportingYear.Containing(today).Year;
        var firstComplaint = await db.Complaints.MinAsync(c => (DateOnly?)c.ReceivedOn, ct);
        var firstReport = await db.AnnualReports.MinAsync(r => (int?)r.ReportingYear, ct);
        var from = new[] { current - 1, firstReport ?? current, firstComplaint is { } on ? ReportingYear.Containing(on).Year : current }.Min();
        return [.. Enumerable.Range(from, current - from + 1).Reverse()];
    }

    public async Task<AnnualReport> DraftAsync(int year, CancellationToken ct)
    {
        var report = await db.AnnualReports.AsNoTracking().FirstOrDefaultAsync(r => r.ReportingYear == year, ct);
        if (report is not null)
        {
            return report;
        }
        report = AnnualReport.Draft(Guid.CreateVersion7(clock.GetUtcNow()), year);
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return report;
    }

    public Task<Outcome<AnnualReport>> WriteAsync(int year, AnnualReportText text, Actor actor, CancellationToken ct) =>
        changes.ChangeAsync(db.AnnualReports.Where(r => r.ReportingYear == year), r => r.Id, r => r.Write(text, clock.TodayInUk()), actor, "annual-report.written", ct);

    public async Task<Outcome<AnnualReport>> PublishAsync(int year, Actor actor, CancellationToken ct)
    {
        var figures = await FiguresAsync(year, ct);
        var approved = await ApprovedAssessmentAsync(year, ct);
        return await changes.ChangeAsync(db.AnnualReports.Where(r => r.ReportingYear == year), r => r.Id,
            r => r.Publish(approved?.Id, JsonSerializer.Serialize(figures, Json), clock.TodayInUk()), actor, "annual-report.published", ct);
    }

    /// <summary>The figures of a published report as frozen, or of a draft as they stand now.</summary>
    public async Task<AnnualFigures> FiguresOfAsync(AnnualReport report, CancellationToken ct) =>
        report.Figures is { } frozen ? JsonSerializer.Deserialize<AnnualFigures>(frozen, Json)! : await FiguresAsync(report.ReportingYear, ct);

    public async Task<AnnualFigures> FiguresAsync(int year, CancellationToken ct)
    {
        var period = ReportingPeriod.Year(year);
        var today = clock.TodayInUk();
        var landlord = await settings.GetAsync(db, ct);
        var calendar = await calendars.CurrentAsync(db, landlord, ct);
        var (start, end) = (period.From, period.To);
        var assessment = await ApprovedAssessmentAsync(year, ct);
        var cases = await (from c in db.OmbudsmanCases.AsNoTracking().Include(c => c.Determinations).Include(c => c.Orders).AsSplitQuery()
                           where c.DeterminedOn >= start && c.DeterminedOn <= end
                           join m in db.Complaints on c.ComplaintId equals m.Id
                           select new { Case = c, m.Reference }).ToListAsync(ct);
        var improvements = await db.LearningActions.AsNoTracking().Where(a => (a.DoneOn >= start && a.DoneOn <= end) || (a.DoneOn == null && a.RaisedOn <= end))
            .OrderBy(a => a.DoneOn == null).ThenBy(a => a.DoneOn).Select(a => new ImprovementLine(a.Title, a.Theme, a.WhatChanged, a.DoneOn)).ToListAsync(ct);
        var exceptional = await db.ExceptionalCircumstances.AsNoTracking().Where(e => e.From <= end && (e.To == null || e.To >= start))
            .Select(e => new ExceptionalLine(e.From, e.To, e.Reason)).ToListAsync(ct);
        return new AnnualFigures(year, landlord.LandlordName,
            await measures.ForAsync(period, today, calendar, ct),
            await tsm.ForYearAsync(new ReportingYear(year), null, ct),
            assessment is null ? null : new AssessmentLine(assessment.Number, assessment.ApprovedOn, assessment.ApprovedBy,
                [.. assessment.Answers.OrderBy(a => CodeProvisions.All.ToList().FindIndex(p => p.Number == a.Provision)).Select(a => (a.Provision, a.Complies, a.Action, a.TargetOn))]),
            [.. cases.Select(c => new OmbudsmanLine(c.Case.Reference, c.Reference, c.Case.DeterminedOn,
                [.. c.Case.Determinations.Select(d => $"{d.Element}: {Common.Display.Words(d.Finding).ToLowerInvariant()}")],
                [.. c.Case.Orders.Select(o => $"{Common.Display.Words(o.Kind)}: {o.Description} ({(o.Status == OrderStatus.Complied ? $"complied with {Common.Display.Date(o.CompliedOn)}" : "open")})")]))],
            OmbudsmanCase.MaladministrationRate(cases.SelectMany(c => c.Case.Determinations.Select(d => d.Finding))),
            improvements, exceptional);
    }

    private Task<SelfAssessment?> ApprovedAssessmentAsync(int year, CancellationToken ct) =>
        db.SelfAssessments.AsNoTracking().Include(a => a.Answers)
            .Where(a => a.ReportingYear == year && a.Status == AssessmentStatus.Approved).OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct);
}
