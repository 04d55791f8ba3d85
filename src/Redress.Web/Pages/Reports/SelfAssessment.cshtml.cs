using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Data;
using Redress.Web.Settings;

namespace Redress.Web.Pages.Reports;

/// <summary>Code 8.2: a self-assessment published with an annual report, open to anyone.</summary>
[AllowAnonymous]
public sealed class SelfAssessmentModel(RedressDbContext db, SettingsStore settings) : PageModel
{
    public Domain.Code.SelfAssessment Assessment { get; private set; } = null!;
    public string Landlord { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await db.AnnualReports.AnyAsync(r => r.SelfAssessmentId == id && r.PublishedOn != null, ct))
        {
            return NotFound();
        }
        Assessment = await db.SelfAssessments.AsNoTracking().Include(a => a.Answers).FirstAsync(a => a.Id == id, ct);
        Landlord = (await settings.GetAsync(db, ct)).LandlordName;
        return Page();
    }
}
