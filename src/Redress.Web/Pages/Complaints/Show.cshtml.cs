using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Calendar;
using Redress.Web.Calendar;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Documents;
using Redress.Web.Residents;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>The complaint page: its clocks, definition, response, remedies and the trail of what happened.</summary>
public sealed class ShowModel(ComplaintOperations complaints, ResidentOperations residents, CorrespondenceOperations correspondence, Letters.LetterQueries letters, RedressDbContext db, SettingsStore settings, CalendarService calendars, TimeProvider clock) : PageModel
{
    public ComplaintView Complaint { get; private set; } = null!;
    public IReadOnlyList<AuditEntry> Trail { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public DateOnly Today { get; private set; }
    public WorkingDayCalendar Calendar { get; private set; } = null!;
    public IReadOnlyList<Redress.Domain.Residents.ContactRestriction> Restrictions { get; private set; } = [];
    public int ActiveNeeds { get; private set; }
    public string? ServiceRequestReference { get; private set; }
    public IReadOnlyList<CorrespondenceView> Correspondence { get; private set; } = [];

    /// <summary>The letters issued on the complaint, the first first (Code 5.12).</summary>
    public IReadOnlyList<Letters.LetterSummary> Letters { get; private set; } = [];
    /// <summary>Complaints linked to this one either way (a point logged as a new complaint, Code 6.8), and the resident's others.</summary>
    public IReadOnlyList<(Guid Id, string Reference, string How)> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await complaints.GetAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        Complaint = outcome.Value!;
        Trail = await complaints.AuditAsync(id, ct) ?? [];
        var handlers = Complaint.Stages.Where(s => s.HandlerId is not null).Select(s => s.HandlerId!.Value).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => handlers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Today = clock.TodayInUk();
        Correspondence = await correspondence.ListAsync(id, ct) ?? [];
        Letters = await letters.ListAsync(id, ct) ?? [];
        Related = await RelatedAsync(ct);
        if (Complaint.ServiceRequestId is { } sr)
        {
            ServiceRequestReference = await db.ServiceRequests.AsNoTracking().Where(r => r.Id == sr).Select(r => r.Reference).FirstOrDefaultAsync(ct);
        }
        if (Complaint.Resident is { } resident)
        {
            (Restrictions, ActiveNeeds) = await residents.WarningsAsync(resident.Id, ct);
        }
        Calendar = await calendars.CurrentAsync(db, await settings.GetAsync(db, ct), ct);
        return Page();
    }

    private async Task<IReadOnlyList<(Guid, string, string)>> RelatedAsync(CancellationToken ct)
    {
        var c = Complaint;
        var residentId = c.Resident?.Id;
        var rows = await db.Complaints.AsNoTracking()
            .Where(x => x.Id != c.Id && (x.Id == c.RelatedComplaintId || x.RelatedComplaintId == c.Id || x.ResidentId == residentId))
            .OrderByDescending(x => x.ReceivedOn).Take(20)
            .Select(x => new { x.Id, x.Reference, x.RelatedComplaintId, x.ReceivedOn, x.Status }).ToListAsync(ct);
        return [.. rows.Select(x => (x.Id, x.Reference,
            x.Id == c.RelatedComplaintId ? "this complaint was raised from it"
            : x.RelatedComplaintId == c.Id ? "raised from this complaint"
            : $"the same resident's, received {Common.Display.Date(x.ReceivedOn)}, {Common.Display.Words(x.Status).ToLowerInvariant()}"))];
    }

    public bool CanWork => Auth.Roles.Casework.Any(User.IsInRole);

    public string Handler(Guid? id) => id is { } h ? Names.GetValueOrDefault(h, "Unknown user") : "Not assigned";
}
