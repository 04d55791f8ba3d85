using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Complaints;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// A journey on one complaint: the form (GET, or "Change answers"), a check-your-answers step
/// ("Continue"), then the change recorded ("Confirm"). The ETag read when the form was first shown
/// travels with it, so a complaint changed meanwhile is refused, never overwritten.
/// </summary>
public abstract class ComplaintJourney(ComplaintOperations complaints) : PageModel
{
    [BindProperty]
    public string? Version { get; set; }

    public ComplaintView Complaint { get; private set; } = null!;

    public bool Checking { get; private set; }

    protected ComplaintOperations Complaints => complaints;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
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
        Checking = Read();
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        return Read() ? await RecordAsync(id, ct) : Page();
    }

    /// <summary>Defaults for a new form, such as today's date.</summary>
    protected virtual void Prefill()
    {
    }

    /// <summary>Reads and checks the answers into model state; true when they can be recorded.</summary>
    protected abstract bool Read();

    /// <summary>Records the change; on a refusal adds it to model state and shows the page again.</summary>
    protected abstract Task<IActionResult> RecordAsync(Guid id, CancellationToken ct);

    /// <summary>More to load once the complaint is known (choices of handler, settings).</summary>
    protected virtual Task<bool> LoadMoreAsync(CancellationToken ct) => Task.FromResult(true);

    /// <summary>A refusal by the rules, shown at the form field that <paramref name="keyFor"/> gives for the field it names.</summary>
    protected IActionResult Refused(Common.Outcome<ComplaintView> outcome, Func<string?, string> keyFor)
    {
        ModelState.AddModelError(keyFor(outcome.Error?.Field), outcome.Error?.Message ?? "The change could not be recorded");
        return Page();
    }

    protected IActionResult Done(Guid id, string banner)
    {
        TempData["Banner"] = banner;
        return Redirect($"/complaints/{id}");
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
