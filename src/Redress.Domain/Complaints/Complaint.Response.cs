using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>The response at either stage: a finding on every point, a decision that follows from them, reasons, remedies and actions.</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// Every reason this response would be refused, each naming its field, so that a form shows them all at once:
    /// the date, a finding on every point (6.7), the decision following from the findings or saying why not, the
    /// items of 6.9 / 6.19, and each remedy and outstanding action (7.3).
    /// </summary>
    public IReadOnlyList<DomainError> ResponseProblems(ResponseDetails request, string escalationRoute, DateOnly today)
    {
        var stage = CurrentStage;
        IEnumerable<DomainError?> problems =
        [
            CheckDate("respondedOn", "The response date", request.RespondedOn, stage.AcknowledgedOn!.Value, "the acknowledgement", today),
            CheckFindings(stage.Definition!, request.Findings),
            CheckDecision(request),
            CheckResponseItems(request, escalationRoute),
            .. request.Remedies.Select((r, i) => CheckRemedy(r, request.RespondedOn, $"remedies[{i}].")),
            .. request.OutstandingActions.Select((a, i) => CheckAction(a, request.RespondedOn, $"outstandingActions[{i}].")),
        ];
        return [.. problems.OfType<DomainError>()];
    }

    /// <summary>
    /// Code 6.6-6.9, 6.17-6.19: the response, with a finding on every point of the definition, reasons,
    /// remedies, outstanding actions and the route of escalation. Refused until all are present.
    /// </summary>
    public DomainError? Respond(ResponseDetails request, string escalationRoute, ComplaintContext context)
    {
        var stage = CurrentStage;
        var error = Require(ComplaintAction.Respond)
            ?? (ResponseProblems(request, escalationRoute, context.Today) is [var first, ..] ? first : null);
        if (error is not null)
        {
            return error;
        }

        var findings = request.Findings.Select(f => new Finding(context.NewId(), f.Point, f.Decision, f.Reasons));
        stage.Respond(request, escalationRoute, findings);
        foreach (var remedy in request.Remedies)
        {
            AddRemedy(new Remedy(context.NewId(), stage.Number, remedy, request.RespondedOn));
        }
        foreach (var action in request.OutstandingActions)
        {
            _outstandingActions.Add(new OutstandingAction(context.NewId(), stage.Number, action) { Ordinal = _outstandingActions.Count });
        }
        Status = ComplaintStatus.Responded;
        Touch(context);
        return null;
    }

    /// <summary>
    /// The overall decision the findings point to: upheld when every point is upheld, not upheld when none
    /// is, otherwise partly upheld.
    /// </summary>
    public static Decision DecisionFrom(IReadOnlyCollection<FindingDetails> findings) =>
        findings.All(f => f.Decision == Decision.Upheld) ? Decision.Upheld
        : findings.All(f => f.Decision == Decision.NotUpheld) ? Decision.NotUpheld
        : Decision.PartlyUpheld;

    /// <summary>Code 6.7, 6.18: the overall decision follows from the findings, or the response says why it does not.</summary>
    private static DomainError? CheckDecision(ResponseDetails request)
    {
        var expected = DecisionFrom(request.Findings);
        return request.Decision == expected || !string.IsNullOrWhiteSpace(request.DecisionDiffersBecause)
            ? null
            : new DomainError(ErrorCodes.DecisionInconsistent,
                $"The findings make the complaint {Wording.Decision(expected).ToLowerInvariant()}, but the decision given is {Wording.Decision(request.Decision).ToLowerInvariant()}. Give that decision, or say why the overall decision differs from the findings.",
                "decision");
    }

    private static DomainError? CheckFindings(Definition definition, IReadOnlyList<FindingDetails> findings)
    {
        var unknown = findings.FirstOrDefault(f => !definition.Points.Contains(f.Point, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            return new DomainError(ErrorCodes.FindingPointUnknown,
                $"The finding on '{unknown.Point}' matches no point of the complaint definition.", "findings");
        }
        var unanswered = definition.Points.FirstOrDefault(p => !findings.Any(f => string.Equals(f.Point, p, StringComparison.OrdinalIgnoreCase)));
        return unanswered is null
            ? null
            : new DomainError(ErrorCodes.DefinitionPointUnanswered,
                $"The point '{unanswered}' of the complaint definition has no finding (Code 6.7, 6.18).", "findings");
    }

    private static DomainError? CheckResponseItems(ResponseDetails request, string escalationRoute)
    {
        if (string.IsNullOrWhiteSpace(request.Reasons))
        {
            return new DomainError(ErrorCodes.ResponseIncomplete, "The response must give the reasons for the decision (Code 6.9 d, 6.19 d).", "reasons");
        }
        if (request.Findings.Any(f => string.IsNullOrWhiteSpace(f.Reasons)))
        {
            return new DomainError(ErrorCodes.ResponseIncomplete, "Every finding must give its reasons (Code 6.7, 6.18).", "findings");
        }
        return string.IsNullOrWhiteSpace(escalationRoute)
            ? new DomainError(ErrorCodes.ResponseIncomplete, "The settings hold no text on how to escalate: an administrator must set it before responses can be issued (Code 6.9 g, 6.19 g).", "settings")
            : null;
    }
}
