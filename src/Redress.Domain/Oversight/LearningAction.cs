using Redress.Domain.Common;

namespace Redress.Domain.Oversight;

public enum LearningStatus
{
    Planned,
    InProgress,
    Done,
}

public sealed record LearningDetails(string Title, string Theme, string Owner, DateOnly DueOn, IReadOnlyList<Guid> ComplaintIds);

/// <summary>
/// Code 9.1-9.3: a service improvement learned from complaints, with its theme, owner and date, tracked to
/// done with what changed ("you said, we did"), for the annual report.
/// </summary>
public sealed class LearningAction
{
    private LearningAction()
    {
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Theme { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public DateOnly RaisedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public LearningStatus Status { get; private set; }
    public string? WhatChanged { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public List<Guid> ComplaintIds { get; private set; } = [];
    public int Version { get; private set; }

    public static Result<LearningAction> Raise(Guid id, LearningDetails request, DateOnly today)
    {
        var error = string.IsNullOrWhiteSpace(request.Title) ? new DomainError(ErrorCodes.Required, "Enter the improvement to make.", "title")
            : string.IsNullOrWhiteSpace(request.Theme) ? new DomainError(ErrorCodes.Required, "Enter the theme, for example repairs communication.", "theme")
            : string.IsNullOrWhiteSpace(request.Owner) ? new DomainError(ErrorCodes.Required, "Enter who owns the action.", "owner")
            : request.DueOn < today ? Errors.OutOfOrder("dueOn", "The due date cannot be in the past.")
            : null;
        if (error is not null)
        {
            return error;
        }
        return new LearningAction
        {
            Id = id, Title = request.Title.Trim(), Theme = request.Theme.Trim(), Owner = request.Owner.Trim(), RaisedOn = today,
            DueOn = request.DueOn, Status = LearningStatus.Planned, ComplaintIds = [.. request.ComplaintIds.Distinct()], Version = 1,
        };
    }

    public DomainError? Start()
    {
        if (Status != LearningStatus.Planned)
        {
            return Errors.Transition("Only a planned action can start.");
        }
        Status = LearningStatus.InProgress;
        Version++;
        return null;
    }

    /// <summary>Code 9.3: done, with what changed for residents.</summary>
    public DomainError? Complete(string whatChanged, DateOnly doneOn, DateOnly today)
    {
        if (Status == LearningStatus.Done)
        {
            return Errors.Transition("This action is already done.");
        }
        if (string.IsNullOrWhiteSpace(whatChanged))
        {
            return new DomainError(ErrorCodes.Required, "Enter what changed as a result (you said, we did).", "whatChanged");
        }
        if (doneOn > today)
        {
            return Errors.InFuture("doneOn", "The date it was done", today);
        }
        Status = LearningStatus.Done;
        WhatChanged = whatChanged.Trim();
        DoneOn = doneOn < RaisedOn ? RaisedOn : doneOn;
        Version++;
        return null;
    }

    public bool IsOverdue(DateOnly today) => Status != LearningStatus.Done && DueOn < today;
}
