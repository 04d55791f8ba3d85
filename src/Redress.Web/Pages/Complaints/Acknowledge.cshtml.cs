using Redress.Web.Common;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
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

    protected override void Prefill()
    {
        Form.AcknowledgedOn = Dates.Parts(clock.TodayInUk());
        // The person who picked the complaint up ("Assign to me") is chosen already.
        Form.HandlerId ??= Complaint.Stages[^1].HandlerId;
        // Stage 2 starts from the stage 1 definition, to be edited to what the resident is still unhappy with (6.11, 6.12).
        if (Complaint.Stage == 2 && Complaint.Stages[0].Definition is { } first)
        {
            Form.Fill(first);
            StartedFromStage1 = true;
        }
        // Code 6.8: points the resident raised before the acknowledgement are part of what it defines.
        Form.Points = string.Join('\n', AcknowledgeForm.Lines(Form.Points).Concat(Complaint.Stages[^1].PointsRaised).Distinct());
    }

    protected override async Task<bool> LoadMoreAsync(CancellationToken ct)
    {
        var stage1Handler = Complaint.Stage == 2 ? Complaint.Stages[0].HandlerId : null;
        Options = [.. (await handlers.AllAsync(ct)).Where(h => h.Id != stage1Handler)];
        return true;
    }

    /// <summary>The form was filled in from the stage 1 definition.</summary>
    public bool StartedFromStage1 { get; private set; }

    protected override ComplaintAction Action => ComplaintAction.Acknowledge;

    protected override Guid? NewHandler => Form.HandlerId;

    protected override bool Read()
    {
        AcknowledgedOn = Form.AcknowledgedOn.Read(ModelState, "acknowledgedOn", "The date acknowledged", required: true);
        if (Form.HandlerId is null)
        {
            ModelState.AddModelError("handlerId", "Select who will handle the complaint");
        }
        Definition = Form.Definition();
        if (!ModelState.IsValid)
        {
            // The change cannot be tried without a date and a handler: the definition's own rule still shows its problems now.
            foreach (var problem in Definition.WithPoints(Complaint.Stages[^1].PointsRaised).Check())
            {
                Show(problem);
            }
        }
        return ModelState.IsValid;
    }

    /// <summary>Code 5.6, 6.13: the complaint's own rule, every problem at once (the date, the handler, the definition).</summary>
    protected override ComplaintProblems? Problems()
    {
        var (on, handler, definition) = (AcknowledgedOn!.Value, Form.HandlerId!.Value, Definition!);
        return (c, ctx, _) => c.AcknowledgementProblems(on, handler, definition, ctx.Today);
    }

    protected override ComplaintChange Change()
    {
        var (on, handler, definition) = (AcknowledgedOn!.Value, Form.HandlerId!.Value, Definition!);
        return (c, ctx, _) => c.Acknowledge(on, handler, definition, ctx);
    }

    protected override string Banner(ComplaintView recorded) =>
        $"Stage {recorded.Stage} acknowledged. The response is due by {Display.Date(recorded.Stages[^1].RespondBy)}.";
}

public sealed class AcknowledgeForm
{
    public DateParts AcknowledgedOn { get; set; } = new();
    public Guid? HandlerId { get; set; }
    public string? Summary { get; set; }
    public string? Points { get; set; }
    public string? OutcomesSought { get; set; }
    public string? NotResponsibleFor { get; set; }
    public string? Clarification { get; set; }

    /// <summary>The form filled in from a definition already written (stage 1's, for stage 2).</summary>
    public void Fill(Definition definition)
    {
        Summary = definition.Summary;
        Points = string.Join('\n', definition.Points);
        OutcomesSought = string.Join('\n', definition.OutcomesSought);
        NotResponsibleFor = string.Join('\n', definition.NotResponsibleFor.Select(n => n.ResponsibleParty is null ? n.Matter : $"{n.Matter}: {n.ResponsibleParty}"));
        Clarification = definition.ClarificationSought;
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>The definition as written, one point or outcome a line; the complaint checks it.</summary>
    public Definition Definition() => new()
    {
        Summary = Summary?.Trim() ?? "",
        Points = [.. Lines(Points)],
        OutcomesSought = [.. Lines(OutcomesSought)],
        NotResponsibleFor = [.. Lines(NotResponsibleFor).Select(ParseNotResponsible)],
        ClarificationSought = string.IsNullOrWhiteSpace(Clarification) ? null : Clarification.Trim(),
    };

    /// <summary>"Matter: who is responsible" on one line.</summary>
    private static NotResponsibleFor ParseNotResponsible(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new NotResponsibleFor { Matter = line }
            : new NotResponsibleFor { Matter = line[..colon].Trim(), ResponsibleParty = line[(colon + 1)..].Trim() };
    }
}
