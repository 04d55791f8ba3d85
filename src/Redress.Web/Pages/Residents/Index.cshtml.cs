using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Data.Entities;
using Redress.Web.Residents;

namespace Redress.Web.Pages.Residents;

/// <summary>Find a resident by the start of their name, surname or postcode.</summary>
public sealed class IndexModel(ResidentOperations residents) : PageModel
{
    public const int Shown = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Resident> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = await residents.SearchAsync(Query, Shown, ct);
        }
    }
}
