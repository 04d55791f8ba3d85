using System.Globalization;
using Redress.Web.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Calendar;
using Redress.Domain.Complaints;
using Redress.Web.Calendar;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Pages.Work;

/// <summary>
/// The team view: the open complaints unless another status is chosen, filtered by handler (or nobody), stage,
/// status, category and overdue, searchable, paged, and exported as CSV or Excel.
/// </summary>
public sealed class TeamModel(TeamList list, Handlers handlers, Categories.CategoryNames categories, RedressDbContext db, SettingsStore settings, CalendarService calendars, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const int CsvLimit = 50_000;

    /// <summary>The <c>assignedTo</c> value for complaints nobody holds.</summary>
    public const string Nobody = "none";
    /// <summary>The <c>status</c> values for every complaint and (the default) the open ones.</summary>
    public const string AnyStatus = "any", OpenStatus = "open";

    /// <summary>A handler's id, <see cref="Nobody"/>, or empty for anyone.</summary>
    [BindProperty(SupportsGet = true)] public string? AssignedTo { get; set; }
    [BindProperty(SupportsGet = true)] public int? Stage { get; set; }
    /// <summary>A <see cref="ComplaintStatus"/>, <see cref="AnyStatus"/>, or <see cref="OpenStatus"/> (also when empty).</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<TeamRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<HandlerOption> Handlers { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public WorkingDayCalendar Calendar { get; private set; } = null!;
    public int Pages => Math.Max(1, (Math.Min(Total, TeamList.CountLimit) + PageSize - 1) / PageSize);

    private TeamFilter Filter => new(Guid.TryParse(AssignedTo, out var handler) ? handler : null, Stage is 1 or 2 ? Stage : null, ChosenStatus, Category, Overdue, Q,
        Unassigned: AssignedTo == Nobody, OpenOnly: ChosenStatus is null && Status != AnyStatus);

    private ComplaintStatus? ChosenStatus => Enum.TryParse<ComplaintStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = clock.TodayInUk();
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await list.PageAsync(Filter, Today, PageNumber, PageSize, ct);
        Handlers = await handlers.AllAsync(ct);
        Calendar = await calendars.CurrentAsync(db, await settings.GetAsync(db, ct), ct);
        return Page();
    }

    /// <summary>The current view as CSV, up to 50,000 rows.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        File((await TableAsync(ct)).Csv(), "text/csv; charset=utf-8", $"complaints-{clock.TodayInUk():yyyy-MM-dd}.csv");

    /// <summary>The current view as an Excel workbook, up to 50,000 rows.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        File(await (await TableAsync(ct)).XlsxAsync(ct), TableExport.XlsxType, $"complaints-{clock.TodayInUk():yyyy-MM-dd}.xlsx");

    private async Task<TableExport> TableAsync(CancellationToken ct)
    {
        var rows = await list.AllAsync(Filter, clock.TodayInUk(), CsvLimit, ct);
        var names = (await handlers.AllAsync(ct)).ToDictionary(h => h.Id, h => h.Name);
        var categoryNames = await categories.AllAsync(ct);
        return new TableExport("Complaints", ["Reference", "Status", "Stage", "Resident", "Address", "Category", "Handler", "Received on", "Next due on"],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.Reference, Common.Display.Words(r.Status), r.Stage, r.Resident, r.Address, categoryNames.GetValueOrDefault(r.Category) ?? r.Category,
                r.HandlerId is { } h ? names.GetValueOrDefault(h) : null, r.ReceivedOn, r.NextDueOn])]);
    }

    public string Link(int page) => $"{Paths.Team}?{Query()}&page={page}";

    public string Query()
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
            }
        }
        Add("assignedTo", AssignedTo);
        Add("stage", Stage);
        Add("status", Status);
        Add("category", Category);
        Add("overdue", Overdue ? "true" : null);
        Add("q", Q);
        return string.Join("&", parts);
    }
}
