namespace Redress.Domain.Common;

/// <summary>
/// A refusal by a rule of the Code or of the product. <see cref="Code"/> is stable: API clients
/// and tests depend on it. <see cref="Message"/> is written for the person who must act on it.
/// </summary>
public sealed record DomainError(string Code, string Message, string? Field = null)
{
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>Thrown where a rule refuses deep inside a calculation (e.g. a calendar year not loaded).</summary>
public sealed class DomainException(DomainError error) : Exception(error.Message)
{
    public DomainError Error { get; } = error;
}

public static class ErrorCodes
{
    public const string CalendarYearNotLoaded = "calendar-year-not-loaded";
    public const string Stage2HandlerConflict = "stage2-handler-conflict";
    public const string ExtensionOverCap = "extension-over-cap";
    public const string ExtensionAfterDueDate = "extension-after-due-date";
    public const string DefinitionPointUnanswered = "definition-point-unanswered";
    public const string FindingPointUnknown = "finding-point-unknown";
    public const string InvalidTransition = "invalid-transition";
    public const string DateInFuture = "date-in-future";
    public const string DateOutOfOrder = "date-out-of-order";
    public const string NoThirdStage = "no-third-stage";
    public const string NotOver12Months = "not-over-12-months";
    public const string DiscretionNotConsidered = "discretion-not-considered";
    public const string ResponseIncomplete = "response-incomplete";
    public const string FinancialRemedyNeedsAmount = "financial-remedy-needs-amount";
    public const string DuplicatePoint = "duplicate-point";
    public const string RepresentativeConsentRequired = "representative-consent-required";
    public const string Required = "required";
    public const string ReviewDateRequired = "review-date-required";
    public const string ReviewDateOutOfRange = "review-date-out-of-range";
    public const string AlreadyEnded = "already-ended";
    public const string ExtensionLengthInvalid = "extension-length-invalid";
    public const string ExtensionNeedsOmbudsmanContact = "extension-needs-ombudsman-contact";
    public const string DefinitionIncomplete = "definition-incomplete";
    public const string PointNeedsNewComplaint = "point-needs-new-complaint";
    public const string DecisionInconsistent = "decision-inconsistent";
    public const string RemedyIncomplete = "remedy-incomplete";
    public const string RemedyDueDateRequired = "remedy-due-date-required";
    public const string AmountInvalid = "amount-invalid";
    public const string RefusalExplanationRequired = "refusal-explanation-required";
    public const string LetterIncomplete = "letter-incomplete";
    public const string UpdateIntervalRequired = "update-interval-required";
    public const string UpdateIntervalExceeded = "update-interval-exceeded";
    public const string NextUpdateRequired = "next-update-required";
    public const string ProceedingsNotFiled = "proceedings-not-filed";
    public const string HandlerCannotHoldComplaints = "handler-cannot-hold-complaints";
    public const string SelfAssessmentNotApproved = "self-assessment-not-approved";
    public const string YearNotEnded = "year-not-ended";
}
