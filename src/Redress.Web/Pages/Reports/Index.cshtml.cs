using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Oversight;
using Redress.Web.Data;
using Redress.Web.Settings;

namespace Redress.Web.Pages.Reports;

/// <summary>Code 8.2: the published annual complaints reports, with their self-assessments, open to anyone.</summary>
[AllowAnonymous]
public sealed class IndexModel(RedressDbContext db, SettingsStore settings) : PageModel
{
    public IReadOnlyList<AnnualReport> Published { get; private set; } = [];
    public string Landlord { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Published = await db.AnnualReports.AsNoTracking().Where(r => r.PublishedOn != null).OrderByDescending(r => r.ReportingYear).ToListAsync(ct);
        Landlord = (await settings.GetAsync(db, ct)).LandlordName;
    }
}
