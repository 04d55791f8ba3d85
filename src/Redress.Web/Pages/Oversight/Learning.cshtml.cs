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

/// <summary>Code 9.1-9.3: service improvements learned from complaints, tracked to done with what changed.</summary>
public sealed class LearningModel(RedressDbContext db, RecordChanges changes, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Theme { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateParts DueOn { get; set; } = new();
    [BindProperty] public string? Complaints { get; set; }

    public IReadOnlyList<LearningAction> Actions { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> References { get; private set; } = new Dictionary<Guid, string>();
    public DateOnly Today { get; private set; }
    public bool CanEdit => Roles.AssessmentEditors.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var table = new Documents.TableExport("Learning", ["Improvement", "Theme", "Owner", "Raised on", "Due on", "Status", "What changed", "Done on", "Complaints"],
            [.. Actions.Select(a => (IReadOnlyList<object?>)[a.Title, a.Theme, a.Owner, a.RaisedOn, a.DueOn, a.Status.ToString(), a.WhatChanged, a.DoneOn,
                string.Join(", ", a.ComplaintIds.Select(id => References.GetValueOrDefault(id, "")))])]);
        return File(await table.XlsxAsync(ct), Documents.TableExport.XlsxType, "learning.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        var due = DueOn.Read(ModelState, "dueOn", "The due date", required: true);
        var references = (Complaints ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => r.ToUpperInvariant()).Distinct().ToList();
        var found = await db.Complaints.AsNoTracking().Where(c => references.Contains(c.Reference)).Select(c => new { c.Id, c.Reference }).ToListAsync(ct);
        if (references.Except(found.Select(f => f.Reference)).ToList() is { Count: > 0 } unknown)
        {
            ModelState.AddModelError("complaints", $"There is no complaint {string.Join(", ", unknown)}");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await changes.AddAsync(LearningAction.Raise(Guid.CreateVersion7(clock.GetUtcNow()), new LearningDetails(Title ?? "", Theme ?? "", Owner ?? "", due!.Value, [.. found.Select(f => f.Id)]), Today),
            a => a.Id, Actor.From(User), "learning.raised", ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "It could not be saved");
            return Page();
        }
        TempData["Banner"] = "Improvement action added.";
        return Redirect(Paths.Learning);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = clock.TodayInUk();
        Actions = await db.LearningActions.AsNoTracking().OrderBy(a => a.Status == LearningStatus.Done).ThenBy(a => a.DueOn).Take(500).ToListAsync(ct);
        var ids = Actions.SelectMany(a => a.ComplaintIds).Distinct().ToList();
        References = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
    }
}
