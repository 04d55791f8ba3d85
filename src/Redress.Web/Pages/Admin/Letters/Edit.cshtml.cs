using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Letters;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Letters;

namespace Redress.Web.Pages.Admin.Letters;

/// <summary>
/// Changes a letter template: the text, a preview on a sample complaint or a real one, then save (refused with every problem,
/// each with its line, when it does not parse, names a field letters lack or leaves out what the Code requires);
/// or go back to the shipped wording. A change made meanwhile by someone else is refused, the text kept.
/// </summary>
public sealed class EditModel(LetterTemplates templates) : PageModel
{
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Version { get; set; }
    /// <summary>The reference of a real complaint to preview the letter on; blank for the sample complaint.</summary>
    [BindProperty] public string? PreviewReference { get; set; }

    public TemplateView Current { get; private set; } = null!;
    public LetterKind Kind { get; private set; }
    public LetterDraft? Preview { get; private set; }
    /// <summary>The real complaint the preview is on, or null for the sample.</summary>
    public string? PreviewedOn { get; private set; }
    public string Name => IndexModel.Name(Kind);

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken ct)
    {
        if (!await LoadAsync(kind, ct))
        {
            return NotFound();
        }
        (Source, Version) = (Current.Source, Current.ETag);
        Preview = await templates.PreviewAsync(Kind, Source, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string kind, CancellationToken ct)
    {
        if (!await LoadAsync(kind, ct))
        {
            return NotFound();
        }
        Show(await templates.CheckAsync(Kind, Source, ct));
        if (string.IsNullOrWhiteSpace(PreviewReference) || Source is null)
        {
            Preview = Source is null ? null : await templates.PreviewAsync(Kind, Source, ct);
            return Page();
        }
        var (draft, found) = await templates.PreviewOnAsync(Kind, Source, PreviewReference, ct);
        if (!found)
        {
            ModelState.AddModelError("previewReference", $"There is no complaint with the reference {PreviewReference.Trim()}. Enter a reference like CMP-2026-000123, or leave it blank for a sample complaint");
            Preview = await templates.PreviewAsync(Kind, Source, ct);
            return Page();
        }
        (Preview, PreviewedOn) = (draft, PreviewReference.Trim().ToUpperInvariant());
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string kind, CancellationToken ct)
    {
        if (!await LoadAsync(kind, ct))
        {
            return NotFound();
        }
        var outcome = await templates.SaveAsync(Kind, Source, Version, Actor.From(User), ct);
        return outcome.Succeeded ? Done($"The {Name.ToLowerInvariant()} letter is saved: letters sent from now use it.") : await RefusedAsync(outcome, ct);
    }

    public async Task<IActionResult> OnPostResetAsync(string kind, CancellationToken ct)
    {
        if (!await LoadAsync(kind, ct))
        {
            return NotFound();
        }
        var outcome = await templates.ResetAsync(Kind, Version, Actor.From(User), ct);
        return outcome.Succeeded ? Done($"The {Name.ToLowerInvariant()} letter is back to the shipped wording.") : await RefusedAsync(outcome, ct);
    }

    private IActionResult Done(string banner)
    {
        TempData["Banner"] = banner;
        return Redirect(Paths.LetterTemplates);
    }

    private async Task<IActionResult> RefusedAsync(Outcome<TemplateView> outcome, CancellationToken ct)
    {
        if (outcome.Kind == OutcomeKind.Stale)
        {
            ModelState.AddModelError("source", $"Someone else changed this template while you were editing it ({Current.ChangedBy}). Your text is below: compare it with theirs, then save again.");
            Version = Current.ETag;
        }
        else if (outcome.Errors is { } errors)
        {
            foreach (var message in errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError("source", message);
            }
        }
        else
        {
            ModelState.AddModelError("source", outcome.Error!.Message);
        }
        Preview = Source is null ? null : await templates.PreviewAsync(Kind, Source, ct);
        return Page();
    }

    private void Show(IReadOnlyList<Redress.Domain.Common.DomainError> problems)
    {
        foreach (var p in problems)
        {
            ModelState.AddModelError("source", p.Message);
        }
    }

    private async Task<bool> LoadAsync(string kind, CancellationToken ct)
    {
        var match = LetterTemplates.Editable.Where(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()) == kind).ToList();
        if (match.Count == 0)
        {
            return false;
        }
        Kind = match[0];
        Current = await templates.GetAsync(Kind, ct);
        return true;
    }
}
