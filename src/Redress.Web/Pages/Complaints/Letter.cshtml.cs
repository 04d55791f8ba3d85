using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Letters;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>A letter as it was issued (Code 5.12), and its PDF: the exact bytes stored, with their SHA-256.</summary>
public sealed class LetterModel(LetterQueries letters, Redress.Web.Complaints.ComplaintOperations complaints, LetterPosting posting, TimeProvider clock) : PageModel
{
    /// <summary>When a letter for post was posted (today unless changed).</summary>
    [BindProperty] public DateParts PostedOn { get; set; } = new();

    /// <summary>Whether this person can record that the letter was posted: a casework role, a letter for post not yet posted.</summary>
    public bool CanRecordPosting => Letter.Letter is { Delivery: Redress.Domain.Letters.LetterDelivery.Post, PostedOn: null } && Auth.Roles.Casework.Any(User.IsInRole);

    /// <summary>When the copy in the format the resident needs was sent (today unless changed).</summary>
    [BindProperty] public DateParts FormatSentOn { get; set; } = new();

    /// <summary>Whether this person can record that the copy in another format was sent: a casework role, a copy requested and not yet sent.</summary>
    public bool CanRecordFormat => Letter.Letter.AwaitsFormat && Auth.Roles.Casework.Any(User.IsInRole);

    public LetterDetail Letter { get; private set; } = null!;

    public string Reference { get; private set; } = "";

    public Guid ComplaintId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid letterId, CancellationToken ct)
    {
        var letter = await letters.GetAsync(id, letterId, ct);
        var complaint = await complaints.GetAsync(id, ct);
        if (letter is null || !complaint.Succeeded)
        {
            return NotFound();
        }
        (Letter, Reference, ComplaintId) = (letter, complaint.Value!.Reference, id);
        if (PostedOn.IsEmpty)
        {
            PostedOn = Dates.Parts(clock.TodayInUk());
        }
        if (FormatSentOn.IsEmpty)
        {
            FormatSentOn = Dates.Parts(clock.TodayInUk());
        }
        return Page();
    }

    public Task<IActionResult> OnPostPostedAsync(Guid id, Guid letterId, CancellationToken ct) =>
        RecordDateAsync(id, letterId, PostedOn, "postedOn", "The date posted", posting.RecordAsync,
            (_, on) => $"Recorded as posted on {Redress.Domain.Letters.LetterWords.Date(on)}.", ct);

    public Task<IActionResult> OnPostFormatSentAsync(Guid id, Guid letterId, CancellationToken ct) =>
        RecordDateAsync(id, letterId, FormatSentOn, "formatSentOn", "The date the copy was sent", posting.RecordFormatSentAsync,
            (letter, on) => $"Recorded: {LetterSummary.Copy(letter.FormatRequested!.Value)} was sent on {Redress.Domain.Letters.LetterWords.Date(on)}.", ct);

    /// <summary>Records a date of the letter's delivery; a refusal shows at its field with the letter's page again.</summary>
    private async Task<IActionResult> RecordDateAsync(Guid id, Guid letterId, DateParts parts, string field, string label,
        Func<Guid, Guid, DateOnly, Actor, CancellationToken, Task<Outcome<LetterSummary>>> record, Func<LetterSummary, DateOnly, string> banner, CancellationToken ct)
    {
        var date = parts.Read(ModelState, field, label, required: true);
        if (date is not null)
        {
            var outcome = await record(id, letterId, date.Value, Actor.From(User), ct);
            if (outcome.Succeeded)
            {
                TempData["Banner"] = banner(outcome.Value!, date.Value);
                return RedirectToPage(new { id, letterId });
            }
            if (outcome.Kind == OutcomeKind.NotFound)
            {
                return NotFound();
            }
            ModelState.AddModelError(field, outcome.Error!.Message);
        }
        return await OnGetAsync(id, letterId, ct);
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid letterId, CancellationToken ct) =>
        await letters.PdfAsync(id, letterId, ct) is { } pdf ? File(pdf.Pdf, "application/pdf", pdf.FileName) : NotFound();
}
