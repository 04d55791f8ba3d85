using System.Linq.Expressions;
using Redress.Domain.Complaints;
using Redress.Domain.Rules;

namespace Redress.Domain.Measures;

/// <summary>
/// One measure of complaint handling: its key (in links and the API), its label, its definition as a
/// person reads it, and which complaints make it up in a period. The figure on the dashboard, in the
/// reports and the API and the list of complaints behind it both come from here.
/// </summary>
public sealed record Measure(string Key, string Label, string Definition, Func<ReportingPeriod, DateOnly, Expression<Func<Complaint, bool>>> Complaints)
{
    /// <summary>The complaints behind the measure in <paramref name="period"/>, as of <paramref name="today"/>.</summary>
    public Expression<Func<Complaint, bool>> In(ReportingPeriod period, DateOnly today) => Complaints(period, today);
}

/// <summary>
/// Every measure of the annual report (domain README, Measures; Code 8.1 b), and the periods' windows
/// they are built from. A stage measure counts stages; its list is the complaints with such a stage
/// (one each, since a complaint has one stage of each number).
/// </summary>
public static class MeasureCatalogue
{
    /// <summary>Complaints received in the period (stage 1, by date received).</summary>
    public static Rule<Complaint> ReceivedIn(ReportingPeriod p) => new("received in the period", c => c.ReceivedOn >= p.From && c.ReceivedOn <= p.To);

    /// <summary>Stage <paramref name="stage"/> requested in the period: received (1) or escalation request received (2).</summary>
    public static Rule<ComplaintStage> RequestedIn(ReportingPeriod p, int stage) =>
        new("requested in the period", s => s.Number == stage && s.RequestedOn >= p.From && s.RequestedOn <= p.To);

    public static Rule<ComplaintStage> AcknowledgedIn(ReportingPeriod p, int stage) => AnyAcknowledgedIn(p).And("at the stage", s => s.Number == stage);

    public static Rule<ComplaintStage> RespondedIn(ReportingPeriod p, int stage) => AnyRespondedIn(p).And("at the stage", s => s.Number == stage);

    /// <summary>Stages acknowledged in the period at any stage, for counts grouped by stage.</summary>
    public static Rule<ComplaintStage> AnyAcknowledgedIn(ReportingPeriod p) => new("acknowledged in the period", s => s.AcknowledgedOn >= p.From && s.AcknowledgedOn <= p.To);

    /// <summary>Stages responded to in the period at any stage, for counts grouped by stage.</summary>
    public static Rule<ComplaintStage> AnyRespondedIn(ReportingPeriod p) => new("responded in the period", s => s.RespondedOn >= p.From && s.RespondedOn <= p.To);

    public static Rule<Complaint> NotAcceptedIn(ReportingPeriod p) =>
        new("not accepted in the period", c => c.Status == ComplaintStatus.NotAccepted && c.RefusedOn >= p.From && c.RefusedOn <= p.To);

    public static Rule<Complaint> EscalationRefusedIn(ReportingPeriod p) =>
        new("escalation refused in the period", c => c.ClosureKind == ClosureKind.EscalationRefused && c.ClosedOn >= p.From && c.ClosedOn <= p.To);

    public static Rule<Remedy> OfferedIn(ReportingPeriod p) => new("offered in the period", r => r.OfferedOn >= p.From && r.OfferedOn <= p.To);

    public static Rule<Remedy> CompletedIn(ReportingPeriod p) => new("completed in the period", r => r.CompletedOn >= p.From && r.CompletedOn <= p.To);

    public static Rule<ResidentUpdate> UpdateSentIn(ReportingPeriod p) => new("sent in the period", u => u.SentOn >= p.From && u.SentOn <= p.To);

    /// <summary>Stage 1 received: CH01's count, leaving out complaints not accepted (withdrawn ones count).</summary>
    public static readonly Measure Received = new("received", "Stage 1 complaints received",
        "Complaints received in the period, by the date received, leaving out those not accepted under section 2 (withdrawn ones count): CH01's count.",
        (p, _) => ReceivedIn(p).And("counts in CH01", ComplaintRules.CountsInCh01).Expression);

    /// <summary>Stage 2 received: CH01's count at stage 2.</summary>
    public static readonly Measure Escalations = new("escalations", "Stage 2 complaints received",
        "Escalation requests received in the period, by the date the request was received: CH01's count at stage 2.",
        (p, _) => HavingStage(RequestedIn(p, 2)));

