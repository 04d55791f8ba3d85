using System.Globalization;
using Redress.Domain.Complaints;

namespace Redress.Web.Pages;

/// <summary>
/// The address of every page, written once beside its <c>@page</c> route. Pages link and redirect through
/// these, never through a string of their own, and <c>PathsTests</c> fails for any path here that no page's
/// route serves, so a renamed route is caught by the tests, not by a user.
/// </summary>
public static class Paths
{
    public const string Home = "/";
    public const string SignIn = "/sign-in";
    public const string ForgotPassword = "/forgot-password";
    public const string MyWork = "/work";
    public const string Team = "/work/team";
    public const string NewComplaint = "/complaints/new";
    public const string Residents = "/residents";
    public const string ServiceRequests = "/service-requests";
    public const string NewServiceRequest = "/service-requests/new";
    public const string FeedbackList = "/feedback";
    public const string NewFeedback = "/feedback/new";
    public const string Oversight = "/oversight";
    public const string AnnualReport = "/oversight/annual-report";
    public const string MrcPack = "/oversight/mrc-pack";
    public const string OmbudsmanCases = "/oversight/ombudsman";
    public const string Learning = "/oversight/learning";
    public const string Exceptional = "/oversight/exceptional";
    public const string SelfAssessments = "/self-assessment";
    public const string PublishedReports = "/reports";
    public const string Admin = "/admin";
    public const string Users = "/admin/users";
    public const string NewUser = "/admin/users/new";
    public const string Outbox = "/admin/outbox";
    public const string Settings = "/admin/settings";
    public const string Categories = "/admin/categories";

    public const string LetterTemplates = "/admin/letters";

    public static string LetterTemplate(Redress.Domain.Letters.LetterKind kind) => $"/admin/letters/{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())}";
    public const string NewCategory = "/admin/categories/new";
    public const string SettingsLogo = "/admin/settings/logo";
    /// <summary>The landlord's logo as an image, for pages and letters; anyone may read it.</summary>
    public const string LandlordLogo = "/landlord-logo";
    public const string ApiDocs = "/api-docs";
    public const string ServiceStatus = "/service-status";

    public static string Complaint(Guid id) => $"/complaints/{id}";

    /// <summary>The journey that records <paramref name="action"/> on a complaint.</summary>
    public static string Complaint(Guid id, ComplaintAction action) => $"/complaints/{id}/{JourneyOf(action)}";

    /// <summary>Recording a remedy (<c>remedies</c>) or an outstanding action (<c>actions</c>) as done.</summary>
    public static string Complete(Guid id, bool remedy, Guid itemId) => $"/complaints/{id}/{(remedy ? "remedies" : "actions")}/{itemId}/complete";

    public static string Attachment(Guid id, Guid attachmentId) => $"/complaints/{id}/attachments/{attachmentId}";

    public static string Letter(Guid id, Guid letterId) => $"/complaints/{id}/letters/{letterId}";

    public static string Evidence(Guid id) => $"/complaints/{id}/evidence";

    public static string Evidence(Guid id, bool zip) => $"/complaints/{id}/evidence?handler={(zip ? "Zip" : "Pdf")}";

    public static string LetterPdf(Guid id, Guid letterId) => $"/complaints/{id}/letters/{letterId}?handler=Pdf";

    public static string Resident(Guid id, string? section = null) => $"/residents/{id}" + (section is null ? "" : $"#{section}");

    public static string EditResident(Guid id) => $"/residents/{id}/edit";

    public static string NewNeed(Guid residentId) => $"/residents/{residentId}/needs/new";

    public static string NewRepresentative(Guid residentId) => $"/residents/{residentId}/representatives/new";

    public static string NewRestriction(Guid residentId) => $"/residents/{residentId}/restrictions/new";

    /// <summary>Reviewing an adjustment or disability (<c>need</c>) or a contact restriction (<c>restriction</c>).</summary>
    public static string Review(Guid residentId, bool restriction, Guid recordId) => $"/residents/{residentId}/review/{(restriction ? "restriction" : "need")}/{recordId}";

    public static string ServiceRequest(Guid id) => $"/service-requests/{id}";

    public static string UpdateServiceRequest(Guid id) => $"/service-requests/{id}/update";

    public static string Feedback(Guid id) => $"/feedback/{id}";

    /// <summary>Code 1.5, 1.6: sending the letter on how to complain, about feedback or a service request.</summary>
    public static string Offer(Redress.Web.Letters.OfferTarget target) =>
        target.IsFeedback ? $"/feedback/{target.Id}/offer" : $"/service-requests/{target.Id}/offer";

    /// <summary>The PDF of an offer to complain, from the page of the record it answers.</summary>
    public static string OfferPdf(Redress.Web.Letters.OfferTarget target, Guid letterId) => $"{Offer(target)}?handler=Pdf&letterId={letterId}";

    public static string OmbudsmanCase(Guid id) => $"/oversight/ombudsman/{id}";

    public static string LearningAction(Guid id) => $"/oversight/learning/{id}";

    public static string SelfAssessment(Guid id) => $"/self-assessment/{id}";

    public static string ApproveSelfAssessment(Guid id) => $"/self-assessment/{id}/approve";

    public static string ExportSelfAssessment(Guid id) => $"/self-assessment/{id}/export";

    public static string Provision(Guid assessmentId, string number) => $"/self-assessment/{assessmentId}/provisions/{number}";

    public static string PublishedReport(int year) => string.Create(CultureInfo.InvariantCulture, $"/reports/{year}");

    public static string PublishedSelfAssessment(Guid id) => $"/reports/self-assessment/{id}";

    public static string User(Guid id) => $"/admin/users/{id}";

    public static string Category(string key) => $"/admin/categories/{Uri.EscapeDataString(key)}/change";

    /// <summary>The page that changes one group of settings ("organisation", "policy", "ombudsman", "timescales").</summary>
    public static string SettingsSection(string key) => $"/admin/settings/{key}";

    /// <summary>The page that sets the homes owned in a reporting year.</summary>
    public static string SettingsHomes(int year) => $"/admin/settings/homes/{year}";

    public static string OutboxMessage(string file) => $"/admin/outbox/{Uri.EscapeDataString(file)}";

    /// <summary>The complaints behind a figure (a measure's key), for the period in <paramref name="periodQuery"/>.</summary>
    public static string MeasureComplaints(string measure, string periodQuery) => $"/oversight/complaints?measure={Uri.EscapeDataString(measure)}&{periodQuery}";

    /// <summary>The route segment of each complaint journey.</summary>
    private static string JourneyOf(ComplaintAction action) => action.Key switch
    {
        "acknowledge" or "extend" or "respond" or "escalate" or "reassign" or "withdraw" or "close" or "not-accept" or "refuse-escalation" => action.Key,
        "add-point" => "point",
        "send-update" => "update",
        "record-correspondence" => "correspondence/new",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.Key, "No page records this action."),
    };

    /// <summary>The actions that have a journey of their own, for the tests.</summary>
    public static IReadOnlyList<ComplaintAction> Journeys { get; } =
    [
        ComplaintAction.Acknowledge, ComplaintAction.Extend, ComplaintAction.Respond, ComplaintAction.Escalate, ComplaintAction.Reassign,
        ComplaintAction.Withdraw, ComplaintAction.Close, ComplaintAction.NotAccept, ComplaintAction.RefuseEscalation, ComplaintAction.AddPoint, ComplaintAction.SendUpdate,
        ComplaintAction.RecordCorrespondence,
    ];
}
