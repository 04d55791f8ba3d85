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

public sealed class FindingForm
{
    public string? Element { get; set; }
    public OmbudsmanFinding? Finding { get; set; }
}

public sealed class OrderForm
{
    public OrderKind? Kind { get; set; }
    public string? Description { get; set; }
    public DateParts Due { get; set; } = new();
    public string? Compensation { get; set; }
}

/// <summary>One Ombudsman case: the determination with its findings and orders, and evidence of compliance with each order.</summary>
public sealed class OmbudsmanCaseModel(RedressDbContext db, RecordChanges changes, TimeProvider clock) : PageModel
{
    public const int Rows = 3;

    [BindProperty] public DateParts DeterminedOn { get; set; } = new();
    [BindProperty] public List<FindingForm> Findings { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new FindingForm())];
    [BindProperty] public List<OrderForm> Orders { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new OrderForm())];
    [BindProperty] public Guid? OrderId { get; set; }
    [BindProperty] public string? Evidence { get; set; }

    public OmbudsmanCase Case { get; private set; } = null!;
    public string ComplaintReference { get; private set; } = "";
    public bool CanEdit => Roles.AssessmentEditors.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDetermineAsync(Guid id, CancellationToken ct)
    {
        var on = DeterminedOn.Read(ModelState, "determinedOn", "The date of the determination", required: true);
        var findings = Findings.Where(f => !string.IsNullOrWhiteSpace(f.Element) || f.Finding is not null).ToList();
        for (var i = 0; i < Findings.Count; i++)
        {
            if (Findings[i].Finding is null && !string.IsNullOrWhiteSpace(Findings[i].Element))
            {
                ModelState.AddModelError($"findings-{i}-finding", $"Select the finding on ‘{Findings[i].Element!.Trim()}’");
            }
        }
        var orders = new List<OrderDetails>();
        for (var i = 0; i < Orders.Count; i++)
        {
            var o = Orders[i];
            if (o.Kind is null && string.IsNullOrWhiteSpace(o.Description))
            {
                continue;
            }
            var due = o.Due.Read(ModelState, $"orders-{i}-due", "The deadline", required: false);
            long? pence = null;
            if (!string.IsNullOrWhiteSpace(o.Compensation))
            {
                if (decimal.TryParse(o.Compensation.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds) && pounds >= 0)
                {
                    pence = (long)Math.Round(pounds * 100);
                }
                else
                {
                    ModelState.AddModelError($"orders-{i}-compensation", "Enter the compensation in pounds, like 350.00");
                }
            }
            orders.Add(new OrderDetails(o.Kind ?? OrderKind.Order, o.Description ?? "", due, pence));
        }
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var pairs = findings.Select(f => (f.Element ?? "", f.Finding!.Value)).ToList();
        return await ChangeAsync(id, c => c.Determine(on!.Value, pairs, orders, () => Guid.CreateVersion7(clock.GetUtcNow()), clock.TodayInUk()),
            "ombudsman-case.determined", "Determination recorded.", ct);
    }

    public async Task<IActionResult> OnPostComplyAsync(Guid id, CancellationToken ct) =>
        await ChangeAsync(id, c => c.Comply(OrderId ?? Guid.Empty, clock.TodayInUk(), Evidence ?? "", clock.TodayInUk()), "ombudsman-case.order-complied", "Compliance recorded.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<OmbudsmanCase, Domain.Common.DomainError?> change, string action, string banner, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        var tracked = db.OmbudsmanCases.Include(c => c.Determinations).Include(c => c.Orders).AsSplitQuery().Where(c => c.Id == id);
        var outcome = await changes.ChangeAsync(tracked, c => c.Id, change, Actor.From(User), action, ct);
        if (outcome.Kind == OutcomeKind.NotFound && outcome.Error?.Message == "There is no such record.")
        {
            return NotFound();
        }
        if (!outcome.Succeeded)
        {
            await LoadAsync(id, ct);
            ModelState.AddRefusal(outcome.Error, "It could not be saved");
            return Page();
        }
        TempData["Banner"] = banner;
        return Redirect(Paths.OmbudsmanCase(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await db.OmbudsmanCases.AsNoTracking().Include(c => c.Determinations).Include(c => c.Orders).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null)
        {
            return false;
        }
        Case = found;
        ComplaintReference = await db.Complaints.AsNoTracking().Where(c => c.Id == found.ComplaintId).Select(c => c.Reference).FirstAsync(ct);
        return true;
    }
}
