using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Web.Complaints;
using Redress.Web.Reports;
using Redress.Web.Time;

namespace Redress.Web.Pages.Oversight;

public sealed record MeasureRow(Guid Id, string Reference, DateOnly ReceivedOn, int Stage, ComplaintStatus Status, string Category);

/// <summary>The complaints behind a figure of the dashboard or a report.</summary>
public sealed class ComplaintsModel(MeasureList list, Categories.CategoryNames categories, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Quarter { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PeriodChoice Choice { get; private set; } = null!;
    public IReadOnlyList<MeasureRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Math.Min(Total, TeamList.CountLimit) + PageSize - 1) / PageSize);

    /// <summary>The measure behind the figure: its label and definition are shown, never the raw key.</summary>
    public Domain.Measures.Measure Found { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var complaints = await MatchingAsync(ct);
        if (complaints is null)
        {
            return NotFound();
        }
        PageNumber = Math.Max(1, PageNumber);
        Total = await complaints.Take(TeamList.CountLimit + 1).CountAsync(ct);
        Rows = await complaints.AsNoTracking().OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Reference)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new MeasureRow(c.Id, c.Reference, c.ReceivedOn, c.Stage, c.Status, c.Category)).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await TableAsync(ct) is { } table ? File(table.Csv(), "text/csv; charset=utf-8", "complaints.csv") : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await TableAsync(ct) is { } table ? File(await table.XlsxAsync(ct), Documents.TableExport.XlsxType, "complaints.xlsx") : NotFound();

    /// <summary>All the complaints behind the figure (up to 50,000), for download.</summary>
    private async Task<Documents.TableExport?> TableAsync(CancellationToken ct)
    {
        var complaints = await MatchingAsync(ct);
        if (complaints is null)
        {
            return null;
        }
        var rows = await complaints.AsNoTracking().OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Reference).Take(50_000)
            .Select(c => new MeasureRow(c.Id, c.Reference, c.ReceivedOn, c.Stage, c.Status, c.Category)).ToListAsync(ct);
        var names = await categories.AllAsync(ct);
        return new Documents.TableExport("Complaints", ["Reference", "Received on", "Stage", "Status", "Category"],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.Reference, r.ReceivedOn, r.Stage, Common.Display.Words(r.Status), names.GetValueOrDefault(r.Category) ?? r.Category])]);
    }

    /// <summary>The complaints behind the figure asked for, in the period asked for; null for a figure not known.</summary>
    private async Task<IQueryable<Domain.Complaints.Complaint>?> MatchingAsync(CancellationToken ct)
    {
        var today = clock.TodayInUk();
        Choice = PeriodChoice.From(Year, Quarter, today);
        if (Measure is null || await list.FindAsync(Measure, Choice.Period, ct) is not { } found)
        {
            return null;
        }
        Found = found;
        return list.Complaints(found, Choice.Period, today);
    }

    public string ExportLink(string format) => Paths.MeasureComplaints(Measure!, $"{Choice.Query}&handler={format}");

    public string PageLink(int page) => Paths.MeasureComplaints(Measure!, $"{Choice.Query}&page={page}");
}
