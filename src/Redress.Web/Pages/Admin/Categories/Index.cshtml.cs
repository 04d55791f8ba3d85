using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Categories;
using Redress.Web.Data;

namespace Redress.Web.Pages.Admin.Categories;

/// <summary>The categories an administrator keeps, with how many complaints and service requests have each.</summary>
public sealed class IndexModel(CategoryCatalogue catalogue, RedressDbContext db) : PageModel
{
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Complaints { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Requests { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        catalogue.Invalidate();
        Categories = await catalogue.AllAsync(db, ct);
        Complaints = await db.Complaints.AsNoTracking().GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Requests = await db.ServiceRequests.AsNoTracking().GroupBy(r => r.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}
