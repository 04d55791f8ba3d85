using Redress.Domain.Complaints;

namespace Redress.Web.Complaints;

/// <summary>A complaint as logged: the resident is an existing one (by id) or new details.</summary>
public sealed record NewComplaint(
    DateOnly ReceivedOn,
    DateTime? ReceivedAtUtc,
    Channel Channel,
    string? ReceivedBy,
    Guid? ResidentId,
    NewResident? Resident,
    RepresentativeDetails? Representative,
    string Description,
    string Category,
    DateOnly? IssueOccurredOn,
    DateOnly? ResidentAwareOn,
    string? VulnerabilityNotes,
    Guid? ServiceRequestId = null,
    Guid? FeedbackId = null,
    string? DiscretionConsidered = null);

public sealed record NewResident(string Name, string? Email, string? Phone, string? Address, Tenure Tenure);
