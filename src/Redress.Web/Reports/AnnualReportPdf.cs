using Redress.Domain.Oversight;
using Redress.Web.Common;
using Redress.Web.Documents;
using Redress.Web.Pages.Shared;

namespace Redress.Web.Reports;

/// <summary>The annual report as a PDF, section by section as on its page (Code 8.1 a-f and the governing body's response).</summary>
public static class AnnualReportPdf
{
    public static byte[] Render(AnnualReport r, AnnualFigures f)
    {
        var year = $"{r.ReportingYear}/{(r.ReportingYear + 1) % 100}";
        var pdf = new PdfWriter($"{f.Landlord}: annual complaints report {year}", $"{f.Landlord} complaints report {year}");
        var m = f.Measures;
        string Pct(decimal? p) => p is null ? "no data" : $"{p:0.0}%";
        pdf.Heading("Annual complaints performance and service improvement report", 1);
        pdf.Paragraph($"{f.Landlord}, 1 April {r.ReportingYear} to 31 March {r.ReportingYear + 1}. Published {Display.Date(r.PublishedOn)}.");

        pdf.Heading("(a) Self-assessment against the Complaint Handling Code", 2);
        if (f.SelfAssessment is { } sa)
        {
            pdf.Paragraph($"Version {sa.Number}, approved by {sa.ApprovedBy} on {Display.Date(sa.ApprovedOn)}. The landlord complies with {sa.Answers.Count(a => a.Complies == true)} of the {sa.Answers.Count} provisions.");
            foreach (var a in sa.Answers.Where(a => a.Complies == false))
            {
                pdf.Paragraph($"{a.Provision}: {Display.Clause(a.Action, $"by {Display.Date(a.TargetOn)}")}");
            }
        }
        else
        {
            pdf.Paragraph("No self-assessment has been approved for this year yet.");
        }
        pdf.Heading("(b) Complaints performance", 2);
        double[] widths = [0.5, 0.25, 0.25];
        pdf.Row(["Measure", "Stage 1", "Stage 2"], widths, header: true);
        pdf.Row(["Complaints received", $"{m.Stage1.Received.Value}", $"{m.Stage2.Received.Value}"], widths);
        pdf.Row(["CH01 per 1,000 homes", f.Tsm.Ch01.Stage1.PerThousandHomes?.ToString("0.0") ?? "-", f.Tsm.Ch01.Stage2.PerThousandHomes?.ToString("0.0") ?? "-"], widths);
        pdf.Row(["CH02 within the timescale", $"{Pct(f.Tsm.Ch02.Stage1.Percent)} ({f.Tsm.Ch02.Stage1.WithinTimescale} of {f.Tsm.Ch02.Stage1.Responded})", $"{Pct(f.Tsm.Ch02.Stage2.Percent)} ({f.Tsm.Ch02.Stage2.WithinTimescale} of {f.Tsm.Ch02.Stage2.Responded})"], widths);
        pdf.Row(["Acknowledged within 5 working days", Pct(m.Stage1.AcknowledgedInTimePercent), Pct(m.Stage2.AcknowledgedInTimePercent)], widths);
        pdf.Row(["Average working days to respond", m.Stage1.AverageWorkingDaysToRespond?.ToString("0.0") ?? "-", m.Stage2.AverageWorkingDaysToRespond?.ToString("0.0") ?? "-"], widths);
        for (var i = 0; i < m.Stage1.Outcomes.Count; i++)
        {
            pdf.Row([m.Stage1.Outcomes[i].Label, $"{m.Stage1.Outcomes[i].Value}", $"{m.Stage2.Outcomes[i].Value}"], widths);
        }
        pdf.Space(6);
        pdf.Paragraph($"Escalation rate {Pct(m.EscalationRatePercent)}. {m.Remedies.Offered.Value} complaints with a remedy offered ({Display.Money(m.Remedies.OfferedPence)} offered); {m.Remedies.Completed.Value} with a remedy carried out or paid ({Display.Money(m.Remedies.PaidPence)} paid). {m.Updates.Sent.Value} complaints had an update sent to the resident while a response was extended or actions were outstanding; {m.Updates.Late.Value} had one sent late.");
        pdf.Paragraph(m.Categories.Count == 0
            ? "No complaints were received, so there are no common subjects."
            : $"The most common subjects: {string.Join(", ", m.Categories.Take(5).Select(c => $"{c.Label} ({c.Value})"))}.");
        pdf.Paragraph(m.NotAcceptedByReason.All(n => n.Value == 0)
            ? "Complaints not accepted: none; every complaint received was accepted."
            : "Complaints not accepted, by reason: " + string.Join("; ", m.NotAcceptedByReason.Select(n => $"{n.Label}: {n.Value}")) + ".");
        foreach (var e in f.Exceptional)
        {
            pdf.Paragraph($"Exceptional circumstances {Display.Date(e.From)} to {(e.To is null ? "now" : Display.Date(e.To))}: {e.Reason}");
        }
        pdf.Heading("What the figures show", 3);
        pdf.Paragraph(r.Analysis ?? "The analysis has not been written yet.");
        pdf.Heading("(c) Findings of the Housing Ombudsman", 2);
        pdf.Paragraph($"Maladministration rate: {Pct(f.MaladministrationRate)}.");
        if (f.Ombudsman.Count == 0)
        {
            pdf.Paragraph("No determinations this year.");
        }
        foreach (var o in f.Ombudsman)
        {
            pdf.Paragraph($"{o.Reference} (complaint {o.Complaint}), determined {Display.Date(o.DeterminedOn)}: {string.Join("; ", o.Findings.Concat(o.Orders))}");
        }
        pdf.Heading("(d) Service improvements from complaints", 2);
        if (f.Improvements.Count == 0)
        {
            pdf.Paragraph("No service improvements from complaints were recorded in this year.");
        }
        foreach (var i in f.Improvements)
        {
            pdf.Paragraph($"{i.Title} ({i.Theme}): {(i.WhatChanged is null ? "in progress" : $"{i.WhatChanged} ({Display.Date(i.DoneOn)})")}");
        }
        pdf.Heading("(e) and (f) Reports about the landlord", 2);
        pdf.Paragraph(r.OmbudsmanReports ?? "None this year.");
        pdf.Heading("The governing body's response", 2);
        pdf.Paragraph(r.GoverningBodyResponse is null ? "Not yet recorded." : $"{r.GoverningBodyResponse} (agreed {Display.Date(r.ResponseOn)})");
        return pdf.ToBytes();
    }
}
