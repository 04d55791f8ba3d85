using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Data;
using Redress.Web.Settings;

namespace Redress.Web.Pages.Admin.Settings;

/// <summary>Every setting by group, each with a link to change it, and who last changed the settings.</summary>
public sealed class IndexModel(SettingsAdministration settings, HomesStore homes, LogoStore logos, RedressDbContext db, TimeProvider clock) : PageModel
{
    public LandlordSettings Settings { get; private set; } = null!;
    public IReadOnlyList<HomesView> Homes { get; private set; } = [];
    public Data.Entities.LandlordLogo? Logo { get; private set; }
    public (string Who, DateTime AtUtc)? LastChanged { get; private set; }
    public int CurrentYear { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = (await settings.ReadAsync(ct)).Settings;
        Homes = await homes.ListAsync(ct);
        Logo = await logos.GetAsync(ct);
        CurrentYear = Domain.Measures.ReportingYear.Containing(Time.UkTime.TodayInUk(clock)).Year;
        var last = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "settings")
            .OrderByDescending(e => e.OccurredAtUtc).Select(e => new { e.ActorName, e.OccurredAtUtc }).FirstOrDefaultAsync(ct);
        LastChanged = last is null ? null : (last.ActorName, last.OccurredAtUtc);
    }
}