    public static readonly Measure NotAccepted = new("not-accepted", "Not accepted",
        "Complaints received in the period and not accepted under section 2 of the Code (not counted in CH01).",
        (p, _) => ReceivedIn(p).And("not accepted", c => c.Status == ComplaintStatus.NotAccepted).Expression);

    public static readonly Measure Withdrawn = new("withdrawn", "Withdrawn",
        "Complaints received in the period that the resident withdrew (they still count in CH01).",
        (p, _) => ReceivedIn(p).And("withdrawn", c => c.Status == ComplaintStatus.Withdrawn).Expression);

    public static readonly Measure Open = new("open", "Open now",
        "Complaints waiting for an acknowledgement or a response today, whenever they were received.",
        (_, _) => ComplaintRules.Open.Expression);

    public static readonly Measure Overdue = new("overdue", "Overdue now",
        "Open complaints whose acknowledgement or response was due before today.",
        (_, today) => ComplaintRules.Overdue(today).Expression);

    public static readonly Measure RemediesOffered = new("remedies-offered", "Complaints with a remedy offered",
        "Complaints with a remedy offered in the period, by the date offered (Code 7.1-7.3).",
        (p, _) => HavingRemedy(OfferedIn(p)));

    public static readonly Measure RemediesCompleted = new("remedies-completed", "Complaints with a remedy carried out or paid",
        "Complaints with a remedy carried out or paid in the period, by the date completed (Code 7.3).",
        (p, _) => HavingRemedy(CompletedIn(p)));

    public static readonly Measure UpdatesSent = new("updates-sent", "Complaints with an update sent to the resident",
        "Complaints with an update sent to the resident in the period, by the date sent: while a response was extended, at the interval agreed (Code 5.9), or while actions promised in a response were outstanding (6.6, 6.17).",
        (p, _) => HavingUpdate(UpdateSentIn(p)));

    public static readonly Measure UpdatesLate = new("updates-late", "Complaints with an update sent late",
        "Complaints with an update sent in the period after the date it was due: the interval agreed with the resident (Code 5.9), an outstanding action's date, or the date the last update promised (6.6, 6.17).",
        (p, _) => HavingUpdate(UpdateSentIn(p).And("late", UpdateRules.SentLate)));

    public static readonly Measure UpdatesOverdue = new("updates-overdue", "Updates overdue now",
        "Complaints whose resident is owed an update that was due before today and has not been sent (Code 5.9, 6.6, 6.17), whenever they were received.",
        (_, today) => ComplaintRules.UpdateOverdue(today).Expression);

    public static Measure Acknowledged(int stage) => new($"acknowledged-{stage}", "Acknowledged",
        $"Stage {stage} acknowledgements given in the period, by the date acknowledged.",
        (p, _) => HavingStage(AcknowledgedIn(p, stage)));

    public static Measure AcknowledgedLate(int stage) => new($"acknowledged-late-{stage}", "Acknowledged late",
        $"Stage {stage} acknowledgements given in the period after the 5 working days allowed (Code {(stage == 1 ? "6.2" : "6.11")}).",
        (p, _) => HavingStage(AcknowledgedIn(p, stage).And("late", StageRules.AcknowledgedLate)));

    public static Measure Responded(int stage) => new($"responded-{stage}", "Responses issued",
        $"Stage {stage} responses issued in the period, by the date of the response: CH02's count.",
        (p, _) => HavingStage(RespondedIn(p, stage)));

    public static Measure RespondedLate(int stage) => new($"responded-late-{stage}", "Responses late",
        $"Stage {stage} responses issued in the period after the due date in force, extensions the Code allows included (the complement of CH02).",
        (p, _) => HavingStage(RespondedIn(p, stage).And("late", StageRules.RespondedLate)));

    public static Measure Extended(int stage) => new($"extended-{stage}", "Responses after an extension",
        $"Stage {stage} responses issued in the period whose timescale was extended (Code {(stage == 1 ? "6.4" : "6.15")}).",
        (p, _) => HavingStage(RespondedIn(p, stage).And("extended", StageRules.Extended)));

    public static Measure Decided(int stage, Decision decision) => new($"decision-{stage}-{decision}", Words(decision),
        $"Stage {stage} responses issued in the period with the decision '{Words(decision).ToLowerInvariant()}'.",
        (p, _) => HavingStage(RespondedIn(p, stage).And("decision", s => s.Decision == decision)));

