using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Requests;
using Redress.Web.Time;

namespace Redress.Web.Pages.ServiceRequests;

/// <summary>Code 1.4: service requests monitored: open ones by due date, overdue ones, or all of them.</summary>
public sealed class IndexModel(ServiceRequestOperations requests, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>open (the default), overdue or all.</summary>
    [BindProperty(SupportsGet = true)] public string Show { get; set; } = "open";
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ServiceRequestRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public DateOnly Today { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => File((await TableAsync(ct)).Csv(), "text/csv; charset=utf-8", "service-requests.csv");

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) => File(await (await TableAsync(ct)).XlsxAsync(ct), Documents.TableExport.XlsxType, "service-requests.xlsx");

    private async Task<Documents.TableExport> TableAsync(CancellationToken ct)
    {
        Show = Show is "overdue" or "all" ? Show : "open";
        var (rows, _) = await requests.ListAsync(new ServiceRequestFilter(Show == "open", Show == "overdue", null, null), 1, 50_000, ct);
        return new Documents.TableExport("Service requests", ["Reference", "Resident", "Category", "Owner", "Status", "Received on", "Due on"],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.Reference, r.Resident, r.Category, r.Owner, r.Status.ToString(), r.ReceivedOn, r.DueOn])]);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Show = Show is "overdue" or "all" ? Show : "open";
        PageNumber = Math.Max(1, PageNumber);
        Today = clock.TodayInUk();
        (Rows, Total) = await requests.ListAsync(new ServiceRequestFilter(Show == "open", Show == "overdue", null, null), PageNumber, PageSize, ct);
    }
}
