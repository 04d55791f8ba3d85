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
public sealed class AcknowledgeModel(ComplaintOperations complaints, Handlers handlers, TimeProvider clock) : ComplaintJourney(complaints)
{
    [BindProperty]
    public AcknowledgeForm Form { get; set; } = new();

    public IReadOnlyList<HandlerOption> Options { get; private set; } = [];
    public Definition? Definition { get; private set; }
    public DateOnly? AcknowledgedOn { get; private set; }

    protected override void Prefill() => Form.AcknowledgedOn = Dates.Parts(clock.TodayInUk());

    protected override async Task<bool> LoadMoreAsync(CancellationToken ct)
    {
        var stage1Handler = Complaint.Stage == 2 ? Complaint.Stages[0].HandlerId : null;
        Options = [.. (await handlers.AllAsync(ct)).Where(h => h.Id != stage1Handler)];
        return true;
    }

    protected override bool Read()
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

    protected override async Task<IActionResult> RecordAsync(Guid id, CancellationToken ct)
    {
        var (on, handler, definition) = (AcknowledgedOn!.Value, Form.HandlerId!.Value, Definition!);
        var outcome = await Complaints.ApplyAsync(id, Version, "complaint.acknowledged", Actor.From(User),
            (c, ctx, _) => c.Acknowledge(on, handler, definition, ctx), ct);
        return outcome.Succeeded
            ? Done(id, $"Stage {outcome.Value!.Stage} acknowledged. The response is due by {Display.Date(outcome.Value.Stages[^1].RespondBy)}.")
            : Refused(outcome, AcknowledgeForm.KeyFor);
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
