using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// Acknowledge and define the current stage (Code 5.6, 5.7, 6.2, 6.11), with a check-your-answers step
/// before it is recorded. At stage 2 the stage 1 handler is not offered (6.13).
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class AcknowledgeModel(ComplaintOperations complaints, Handlers handlers, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AcknowledgeForm Form { get; set; } = new();

    public ComplaintView Complaint { get; private set; } = null!;
    public IReadOnlyList<HandlerOption> Options { get; private set; } = [];
    public bool Checking { get; private set; }
    public Definition? Definition { get; private set; }
    public DateOnly? AcknowledgedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var today = clock.TodayInUk();
        Form.AcknowledgedOn = new DateParts { Day = today.Day.ToString(CultureInfo.InvariantCulture), Month = today.Month.ToString(CultureInfo.InvariantCulture), Year = today.Year.ToString(CultureInfo.InvariantCulture) };
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Checking = Read();
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!Read())
        {
            return Page();
        }
        var handler = Form.HandlerId!.Value;
        var outcome = await complaints.ApplyAsync(id, Form.Version, "complaint.acknowledged", Actor.From(User),
            (c, ctx, _) => c.Acknowledge(AcknowledgedOn!.Value, handler, Definition!, ctx), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(AcknowledgeForm.KeyFor(outcome.Error?.Field), outcome.Error!.Message);
            return Page();
        }
        TempData["Banner"] = $"Stage {outcome.Value!.Stage} acknowledged. The response is due by {Display.Date(outcome.Value.Stages[^1].RespondBy)}.";
        return Redirect($"/complaints/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await complaints.GetAsync(id, ct);
        if (!outcome.Succeeded)
        {
            return false;
        }
        Complaint = outcome.Value!;
        var stage1Handler = Complaint.Stage == 2 ? Complaint.Stages[0].HandlerId : null;
        Options = [.. (await handlers.AllAsync(ct)).Where(h => h.Id != stage1Handler)];
        Form.Version ??= Complaint.ETag;
        return true;
    }

    private bool Read()
    {
        AcknowledgedOn = Form.AcknowledgedOn.Read(ModelState, "acknowledgedOn", "The date acknowledged", required: true);
        if (Form.HandlerId is null || Options.All(o => o.Id != Form.HandlerId))
        {
            ModelState.AddModelError("handlerId", Complaint.Stage == 2
                ? "Select who will handle stage 2: it cannot be the stage 1 handler"
                : "Select who will handle the complaint");
        }
        Definition = Form.Definition(ModelState);
        return ModelState.IsValid;
    }
}

public sealed class AcknowledgeForm
{
    public DateParts AcknowledgedOn { get; set; } = new();
    public Guid? HandlerId { get; set; }
    public string? Summary { get; set; }
    public string? Points { get; set; }
    public string? Outcomes { get; set; }
    public string? NotResponsibleFor { get; set; }
    public string? Clarification { get; set; }
    /// <summary>The ETag read when the form was shown: a change in between is refused, not overwritten.</summary>
    public string? Version { get; set; }

    public static string KeyFor(string? field) => field switch
    {
        "acknowledgedOn" or "calendar" => "acknowledgedOn",
        "handlerId" => "handlerId",
        "definition.summary" => "summary",
        "definition.points" => "points",
        "definition.outcomesSought" => "outcomes",
        _ => "summary",
    };

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public Definition? Definition(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(Summary))
        {
            state.AddModelError("summary", "Enter your understanding of the complaint");
        }
        var points = Lines(Points);
        if (points.Count == 0)
        {
            state.AddModelError("points", "Enter each point of complaint, one on each line");
        }
        else if (points.Distinct(StringComparer.OrdinalIgnoreCase).Count() != points.Count)
        {
            state.AddModelError("points", "Each point of complaint must be different");
        }
        var outcomes = Lines(Outcomes);
        if (outcomes.Count == 0)
        {
            state.AddModelError("outcomes", "Enter the outcomes the resident is seeking, one on each line");
        }
        if (!state.IsValid)
        {
            return null;
        }
        return new Definition
        {
            Summary = Summary!.Trim(),
            Points = [.. points],
            OutcomesSought = [.. outcomes],
            NotResponsibleFor = [.. Lines(NotResponsibleFor).Select(ParseNotResponsible)],
            ClarificationSought = string.IsNullOrWhiteSpace(Clarification) ? null : Clarification.Trim(),
        };
    }

    /// <summary>"Matter: who is responsible" on one line.</summary>
    private static NotResponsibleFor ParseNotResponsible(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new NotResponsibleFor { Matter = line }
            : new NotResponsibleFor { Matter = line[..colon].Trim(), ResponsibleParty = line[(colon + 1)..].Trim() };
    }
}
