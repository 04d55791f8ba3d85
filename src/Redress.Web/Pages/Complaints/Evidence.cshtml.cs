using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Letters;

namespace Redress.Web.Pages.Complaints;

/// <summary>Code 5.12: the complaint's whole record as one PDF, or a zip of it with the letters and files as kept.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class EvidenceModel(EvidenceBundle bundles, Redress.Web.Complaints.ComplaintOperations complaints) : PageModel
{
    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var complaint = await complaints.GetAsync(id, ct);
        if (!complaint.Succeeded)
        {
            return NotFound();
        }
        (Id, Reference) = (id, complaint.Value!.Reference);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct) =>
        await bundles.PdfAsync(id, Actor.From(User), ct) is { } b ? File(b.Pdf, "application/pdf", $"{b.Reference} record.pdf") : NotFound();

    public async Task<IActionResult> OnGetZipAsync(Guid id, CancellationToken ct) =>
        await bundles.ZipAsync(id, Actor.From(User), ct) is { } b ? File(b.Zip, "application/zip", $"{b.Reference} record.zip") : NotFound();
}
