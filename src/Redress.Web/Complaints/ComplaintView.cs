using Redress.Domain.Complaints;
using Redress.Web.Data.Entities;

namespace Redress.Web.Complaints;

/// <summary>The complaint as the API shows it (API.md, "The complaint view"). Fields are only ever added.</summary>
public sealed record ComplaintView(
    Guid Id,
    string Reference,
    ComplaintStatus Status,
    int Stage,
    DateOnly ReceivedOn,
    IReadOnlyList<StageView> Stages,
    DateTimeOffset? ReceivedAt,
    DateOnly ClockStartsOn,
    Channel Channel,
    string? ReceivedBy,
    string Category,
    string Description,
    DateOnly? IssueOccurredOn,
    DateOnly? ResidentAwareOn,
    bool OutsideTwelveMonths,
    string? VulnerabilityNotes,
    ResidentView? Resident,
    RepresentativeDetails? Representative,
    IReadOnlyList<RemedyView> Remedies,
    IReadOnlyList<ActionView> OutstandingActions,
    RefusalView? Refusal,
    DateOnly? EscalationRequestedOn,
    DateOnly? WithdrawnOn,
    string? WithdrawalReason,
    DateOnly? ClosedOn,
    ClosureKind? ClosureKind,
    Guid? RelatedComplaintId,
    DateOnly? NextDueOn,
    string Scheme,
    int CalendarVersion,
    int Version,
    Guid? ServiceRequestId,
    string? DiscretionConsidered,
    IReadOnlyList<string> AllowedActions,
    bool TakesRelatedPoints,
    bool Open,
    IReadOnlyList<UpdateView> Updates,
    DateOnly? NextUpdateOn)
{
    public static ComplaintView From(Complaint c, Resident? resident) => new(
        c.Id, c.Reference, c.Status, c.Stage, c.ReceivedOn,
        [.. c.Stages.OrderBy(s => s.Number).Select(StageView.From)],
        c.ReceivedAtUtc is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null,
        c.ClockStartsOn, c.Channel, c.ReceivedBy, c.Category, c.Description,
        c.IssueOccurredOn, c.ResidentAwareOn, c.OutsideTwelveMonths, c.VulnerabilityNotes,
        resident is null ? null : ResidentView.From(resident),
        c.Representative,
        [.. c.Remedies.OrderBy(r => r.Ordinal).Select(RemedyView.From)],
        [.. c.OutstandingActions.OrderBy(a => a.Ordinal).Select(ActionView.From)],
        c.RefusalReason is { } reason ? new RefusalView(reason, c.RefusalExplanation ?? "", c.DiscretionConsidered, c.RefusedOn ?? c.ClosedOn, c.ProceedingsFiledOn) : null,
        c.EscalationRequestedOn, c.WithdrawnOn, c.WithdrawalReason, c.ClosedOn, c.ClosureKind,
        c.RelatedComplaintId, c.NextDueOn, c.Scheme, c.CalendarVersion, c.Version, c.ServiceRequestId, c.DiscretionConsidered,
        [.. ComplaintAction.All.Where(c.AllowedActions().Contains).Select(a => a.Key)],
        c.TakesPoint(related: true), c.IsOpen,
        [.. c.Updates.OrderBy(u => u.Ordinal).Select(UpdateView.From)], c.NextUpdateOn)
    {
        Unavailable = ComplaintAction.All.Where(a => !c.AllowedActions().Contains(a)).ToDictionary(a => a.Key, a => c.WhyNot(a)!),
    };

    /// <summary>Why each action the complaint does not allow now is not available, by action key (for the pages).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, string> Unavailable { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the complaint allows <paramref name="action"/> now (the complaint's own rule, <see cref="Complaint.AllowedActions"/>).</summary>
    public bool Allows(ComplaintAction action) => AllowedActions.Contains(action.Key);

    [System.Text.Json.Serialization.JsonIgnore]
    public string ETag => $"\"{Version}\"";
}

