using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Requests;

namespace Redress.Web.Pages.FeedbackRecords;

/// <summary>Code 1.6: dissatisfaction from surveys and feedback, newest first, with whether each person was told how to complain.</summary>
public sealed class IndexModel(FeedbackOperations feedback) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<FeedbackRow> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await feedback.ListAsync(PageNumber, PageSize, ct);
    }
}
