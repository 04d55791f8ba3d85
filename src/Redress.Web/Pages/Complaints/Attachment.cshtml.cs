using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Documents;

namespace Redress.Web.Pages.Complaints;

/// <summary>Downloads an attachment of a complaint, always as a download of the type its extension gives.</summary>
public sealed class AttachmentModel(CorrespondenceOperations correspondence) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        if (await correspondence.OpenAsync(id, attachmentId, ct) is not { } file)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.View.ContentType, file.View.FileName);
    }
}
