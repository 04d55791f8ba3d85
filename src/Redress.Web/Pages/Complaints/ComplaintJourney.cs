using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Pages.Shared;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// A journey on one complaint: the form (GET, or "Change answers"), a check-your-answers step
/// ("Continue"), then the change recorded ("Confirm"). The page only reads its answers; the rules are the
/// complaint's own: "Continue" tries the change on the complaint as it is, without saving, so a refusal
/// shows at its field before the check page, and "Confirm" records it. The ETag read when the form was
/// first shown travels with it, so a complaint changed meanwhile is refused, never overwritten.
/// </summary>
public abstract class ComplaintJourney(ComplaintOperations complaints) : PageModel
{
    [BindProperty]
    public string? Version { get; set; }

    public ComplaintView Complaint { get; private set; } = null!;

    public bool Checking { get; private set; }

    /// <summary>The letter recording the change will issue, shown on the check page before it goes.</summary>
    public Letters.LetterDraft? Letter { get; private set; }

    protected ComplaintOperations Complaints => complaints;

    /// <summary>The action this journey records.</summary>
    protected abstract ComplaintAction Action { get; }

    /// <summary>The person the action gives the complaint to, checked as someone who can hold complaints.</summary>
    protected virtual Guid? NewHandler => null;

    /// <summary>Set when the step's letter went another way (a phone call, another system): recorded, nothing rendered or sent.</summary>
    protected virtual Letters.ExternalLetter? External => null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Unavailable() is { } unavailable)
        {
            return unavailable;
        }
        Prefill();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Unavailable() is { } unavailable)
        {
            return unavailable;
        }
        Checking = Read() && await TryAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        return Unavailable() ?? Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        // A change made meanwhile that took this action away is shown as the refusal it is, with the answers kept.
        return Read() ? await RecordAsync(id, ct) : Page();
    }

    /// <summary>
    /// The complaint does not allow this action now (a closed complaint cannot be responded to): 409 with a page
    /// that says why and leads back to the complaint, instead of a form that could only be refused.
    /// </summary>
    private IActionResult? Unavailable()
    {
        if (Complaint.Allows(Action))
        {
            return null;
        }
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Partial("_Unavailable", new UnavailableView(Complaint.Id, Complaint.Reference, UnavailableView.Activity(Action),
            Complaint.Unavailable.GetValueOrDefault(Action.Key) ?? "The complaint does not allow it now."));
    }

    /// <summary>Defaults for a new form, such as today's date.</summary>
    protected virtual void Prefill()
    {
    }

    /// <summary>Reads the answers into model state (dates, numbers, choices made); true when they can be tried.</summary>
    protected abstract bool Read();

    /// <summary>The change the answers make, once <see cref="Read"/> succeeded.</summary>
    protected abstract ComplaintChange Change();

    /// <summary>Every reason the change would be refused, where the domain has a list rule for it (shown all at once); null when it has none.</summary>
    protected virtual ComplaintProblems? Problems() => null;

    /// <summary>The banner once the change is recorded.</summary>
    protected abstract string Banner(ComplaintView recorded);

    /// <summary>Records the change; on a refusal shows it at its field and the page again.</summary>
    protected virtual async Task<IActionResult> RecordAsync(Guid id, CancellationToken ct)
    {
        var outcome = await complaints.ApplyAsync(id, new ChangeOptions(Version, NewHandler, External), Action, Actor.From(User), Change(), ct);
        return outcome.Succeeded ? Done(id, Banner(outcome.Value!)) : Refused(outcome);
    }

    /// <summary>More to load once the complaint is known (choices of handler, settings).</summary>
    protected virtual Task<bool> LoadMoreAsync(CancellationToken ct) => Task.FromResult(true);

    /// <summary>
    /// A refusal, shown at the input whose id is the last part of the field the rule names
    /// ("definition.summary" at "summary"); a rule about something not on the page shows in the summary alone.
    /// </summary>
    protected IActionResult Refused<T>(Outcome<T> outcome)
    {
        if (outcome.Errors is { Count: > 1 } all)
        {
            foreach (var (field, messages) in all)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(Field.Id(field), message);
                }
            }
            return Page();
        }
        Show(outcome.Error ?? new DomainError("refused", "The change could not be recorded."));
        return Page();
    }

    protected void Show(DomainError error) => ModelState.AddModelError(Field.Id(error.Field ?? ""), error.Message);

    protected IActionResult Done(Guid id, string banner)
    {
        TempData["Banner"] = banner;
        return RedirectToPage("/Complaints/Show", new { id });
    }

    private async Task<bool> TryAsync(Guid id, CancellationToken ct)
    {
        var trial = await complaints.TryAsync(id, new ChangeOptions(Version, NewHandler, External), Action, Actor.From(User), Change(), Problems(), ct);
        foreach (var refusal in trial.Refusals)
        {
            Show(refusal);
        }
        Letter = trial.Letter;
        return trial.Refusals.Count == 0;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await complaints.GetAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return false;
        }
        Complaint = outcome.Value!;
        Version ??= Complaint.ETag;
        return await LoadMoreAsync(ct);
    }
}

/// <summary>Why a journey on a complaint is not available now.</summary>
public sealed record UnavailableView(Guid Id, string Reference, string What, string Why)
{
    public static string Activity(ComplaintAction action) => action.Key switch
    {
        "acknowledge" => "Acknowledging the complaint",
        "extend" => "Extending the response timescale",
        "respond" => "Recording a response",
        "escalate" => "Escalating to stage 2",
        "not-accept" => "Not accepting the complaint",
        "refuse-escalation" => "Refusing the escalation",
        "withdraw" => "Recording a withdrawal",
        "close" => "Closing the complaint",
        "reassign" => "Reassigning the complaint",
        "add-point" => "Adding a point",
        "complete-remedy" => "Completing a remedy",
        "complete-action" => "Completing an outstanding action",
        "send-update" => "Sending the resident an update",
        _ => "This action",
    };
}