public sealed record StageView(
    int Stage,
    DateOnly RequestedOn,
    DateOnly AcknowledgeBy,
    DateOnly? AcknowledgedOn,
    DateOnly? RespondBy,
    DateOnly? RespondedOn,
    Guid? HandlerId,
    IReadOnlyList<ExtensionView> Extensions,
    Definition? Definition,
    Decision? Decision,
    DateOnly? OriginalRespondBy,
    int ExtendedWorkingDays,
    bool ExtendedBeyondCap,
    IReadOnlyList<FindingView> Findings,
    string? Reasons,
    string? EscalationRoute,
    Channel? Channel,
    int ExtensionCapDays,
    IReadOnlyList<string> PointsRaised,
    string? DecisionDiffersBecause)
{
    public static StageView From(ComplaintStage s) => new(
        s.Number, s.RequestedOn, s.AcknowledgeBy, s.AcknowledgedOn, s.RespondBy, s.RespondedOn, s.HandlerId,
        [.. s.Extensions.OrderBy(e => e.Ordinal).Select(ExtensionView.From)],
        s.Definition, s.Decision, s.OriginalRespondBy, s.ExtendedWorkingDays, s.ExtendedBeyondCap,
        [.. s.Findings.OrderBy(f => f.Ordinal).Select(f => new FindingView(f.Point, f.Decision, f.Reasons))],
        s.Reasons, s.EscalationRoute, s.Channel, s.ExtensionCapDays, [.. s.PointsRaised], s.DecisionDiffersBecause);
}

public sealed record ExtensionView(
    int WorkingDays, string Reason, DateOnly NotifiedOn, string? GoodReason, int? UpdateIntervalWorkingDays,
    DateOnly PreviousRespondBy, DateOnly NewRespondBy, bool BeyondCap, string OmbudsmanContact)
{
    public static ExtensionView From(Extension e) => new(
        e.WorkingDays, e.Reason, e.NotifiedOn, e.GoodReason, e.UpdateIntervalWorkingDays,
        e.PreviousRespondBy, e.NewRespondBy, e.BeyondCap, e.OmbudsmanContact);
}

public sealed record FindingView(string Point, Decision Decision, string Reasons);

public sealed record RemedyView(Guid Id, int Stage, RemedyType Type, string Description, long? AmountPence, DateOnly? DueOn, DateOnly OfferedOn, DateOnly? CompletedOn, long? PaidPence)
{
    public static RemedyView From(Remedy r) => new(r.Id, r.Stage, r.Type, r.Description, r.AmountPence, r.DueOn, r.OfferedOn, r.CompletedOn, r.PaidPence);
}

public sealed record ActionView(Guid Id, int Stage, string Description, DateOnly DueOn, string? Owner, DateOnly? CompletedOn)
{
    public static ActionView From(OutstandingAction a) => new(a.Id, a.Stage, a.Description, a.DueOn, a.Owner, a.CompletedOn);
}

/// <summary>An update sent to the resident (Code 5.9, 6.6, 6.17): when, what it said had happened, when it was due and when the next is promised.</summary>
public sealed record UpdateView(Guid Id, int Stage, DateOnly SentOn, string Progress, DateOnly? DueOn, DateOnly? NextUpdateOn, bool OnTime, IReadOnlyList<string> About)
{
    public static UpdateView From(ResidentUpdate u) => new(u.Id, u.Stage, u.SentOn, u.Progress, u.DueOn, u.NextUpdateOn, u.OnTime,
        [.. u.About.HasFlag(UpdateReasons.ExtendedResponse) ? ["extendedResponse"] : Array.Empty<string>(),
         .. u.About.HasFlag(UpdateReasons.OutstandingActions) ? ["outstandingActions"] : Array.Empty<string>()]);
}

public sealed record RefusalView(RefusalReason Reason, string Explanation, string? DiscretionConsidered, DateOnly? DecidedOn, DateOnly? ProceedingsFiledOn);

public sealed record ResidentView(Guid Id, string Name, string? Email, string? Phone, string? Address, Tenure Tenure)
{
    public static ResidentView From(Resident r) => new(r.Id, r.Name, r.Email, r.Phone, r.Address, r.Tenure);
}

public sealed record ComplaintPage(IReadOnlyList<ComplaintView> Items, int Total, int Page, int PageSize);
