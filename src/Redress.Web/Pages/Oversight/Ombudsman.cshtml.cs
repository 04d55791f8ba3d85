using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Oversight;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Oversight;

public sealed record CaseRow(Guid Id, string Reference, Guid ComplaintId, string Complaint, OmbudsmanStage Stage, DateOnly OpenedOn, DateOnly? DeterminedOn, int OpenOrders, DateOnly? NextOrderDue);

/// <summary>The Housing Ombudsman's enquiries and investigations, their findings and orders, and the maladministration rate.</summary>
public sealed class OmbudsmanModel(RedressDbContext db, RecordChanges changes, TimeProvider clock) : PageModel
{
    [BindProperty] public string? ComplaintReference { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public OmbudsmanStage? Stage { get; set; }
    [BindProperty] public DateParts OpenedOn { get; set; } = new();

    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];
    public decimal? MaladministrationRate { get; private set; }
    public int Findings { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanEdit => Roles.AssessmentEditors.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var table = new Documents.TableExport("Ombudsman cases", ["Ombudsman reference", "Complaint", "Stage", "Opened on", "Determined on", "Orders open", "Next order due"],
            [.. Cases.Select(c => (IReadOnlyList<object?>)[c.Reference, c.Complaint, c.Stage.ToString(), c.OpenedOn, c.DeterminedOn, c.OpenOrders, c.NextOrderDue])]);
        return File(await table.XlsxAsync(ct), Documents.TableExport.XlsxType, "ombudsman-cases.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        await LoadAsync(ct);
        var opened = OpenedOn.Read(ModelState, "openedOn", "The date the case opened", required: true);
        var wanted = (ComplaintReference ?? "").Trim().ToUpperInvariant();
        var complaint = await db.Complaints.AsNoTracking().Where(c => c.Reference == wanted).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (complaint is null)
        {
            ModelState.AddModelError("complaintReference", "Enter the reference of a complaint, like CMP-2026-000012");
        }
        if (Stage is null)
        {
            ModelState.AddModelError("stage", "Select whether it is an enquiry or an investigation");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var made = OmbudsmanCase.Open(Guid.CreateVersion7(clock.GetUtcNow()), complaint!.Value, Reference ?? "", Stage!.Value, opened!.Value, Today);
        var outcome = await changes.AddAsync(made, c => c.Id, Actor.From(User), "ombudsman-case.opened", ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "It could not be saved");
            return Page();
        }
        TempData["Banner"] = $"Ombudsman case {outcome.Value!.Reference} recorded.";
        return Redirect(Paths.OmbudsmanCase(outcome.Value.Id));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = clock.TodayInUk();
        Cases = await (from c in db.OmbudsmanCases.AsNoTracking()
                       join m in db.Complaints on c.ComplaintId equals m.Id
                       orderby c.OpenedOn descending
                       select new CaseRow(c.Id, c.Reference, m.Id, m.Reference, c.Stage, c.OpenedOn, c.DeterminedOn,
                           c.Orders.Count(o => o.Status == OrderStatus.Open),
                           c.Orders.Where(o => o.Status == OrderStatus.Open).Min(o => o.DueOn))).Take(500).ToListAsync(ct);
        var findings = await db.OmbudsmanDeterminations.AsNoTracking().Select(d => d.Finding).ToListAsync(ct);
        Findings = findings.Count;
        MaladministrationRate = OmbudsmanCase.MaladministrationRate(findings);
    }

    public static string Format(decimal? percent) => percent is null ? "No findings yet" : percent.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
