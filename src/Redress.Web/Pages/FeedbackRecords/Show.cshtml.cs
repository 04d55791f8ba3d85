using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Requests;
using Redress.Web.Auth;
using Redress.Web.Data;
using Redress.Web.Requests;

namespace Redress.Web.Pages.FeedbackRecords;

/// <summary>
/// One piece of feedback, with the one-click start of a complaint when the person wants to complain, and the letter
/// on how to complain for a known resident (Code 1.6).
/// </summary>
public sealed class ShowModel(FeedbackOperations feedback, Letters.LetterQueries letters, RedressDbContext db) : PageModel
{
    public Feedback Record { get; private set; } = null!;
    public string? ResidentName { get; private set; }
    public string? ComplaintReference { get; private set; }
    public bool CanWork => Roles.Casework.Any(User.IsInRole);
    /// <summary>Code 1.6: the letters on how to complain sent to the person.</summary>
    public IReadOnlyList<Letters.LetterSummary> Letters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var record = await feedback.GetAsync(id, ct);
        if (record is null)
        {
            return NotFound();
        }
        Record = record;
        ResidentName = record.ResidentId is { } r ? await db.Residents.AsNoTracking().Where(x => x.Id == r).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        Letters = await letters.OffersAsync(Redress.Web.Letters.OfferTarget.Feedback(id), ct);
        ComplaintReference = record.ComplaintId is { } c ? await db.Complaints.AsNoTracking().Where(x => x.Id == c).Select(x => x.Reference).FirstOrDefaultAsync(ct) : null;
        return Page();
    }
}
