using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Letters;

namespace Redress.Web.Pages.Complaints;

/// <summary>A letter as it was issued (Code 5.12), and its PDF: the exact bytes stored, with their SHA-256.</summary>
public sealed class LetterModel(LetterQueries letters, Redress.Web.Complaints.ComplaintOperations complaints) : PageModel
{
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
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid letterId, CancellationToken ct) =>
        await letters.PdfAsync(id, letterId, ct) is { } pdf ? File(pdf.Pdf, "application/pdf", pdf.FileName) : NotFound();
}
