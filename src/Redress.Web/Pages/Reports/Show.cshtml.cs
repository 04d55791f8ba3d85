using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Oversight;
using Redress.Web.Data;
using Redress.Web.Reports;

namespace Redress.Web.Pages.Reports;

/// <summary>A published annual report (HTML, or PDF), as frozen when published.</summary>
[AllowAnonymous]
public sealed class ShowModel(RedressDbContext db, AnnualReports reports) : PageModel
{
    public AnnualReport Report { get; private set; } = null!;
    public AnnualFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct) => await LoadAsync(year, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(int year, CancellationToken ct) =>
        await LoadAsync(year, ct) ? File(AnnualReportPdf.Render(Report, Figures), "application/pdf", $"complaints-report-{year}.pdf") : NotFound();

    private async Task<bool> LoadAsync(int year, CancellationToken ct)
    {
        var report = await db.AnnualReports.AsNoTracking().FirstOrDefaultAsync(r => r.ReportingYear == year && r.PublishedOn != null, ct);
        if (report is null)
        {
            return false;
        }
        Report = report;
        Figures = await reports.FiguresOfAsync(report, ct);
        return true;
    }
}
