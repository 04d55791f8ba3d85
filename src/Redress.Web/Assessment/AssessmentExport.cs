using Redress.Web.Common;
using System.Globalization;
using Redress.Domain.Code;
using Redress.Web.Documents;
using Redress.Web.Pages.Shared;

namespace Redress.Web.Assessment;

/// <summary>The self-assessment in the layout of the Ombudsman's form (Appendix A): every provision in order, with its number.</summary>
public static class AssessmentExport
{
    public static readonly string[] Columns = ["Section", "Provision", "Code requirement", "Comply: yes/no", "Evidence", "Commentary / explanation", "Action", "Target date"];

    public static string Title(SelfAssessment a, string landlord) =>
        $"{landlord}: self-assessment against the Complaint Handling Code, {a.ReportingYear}/{(a.ReportingYear + 1) % 100} (version {a.Number})";

    public static string Status(SelfAssessment a) =>
        a.Status == AssessmentStatus.Approved ? $"Approved by {a.ApprovedBy} on {Display.Date(a.ApprovedOn)}" : "Draft: not yet approved by the governing body";

    public static IEnumerable<(CodeProvision Provision, AssessmentAnswer Answer)> Rows(SelfAssessment a) =>
        CodeProvisions.All.Select(p => (p, a.Answers.Single(x => x.Provision == p.Number)));

    public static string Comply(AssessmentAnswer answer) => answer.Complies switch { true => "Yes", false => "No", null => "Not answered" };

    public static TableExport Table(SelfAssessment a) => new("Self-assessment", Columns,
        [.. Rows(a).Select(r => (IReadOnlyList<object?>)[$"{r.Provision.Section}. {r.Provision.SectionTitle}", r.Provision.Number, r.Provision.Requirement,
            Comply(r.Answer), r.Answer.Evidence, r.Answer.Commentary, r.Answer.Action, r.Answer.TargetOn])]);

    public static byte[] Pdf(SelfAssessment a, string landlord)
    {
        var pdf = new PdfWriter(Title(a, landlord), $"{landlord} self-assessment version {a.Number}");
        pdf.Heading("Complaint Handling Code self-assessment", 1);
        pdf.Paragraph(Title(a, landlord));
        pdf.Paragraph(Status(a));
        double[] widths = [0.11, 0.40, 0.09, 0.40];
        foreach (var section in Rows(a).GroupBy(r => (r.Provision.Section, r.Provision.SectionTitle)))
        {
            pdf.Heading($"Section {section.Key.Section}: {section.Key.SectionTitle}", 2);
            pdf.Row(["Provision", "Code requirement", "Comply", "Evidence, commentary and action"], widths, header: true);
            foreach (var (p, answer) in section)
            {
                var notes = string.Join("\n", new[]
                {
                    answer.Evidence is null ? null : $"Evidence: {answer.Evidence}",
                    answer.Commentary is null ? null : $"Commentary: {answer.Commentary}",
                    answer.Action is null ? null : $"Action: {Display.Clause(answer.Action, $"by {Display.Date(answer.TargetOn)}")}",
                }.Where(x => x is not null));
                pdf.Row([p.Number, p.Requirement, Comply(answer), notes], widths);
            }
        }
        return pdf.ToBytes();
    }
}
