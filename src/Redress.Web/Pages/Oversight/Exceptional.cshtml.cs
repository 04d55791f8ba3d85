using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Oversight;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Oversight;

/// <summary>Code 8.5: the register of exceptional circumstances, with the notices given and the return to compliance.</summary>
public sealed class ExceptionalModel(RedressDbContext db, RecordChanges changes, TimeProvider clock) : PageModel
{
    [BindProperty] public DateParts From { get; set; } = new();
    [BindProperty] public DateParts To { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateParts OmbudsmanToldOn { get; set; } = new();
    [BindProperty] public string? ResidentsTold { get; set; }
    [BindProperty] public DateParts ReturnOn { get; set; } = new();

    public IReadOnlyList<ExceptionalCircumstance> Register { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> Affected { get; private set; } = new Dictionary<Guid, int>();
    public bool CanEdit => Roles.AssessmentEditors.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        var from = From.Read(ModelState, "from", "The start of the period", required: true);
        var to = To.Read(ModelState, "to", "The end of the period", required: false);
        var told = OmbudsmanToldOn.Read(ModelState, "ombudsmanToldOn", "The date the Ombudsman was told", required: false);
        var back = ReturnOn.Read(ModelState, "returnOn", "The date of return to compliance", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var made = ExceptionalCircumstance.Record(Guid.CreateVersion7(clock.GetUtcNow()), new ExceptionalDetails(from!.Value, to, Reason ?? "", told, ResidentsTold ?? "", back), clock.TodayInUk());
        var outcome = await changes.AddAsync(made, e => e.Id, Actor.From(User), "exceptional-circumstances.recorded", ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "It could not be saved");
            return Page();
        }
        TempData["Banner"] = "Exceptional circumstances recorded. Complaints received in the period are marked in reports.";
        return Redirect(Paths.Exceptional);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Register = await db.ExceptionalCircumstances.AsNoTracking().OrderByDescending(e => e.From).ToListAsync(ct);
        var affected = new Dictionary<Guid, int>();
        foreach (var e in Register)
        {
            var end = e.To ?? clock.TodayInUk();
            affected[e.Id] = await db.Complaints.CountAsync(c => c.ReceivedOn >= e.From && c.ReceivedOn <= end, ct);
        }
        Affected = affected;
    }
}
