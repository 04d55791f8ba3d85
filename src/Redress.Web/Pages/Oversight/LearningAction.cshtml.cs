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

/// <summary>One improvement: start it, or record it done with what changed (Code 9.3).</summary>
public sealed class LearningActionModel(RedressDbContext db, RecordChanges changes, TimeProvider clock) : PageModel
{
    [BindProperty] public string? WhatChanged { get; set; }
    [BindProperty] public DateParts DoneOn { get; set; } = new();

    public LearningAction Action { get; private set; } = null!;
    public bool CanEdit => Roles.AssessmentEditors.Any(User.IsInRole) && Action.Status != LearningStatus.Done;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct) => await ChangeAsync(id, a => a.Start(), "learning.started", "Marked as in progress.", ct);

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct)
    {
        var on = DoneOn.Read(ModelState, "doneOn", "The date it was done", required: true);
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        return await ChangeAsync(id, a => a.Complete(WhatChanged ?? "", on!.Value, clock.TodayInUk()), "learning.done", "Recorded as done.", ct);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<LearningAction, Domain.Common.DomainError?> change, string action, string banner, CancellationToken ct)
    {
        if (!Roles.AssessmentEditors.Any(User.IsInRole))
        {
            return Forbid();
        }
        var outcome = await changes.ChangeAsync(db.LearningActions.Where(a => a.Id == id), a => a.Id, change, Actor.From(User), action, ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.Succeeded)
        {
            await LoadAsync(id, ct);
            ModelState.AddRefusal(outcome.Error, "It could not be saved");
            return Page();
        }
        TempData["Banner"] = banner;
        return Redirect(Paths.LearningAction(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var action = await db.LearningActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return false;
        }
        Action = action;
        return true;
    }
}
