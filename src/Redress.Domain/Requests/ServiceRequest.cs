using Redress.Domain.Common;
using Redress.Domain.Complaints;

namespace Redress.Domain.Requests;

public enum ServiceRequestStatus
{
    Open,
    InProgress,
    Completed,
    Cancelled,
}

public sealed record ServiceRequestDetails(Guid ResidentId, DateOnly ReceivedOn, Channel Channel, string Description, string Category, DateOnly? DueOn);

/// <summary>What an update changes: any of status, owner, due date, with a note of what was done.</summary>
public sealed record ServiceRequestUpdate(ServiceRequestStatus Status, Guid? OwnerId, DateOnly? DueOn, string? Note);

/// <summary>
/// Code 1.4: a request to put something right. It is not a complaint, but it is recorded, owned, given
/// a due date and monitored. A complaint about its handling links to it and it stays open (1.5).
/// </summary>
public sealed class ServiceRequest
{
    private ServiceRequest()
    {
    }

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public Guid ResidentId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public Channel Channel { get; private set; }
    public string Description { get; private set; } = "";
    public string Category { get; private set; } = "";
    public ServiceRequestStatus Status { get; private set; }
    public Guid? OwnerId { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? LastNote { get; private set; }
    public int Version { get; private set; }

    public bool IsOpen => Status is ServiceRequestStatus.Open or ServiceRequestStatus.InProgress;

    /// <summary>Every problem with a new request at once, each naming its field, for a form to show together.</summary>
    public static IReadOnlyList<DomainError> Problems(ServiceRequestDetails details, DateOnly today)
    {
        var problems = new List<DomainError>();
        if (details.ReceivedOn > today)
        {
            problems.Add(Errors.InFuture("receivedOn", "The date received", today));
        }
        if (string.IsNullOrWhiteSpace(details.Description))
        {
            problems.Add(new DomainError(ErrorCodes.Required, "Enter what the resident asked for.", "description"));
        }
        if (string.IsNullOrWhiteSpace(details.Category))
        {
            problems.Add(new DomainError(ErrorCodes.Required, "Select the category of the request.", "category"));
        }
        if (details.DueOn < details.ReceivedOn)
        {
            problems.Add(Errors.OutOfOrder("dueOn", "The due date cannot be before the date the request was received."));
        }
        return problems;
    }

    public static Result<ServiceRequest> Log(Guid id, string reference, ServiceRequestDetails details, Guid? ownerId, DateOnly today)
    {
        var error = Problems(details, today) is [var first, ..] ? first : null;
        if (error is not null)
        {
            return error;
        }
        return new ServiceRequest
        {
            Id = id,
            Reference = reference,
            ResidentId = details.ResidentId,
            ReceivedOn = details.ReceivedOn,
            Channel = details.Channel,
            Description = details.Description.Trim(),
            Category = details.Category.Trim(),
            Status = ServiceRequestStatus.Open,
            OwnerId = ownerId,
            DueOn = details.DueOn,
            Version = 1,
        };
    }

    /// <summary>Moves the request on. A closed request is not reopened: log a new one.</summary>
    public DomainError? Update(ServiceRequestUpdate update, DateOnly today)
    {
        if (!IsOpen)
        {
            return Errors.Transition($"This request was {Status.ToString().ToLowerInvariant()} on {ClosedOn:yyyy-MM-dd}; log a new one instead.");
        }
        if (update.DueOn < ReceivedOn)
        {
            return Errors.OutOfOrder("dueOn", "The due date cannot be before the date the request was received.");
        }
        var closing = update.Status is ServiceRequestStatus.Completed or ServiceRequestStatus.Cancelled;
        if (closing && string.IsNullOrWhiteSpace(update.Note))
        {
            return new DomainError(ErrorCodes.Required, "Enter what was done, or why the request was cancelled.", "note");
        }
        Status = update.Status;
        OwnerId = update.OwnerId;
        DueOn = update.DueOn;
        ClosedOn = closing ? today : null;
        LastNote = string.IsNullOrWhiteSpace(update.Note) ? LastNote : update.Note.Trim();
        Version++;
        return null;
    }

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    /// <summary>Numbered at the moment of saving, like a complaint.</summary>
    public void AssignReference(string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        Reference = reference;
    }
}
