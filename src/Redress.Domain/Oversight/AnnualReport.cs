using Redress.Domain.Common;

namespace Redress.Domain.Oversight;

public sealed record AnnualReportText(string? Analysis, string? OmbudsmanReports, string? GoverningBodyResponse, DateOnly? ResponseOn);

/// <summary>
/// Code 8.1-8.2: the annual complaints performance and service improvement report for a reporting year. The
/// figures come from the record; the landlord adds the qualitative analysis, the Ombudsman's reports about it,
/// and the governing body's response. Publishing freezes it, figures included, with the approved self-assessment.
/// </summary>
public sealed class AnnualReport
{
    private AnnualReport()
    {
    }

    public Guid Id { get; private set; }
    public int ReportingYear { get; private set; }
    public string? Analysis { get; private set; }
    public string? OmbudsmanReports { get; private set; }
    public string? GoverningBodyResponse { get; private set; }
    public DateOnly? ResponseOn { get; private set; }
    public Guid? SelfAssessmentId { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    /// <summary>The figures as they stood when published (JSON), so the published report never changes.</summary>
    public string? Figures { get; private set; }
    public int Version { get; private set; }

    public bool IsPublished => PublishedOn is not null;

    public static AnnualReport Draft(Guid id, int reportingYear) => new() { Id = id, ReportingYear = reportingYear, Version = 1 };

    public DomainError? Write(AnnualReportText text, DateOnly today)
    {
        if (IsPublished)
        {
            return Errors.Transition("This report is published and cannot change.");
        }
        if (text.ResponseOn > today)
        {
            return Errors.InFuture("responseOn", "The date of the governing body's response", today);
        }
        if (!string.IsNullOrWhiteSpace(text.GoverningBodyResponse) && text.ResponseOn is null)
        {
            return new DomainError(ErrorCodes.Required, "Enter the date of the governing body's response (Code 8.2).", "responseOn");
        }
        Analysis = Clean(text.Analysis);
        OmbudsmanReports = Clean(text.OmbudsmanReports);
        GoverningBodyResponse = Clean(text.GoverningBodyResponse);
        ResponseOn = text.ResponseOn;
        Version++;
        return null;
    }

    /// <summary>Code 8.2: published with the governing body's response and the approved self-assessment.</summary>
    public DomainError? Publish(Guid? approvedSelfAssessment, string figures, DateOnly today)
    {
        if (IsPublished)
        {
            return Errors.Transition("This report is already published.");
        }
        if (PublishProblems(approvedSelfAssessment, today) is [var first, ..])
        {
            return first;
        }
        SelfAssessmentId = approvedSelfAssessment;
        Figures = figures;
        PublishedOn = today;
        Version++;
        return null;
    }

    /// <summary>Everything that stops publishing now, each naming what is missing (Code 8.1, 8.2), for a page to show together.</summary>
    public IReadOnlyList<DomainError> PublishProblems(Guid? approvedSelfAssessment, DateOnly today)
    {
        var problems = new List<DomainError>();
        if (today <= new DateOnly(ReportingYear + 1, 3, 31))
        {
            problems.Add(new DomainError(ErrorCodes.YearNotEnded, $"The {ReportingYear} to {ReportingYear + 1} reporting year ends on 31 March {ReportingYear + 1}: its report can be published from 1 April {ReportingYear + 1}.", "reportingYear"));
        }
        if (Analysis is null)
        {
            problems.Add(new DomainError(ErrorCodes.Required, "Write the qualitative analysis before publishing (Code 8.1 b).", "analysis"));
        }
        if (GoverningBodyResponse is null || ResponseOn is null)
        {
            problems.Add(new DomainError(ErrorCodes.Required, "Record the governing body's response and its date before publishing (Code 8.2).", "governingBodyResponse"));
        }
        if (approvedSelfAssessment is null)
        {
            problems.Add(new DomainError(ErrorCodes.SelfAssessmentNotApproved, "Approve a self-assessment for this year before publishing (Code 8.1 a).", "selfAssessment"));
        }
        return problems;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
