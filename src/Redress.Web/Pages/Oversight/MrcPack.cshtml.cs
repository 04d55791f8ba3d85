using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Measures;
using Redress.Web.Reports;
using Redress.Web.Time;

namespace Redress.Web.Pages.Oversight;

/// <summary>Code 9.7: the quarterly pack for the Member Responsible for Complaints and the governing body, as a page and a PDF.</summary>
public sealed class MrcPackModel(MrcPacks packs, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Quarter { get; set; }

    public MrcPack Pack { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Pack = await LoadAsync(ct);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var pack = await LoadAsync(ct);
        return File(MrcPacks.Pdf(pack), "application/pdf", $"mrc-pack-{pack.Period.Label.Replace('/', '-').Replace(' ', '-')}.pdf");
    }

    private Task<MrcPack> LoadAsync(CancellationToken ct)
    {
        var today = clock.TodayInUk();
        var year = ReportingYear.Containing(today).Year;
        var current = ((today.Month + 8) % 12 / 3) + 1;
        (Year, Quarter) = (Year is >= 2000 and <= 2100 ? Year : year, Quarter is >= 1 and <= 4 ? Quarter : current);
        return packs.ForAsync(Year!.Value, Quarter!.Value, ct);
    }
}
