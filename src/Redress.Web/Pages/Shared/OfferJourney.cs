using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Letters;

namespace Redress.Web.Pages.Shared;

/// <summary>
/// Sending the letter on how to complain (Code 1.5, 1.6, 3.7) about feedback or a service request: the letter as it
/// will go, then sent; a letter missing something the Code requires (no way to complain in the settings) is not sent.
/// Also serves the PDF of each offer sent, for the record's page.
/// </summary>
public abstract class OfferJourney(OfferLetters offers, LetterQueries letters) : PageModel
{
    public LetterDraft? Letter { get; private set; }

    public OfferTarget Target { get; private set; } = null!;

    /// <summary>Where to go back to: the feedback or the service request.</summary>
    public abstract string Back { get; }

    protected abstract OfferTarget TargetOf(Guid id);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Target = TargetOf(id);
        var draft = await offers.DraftAsync(Target, Actor.From(User), ct);
        if (draft.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!draft.Succeeded)
        {
            ModelState.AddModelError(Field.Id(draft.Error!.Field ?? ""), draft.Error.Message);
            return Page();
        }
        Letter = draft.Value;
        foreach (var missing in Letter!.Missing)
        {
            ModelState.AddModelError(Field.Id(missing.Field ?? ""), missing.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Target = TargetOf(id);
        var outcome = await offers.IssueAsync(Target, Actor.From(User), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.Succeeded)
        {
            return await OnGetAsync(id, ct);
        }
        var sent = outcome.Value!;
        TempData["Banner"] = sent.Delivery == Domain.Letters.LetterDelivery.Email
            ? $"The letter on how to complain is being emailed to {sent.Recipient}."
            : $"The letter on how to complain is ready to post to {sent.Recipient}: print its PDF and post it.";
        return Redirect(Back);
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid letterId, CancellationToken ct) =>
        await letters.OfferPdfAsync(TargetOf(id), letterId, ct) is { } pdf ? File(pdf.Pdf, "application/pdf", pdf.FileName) : NotFound();
}
