using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MimeKit;
using Redress.Web.Jobs;

namespace Redress.Web.Pages.Admin;

/// <summary>One message of the outbox, as text.</summary>
public sealed class MessageModel(Mailer mailer) : PageModel
{
    public MimeMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string file, CancellationToken ct)
    {
        // Only a plain name of an .eml file in the outbox: no paths.
        if (file != Path.GetFileName(file) || !file.EndsWith(".eml", StringComparison.Ordinal))
        {
            return NotFound();
        }
        var path = Path.Combine(mailer.Outbox, file);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }
        Message = await MimeMessage.LoadAsync(path, ct);
        return Page();
    }
}
