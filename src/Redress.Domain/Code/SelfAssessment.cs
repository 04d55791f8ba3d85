using Redress.Domain.Common;

namespace Redress.Domain.Code;

/// <summary>Why a self-assessment was made: every year (8.1), or sooner (8.3, 8.4).</summary>
public enum AssessmentReason
{
    Annual,
    Restructure,
    Merger,
    ProcedureChange,
    OmbudsmanRequest,
}

public enum AssessmentStatus
{
    Draft,
    Approved,
}

public sealed record AnswerDetails(bool Complies, string? Evidence, string? Commentary, string? Action, DateOnly? TargetOn);

/// <summary>One provision's answer: whether the landlord complies, the evidence, commentary, and for a "no" the action and its date.</summary>
public sealed class AssessmentAnswer
{
    private AssessmentAnswer()
    {
    }

    internal AssessmentAnswer(Guid id, string provision) => (Id, Provision) = (id, provision);

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }
    public string Provision { get; private set; } = "";
    public bool? Complies { get; private set; }
    public string? Evidence { get; private set; }
    public string? Commentary { get; private set; }
    public string? Action { get; private set; }
    public DateOnly? TargetOn { get; private set; }

    internal void Set(AnswerDetails answer)
    {
        Complies = answer.Complies;
        Evidence = Clean(answer.Evidence);
        Commentary = Clean(answer.Commentary);
        Action = answer.Complies ? null : Clean(answer.Action);
        TargetOn = answer.Complies ? null : answer.TargetOn;
    }

    internal AssessmentAnswer CopyFor(Guid id) => new(id, Provision)
    {
        Complies = Complies, Evidence = Evidence, Commentary = Commentary, Action = Action, TargetOn = TargetOn,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// Code 8.1-8.4: the self-assessment against the Code's 72 provisions (Appendix A). Each is a version: a new
/// one starts from the last one's answers; an approved version, with the governing body's approval and its
/// date, is never changed again.
/// </summary>
public sealed class SelfAssessment
{
    private readonly List<AssessmentAnswer> _answers = [];

    private SelfAssessment()
    {
    }

    public Guid Id { get; private set; }
    public int ReportingYear { get; private set; }
    public int Number { get; private set; }
    public AssessmentReason Reason { get; private set; }
    public string? ReasonDetails { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? ApprovedOn { get; private set; }
    /// <summary>Who approved it, for example "Board, meeting of 12 May 2026".</summary>
    public string? ApprovedBy { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<AssessmentAnswer> Answers => _answers;

    public int Unanswered => _answers.Count(a => a.Complies is null);

    /// <summary>A new self-assessment: version <paramref name="number"/>, with the previous one's answers when there is one.</summary>
    public static Result<SelfAssessment> Start(
        Guid id, int reportingYear, AssessmentReason reason, string? details, SelfAssessment? previous, DateOnly today, Func<Guid> newId)
    {
        if (reason != AssessmentReason.Annual && string.IsNullOrWhiteSpace(details))
        {
            return new DomainError(ErrorCodes.Required, "Say what changed, or what the Ombudsman asked for (Code 8.3, 8.4).", "reasonDetails");
        }
        var assessment = new SelfAssessment
        {
            Id = id, ReportingYear = reportingYear, Number = (previous?.Number ?? 0) + 1, Reason = reason,
            ReasonDetails = string.IsNullOrWhiteSpace(details) ? null : details.Trim(), Status = AssessmentStatus.Draft, StartedOn = today, Version = 1,
        };
        foreach (var provision in CodeProvisions.All)
        {
            var before = previous?._answers.FirstOrDefault(a => a.Provision == provision.Number);
            assessment._answers.Add(before?.CopyFor(newId()) ?? new AssessmentAnswer(newId(), provision.Number));
        }
        return assessment;
    }

    /// <summary>Records one provision's answer. A "no" needs the action that will bring compliance and a target date.</summary>
    public DomainError? Answer(string provision, AnswerDetails answer, DateOnly today)
    {
        if (Status == AssessmentStatus.Approved)
        {
            return Errors.Transition("This self-assessment has been approved and cannot change: start a new version.");
        }
        var row = _answers.FirstOrDefault(a => a.Provision == provision);
        if (row is null)
        {
            return new DomainError("not-found", $"There is no provision {provision} in the Code.");
        }
        if (!answer.Complies && string.IsNullOrWhiteSpace(answer.Action))
        {
            return new DomainError(ErrorCodes.Required, "Enter the action that will bring the landlord into compliance.", "action");
        }
        if (!answer.Complies && answer.TargetOn is null)
        {
            return new DomainError(ErrorCodes.Required, "Enter the target date for the action.", "targetOn");
        }
        if (!answer.Complies && answer.TargetOn < today)
        {
            return Errors.OutOfOrder("targetOn", "The target date cannot be in the past.");
        }
        row.Set(answer);
        Version++;
        return null;
    }

    /// <summary>Code 8.1: the governing body approves the whole self-assessment, every provision answered.</summary>
    public DomainError? Approve(DateOnly approvedOn, string approvedBy, DateOnly today)
    {
        if (Status == AssessmentStatus.Approved)
        {
            return Errors.Transition("This self-assessment is already approved.");
        }
        if (_answers.FirstOrDefault(a => a.Complies is null) is { } missing)
        {
            return new DomainError("assessment-incomplete", $"{Unanswered} provisions are not answered yet, the first {missing.Provision}.", "provisions");
        }
        if (string.IsNullOrWhiteSpace(approvedBy))
        {
            return new DomainError(ErrorCodes.Required, "Enter who approved it, for example the board and the date of its meeting.", "approvedBy");
        }
        if (approvedOn > today)
        {
            return Errors.InFuture("approvedOn", "The date of approval", today);
        }
        // Recording last month's board approval today is normal: any past date in or after the year it covers.
        if (approvedOn < new DateOnly(ReportingYear, 4, 1))
        {
            return Errors.OutOfOrder("approvedOn", $"The date of approval cannot be before the {ReportingYear} to {ReportingYear + 1} reporting year it covers began (1 April {ReportingYear}).");
        }
        Status = AssessmentStatus.Approved;
        ApprovedOn = approvedOn;
        ApprovedBy = approvedBy.Trim();
        Version++;
        return null;
    }
}
