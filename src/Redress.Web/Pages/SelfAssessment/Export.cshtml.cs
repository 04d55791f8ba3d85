using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Assessment;
using Redress.Web.Data;
using Redress.Web.Settings;

namespace Redress.Web.Pages.SelfAssessment;

/// <summary>The self-assessment for publication (Code 8.2): a printable HTML document, a PDF and a CSV, in the form's layout.</summary>
public sealed class ExportModel(AssessmentOperations assessments, SettingsStore settings, RedressDbContext db) : PageModel
{
    public Domain.Code.SelfAssessment Assessment { get; private set; } = null!;
    public string Landlord { get; private set; } = "";

    public async Task<IActionResult> OnGetHtmlAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct)
            ? File(AssessmentExport.Table(Assessment).Csv(), "text/csv; charset=utf-8", $"self-assessment-v{Assessment.Number}.csv")
            : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? File(await AssessmentExport.Table(Assessment).XlsxAsync(ct), Documents.TableExport.XlsxType, $"self-assessment-v{Assessment.Number}.xlsx") : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? File(AssessmentExport.Pdf(Assessment, Landlord), "application/pdf", $"self-assessment-v{Assessment.Number}.pdf") : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var assessment = await assessments.GetAsync(id, ct);
        if (assessment is null)
        {
            return false;
        }
        Assessment = assessment;
        Landlord = (await settings.GetAsync(db, ct)).LandlordName;
        return true;
    }
}
