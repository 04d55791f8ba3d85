namespace Redress.Domain.Complaints;

/// <summary>Code 7.1-7.3: what will happen to put things right, by when, tracked to completion.</summary>
public sealed class Remedy
{
    private Remedy()
    {
    }

    public Remedy(Guid id, int stage, RemedyDetails request, DateOnly offeredOn)
    {
        Id = id;
        Stage = stage;
        Type = request.Type;
        Description = request.Description;
        AmountPence = request.AmountPence;
        DueOn = request.DueOn;
        OfferedOn = offeredOn;
        if (request.DoneNow)
        {
            Complete(offeredOn, request.Type == RemedyType.Financial ? request.AmountPence : null);
        }
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public int Ordinal { get; internal set; }
    public int Stage { get; private set; }
    public RemedyType Type { get; private set; }
    public string Description { get; private set; } = "";
    public long? AmountPence { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public DateOnly OfferedOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public long? PaidPence { get; private set; }

    internal void Complete(DateOnly completedOn, long? paidPence)
    {
        CompletedOn = completedOn;
        PaidPence = paidPence;
    }
}

/// <summary>Code 6.6 and 6.17: an action still to do when the response is issued.</summary>
public sealed class OutstandingAction
{
    private OutstandingAction()
    {
    }

    public OutstandingAction(Guid id, int stage, ActionDetails request)
    {
        Id = id;
        Stage = stage;
        Description = request.Description;
        DueOn = request.DueOn;
        Owner = request.Owner;
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public int Ordinal { get; internal set; }
    public int Stage { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public string? Owner { get; private set; }
    public DateOnly? CompletedOn { get; private set; }

    internal void Complete(DateOnly completedOn) => CompletedOn = completedOn;
}
