using Microsoft.EntityFrameworkCore;
using Redress.Domain.Measures;
using Redress.Domain.Oversight;
using Redress.Web.Calendar;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Documents;
using Redress.Web.Pages.Shared;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Reports;

public sealed record OrderLine(string Case, string Complaint, OrderKind Kind, string Description, DateOnly? DueOn, OrderStatus Status, DateOnly? CompliedOn, bool Severe);

/// <summary>Code 9.7 a-d: what the Member Responsible for Complaints and the governing body receive each quarter.</summary>
public sealed record MrcPack(
    string Landlord, ReportingPeriod Period, MeasureReport Quarter, MeasureReport YearBefore, IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<LearningAction> Learning, IReadOnlyList<OrderLine> Orders, IReadOnlyList<string> Determinations, AnnualReport? Annual, DateOnly Today);

public sealed class MrcPacks(RedressDbContext db, MeasureReports measures, SettingsStore settings, CalendarService calendars, TimeProvider clock)
{
    public async Task<MrcPack> ForAsync(int year, int quarter, CancellationToken ct)
    {
        var period = ReportingPeriod.Quarter(year, quarter);
        var today = clock.TodayInUk();
        var landlord = await settings.GetAsync(db, ct);
        var calendar = await calendars.CurrentAsync(db, landlord, ct);
        var (start, end) = (period.From, period.To);
        var learning = await db.LearningActions.AsNoTracking().Where(a => a.DoneOn == null || (a.DoneOn >= start && a.DoneOn <= end)).OrderBy(a => a.DueOn).ToListAsync(ct);
        var orders = await (from o in db.OmbudsmanOrders.AsNoTracking()
                            join c in db.OmbudsmanCases on o.CaseId equals c.Id
                            join m in db.Complaints on c.ComplaintId equals m.Id
                            where o.Status == OrderStatus.Open || (o.CompliedOn >= start && o.CompliedOn <= end)
                            orderby o.DueOn
                            select new OrderLine(c.Reference, m.Reference, o.Kind, o.Description, o.DueOn, o.Status, o.CompliedOn,
                                db.OmbudsmanDeterminations.Any(d => d.CaseId == c.Id && d.Finding == OmbudsmanFinding.SevereMaladministration))).ToListAsync(ct);
        var determinations = await (from c in db.OmbudsmanCases.AsNoTracking()
                                    where c.DeterminedOn >= start && c.DeterminedOn <= end
                                    from d in c.Determinations
                                    select c.Reference + ": " + d.Element + " - " + d.Finding).ToListAsync(ct);
        return new MrcPack(landlord.LandlordName, period,
            await measures.ForAsync(period, today, calendar, ct),
            await measures.ForAsync(period.YearBefore(), today, calendar, ct),
            await measures.MonthsAsync(period, ct),
            learning, orders, determinations,
            await db.AnnualReports.AsNoTracking().FirstOrDefaultAsync(r => r.ReportingYear == year - 1, ct),
            today);
    }

    public static byte[] Pdf(MrcPack p)
    {
        var pdf = new PdfWriter($"{p.Landlord}: complaints pack for the MRC, {p.Period.Label}", $"{p.Landlord} MRC pack {p.Period.Label}");
        string Pct(decimal? x) => x is null ? "no data" : $"{x:0.0}%";
        var q = p.Quarter;
        pdf.Heading($"Complaints pack for the Member Responsible for Complaints: {p.Period.Label}", 1);
        pdf.Paragraph($"{Display.Date(p.Period.From)} to {Display.Date(p.Period.To)}. Figures as at {Display.Date(p.Today)}.");
        pdf.Heading("(a) Volume, categories, outcomes and performance", 2);
        double[] w = [0.5, 0.25, 0.25];
        pdf.Row(["Figure", p.Period.Label, "A year earlier"], w, header: true);
        pdf.Row(["Stage 1 complaints received", $"{q.Stage1.Received.Value}", $"{p.YearBefore.Stage1.Received.Value}"], w);
        pdf.Row(["Stage 2 complaints received", $"{q.Stage2.Received.Value}", $"{p.YearBefore.Stage2.Received.Value}"], w);
        pdf.Row(["Stage 1 responses within the timescale", Pct(q.Stage1.RespondedInTimePercent), Pct(p.YearBefore.Stage1.RespondedInTimePercent)], w);
        pdf.Row(["Stage 2 responses within the timescale", Pct(q.Stage2.RespondedInTimePercent), Pct(p.YearBefore.Stage2.RespondedInTimePercent)], w);
        pdf.Row(["Acknowledged within 5 working days (stage 1)", Pct(q.Stage1.AcknowledgedInTimePercent), Pct(p.YearBefore.Stage1.AcknowledgedInTimePercent)], w);
        for (var i = 0; i < q.Stage1.Outcomes.Count; i++)
        {
            pdf.Row([$"Stage 1 outcome: {q.Stage1.Outcomes[i].Label.ToLowerInvariant()}", $"{q.Stage1.Outcomes[i].Value}", $"{p.YearBefore.Stage1.Outcomes[i].Value}"], w);
        }
        pdf.Paragraph(q.Categories.Count == 0 ? "Categories: no complaints were received in the period." : "Categories: " + string.Join("; ", q.Categories.Select(c => $"{c.Label} {c.Value}")) + ".");
        pdf.Heading("(b) Issues and trends", 2);
        foreach (var m in p.Months)
        {
            pdf.Paragraph($"{m.Month:MMMM yyyy}: {m.Received} received; stage 1 responses in time {Pct(m.InTimePercent)} ({m.RespondedInTime} of {m.Responded}).");
        }
        if (p.Learning.Count == 0)
        {
            pdf.Paragraph("No service improvements from complaints are recorded for the period.");
        }
        foreach (var a in p.Learning)
        {
            pdf.Paragraph($"Improvement: {a.Title} ({a.Theme}), {a.Owner}, due {Display.Date(a.DueOn)}: {(a.WhatChanged ?? Display.Words(a.Status).ToLowerInvariant())}");
        }
        pdf.Heading("(c) Ombudsman outcomes and compliance with orders", 2);
        if (p.Determinations.Count == 0 && p.Orders.Count == 0)
        {
            pdf.Paragraph("No Ombudsman determinations in the period, and no orders open or complied with.");
        }
        foreach (var d in p.Determinations)
        {
            pdf.Paragraph(d);
        }
        foreach (var o in p.Orders)
        {
            pdf.Paragraph($"{o.Case} ({o.Complaint}){(o.Severe ? ", severe maladministration" : "")}: {o.Description}, due {Display.Date(o.DueOn)}: {(o.Status == OrderStatus.Complied ? $"complied with {Display.Date(o.CompliedOn)}" : o.DueOn < p.Today ? "OVERDUE" : "open")}");
        }
        pdf.Heading("(d) Annual complaints performance and service improvement report", 2);
        pdf.Paragraph(p.Annual?.PublishedOn is { } on ? $"The {p.Annual.ReportingYear}/{(p.Annual.ReportingYear + 1) % 100} report was published on {Display.Date(on)}." : "The last year's report is not published yet.");
        return pdf.ToBytes();
    }
}