    public static Measure NotAcceptedFor(RefusalReason reason) => new($"not-accepted-{reason}", Ground(reason),
        $"Complaints not accepted in the period, by the date of the decision, on the ground: {Ground(reason).ToLowerInvariant()} (Code 2.2, 8.1 b).",
        (p, _) => NotAcceptedIn(p).And("ground", c => c.RefusalReason == reason).Expression);

    public static Measure EscalationRefusedFor(RefusalReason reason) => new($"escalation-refused-{reason}", Ground(reason),
        $"Escalations refused in the period, by the date of the decision, on the ground: {Ground(reason).ToLowerInvariant()} (Code 5.11).",
        (p, _) => EscalationRefusedIn(p).And("ground", c => c.RefusalReason == reason).Expression);

    /// <summary>Stage 1 complaints received in the period in one category (leaving out those not accepted, like <see cref="Received"/>).</summary>
    public static Measure Category(string category, string? name = null) => new($"category:{category}", name ?? category,
        $"Complaints received in the period in the category '{name ?? category}', leaving out those not accepted.",
        (p, _) => ReceivedIn(p).And("counts in CH01", ComplaintRules.CountsInCh01).And("category", c => c.Category == category).Expression);

    /// <summary>Code 8.5: complaints received in the period while exceptional circumstances were registered.</summary>
    public static Measure Exceptional(IReadOnlyList<(DateOnly From, DateOnly? To)> registered) => new("exceptional",
        "Received during exceptional circumstances (Code 8.5)",
        "Complaints received in the period on a day inside a period of exceptional circumstances in the register.",
        (p, _) => DuringAny(p, registered));

    /// <summary>Every measure with a fixed key, for finding one by its key.</summary>
    public static IReadOnlyList<Measure> Fixed { get; } =
    [
        Received, Escalations, NotAccepted, Withdrawn, Open, Overdue, RemediesOffered, RemediesCompleted, UpdatesSent, UpdatesLate, UpdatesOverdue,
        .. new[] { 1, 2 }.SelectMany(n => new[] { Acknowledged(n), AcknowledgedLate(n), Responded(n), RespondedLate(n), Extended(n) }
            .Concat(Enum.GetValues<Decision>().Select(d => Decided(n, d)))),
        .. Enum.GetValues<RefusalReason>().Select(NotAcceptedFor),
        .. Enum.GetValues<RefusalReason>().Select(EscalationRefusedFor),
    ];

    private static readonly Dictionary<string, Measure> ByKey = Fixed.ToDictionary(m => m.Key, StringComparer.Ordinal);

    /// <summary>
    /// The measure with <paramref name="key"/>, or null when there is none. Categories are found by their key
    /// and labelled by their name from <paramref name="categoryNames"/>; the exceptional-circumstances measure
    /// needs the register (<paramref name="registered"/>).
    /// </summary>
    public static Measure? Find(string key, IReadOnlyList<(DateOnly From, DateOnly? To)> registered, IReadOnlyDictionary<string, string>? categoryNames = null) => key switch
    {
        _ when ByKey.TryGetValue(key, out var measure) => measure,
        "exceptional" => Exceptional(registered),
        _ when key.StartsWith("category:", StringComparison.Ordinal) && key.Length > 9 => Category(key[9..], categoryNames?.GetValueOrDefault(key[9..])),
        _ => null,
    };

    private static Expression<Func<Complaint, bool>> HavingStage(Rule<ComplaintStage> stage)
    {
        var predicate = stage.Expression;
        return c => c.Stages.AsQueryable().Any(predicate);
    }

    private static Expression<Func<Complaint, bool>> HavingRemedy(Rule<Remedy> remedy)
    {
        var predicate = remedy.Expression;
        return c => c.Remedies.AsQueryable().Any(predicate);
    }

    private static Expression<Func<Complaint, bool>> HavingUpdate(Rule<ResidentUpdate> update)
    {
        var predicate = update.Expression;
        return c => c.Updates.AsQueryable().Any(predicate);
    }

    private static Expression<Func<Complaint, bool>> DuringAny(ReportingPeriod p, IReadOnlyList<(DateOnly From, DateOnly? To)> registered)
    {
        Rule<Complaint> none = new("none", c => false);
        var any = registered.Aggregate(none, (rule, r) =>
        {
            var (start, end) = (r.From > p.From ? r.From : p.From, r.To is { } t && t < p.To ? t : p.To);
            return rule.Or("registered", c => c.ReceivedOn >= start && c.ReceivedOn <= end);
        });
        return any.Expression;
    }

    private static string Words(Decision decision) => Wording.Decision(decision);

    private static string Ground(RefusalReason reason) => Wording.Ground(reason);
}
