namespace Redress.Domain.Complaints;

/// <summary>One of the two stages of a complaint, with its clocks (Code 6.2-6.5, 6.11-6.16).</summary>
public sealed class ComplaintStage
{
    private readonly List<Extension> _extensions = [];
    private readonly List<Finding> _findings = [];

    private ComplaintStage()
    {
    }

    internal ComplaintStage(Guid id, int number, DateOnly requestedOn, DateOnly acknowledgeBy, Timescales timescales, Channel? channel)
    {
        Id = id;
        Number = number;
        RequestedOn = requestedOn;
        AcknowledgeBy = acknowledgeBy;
        ResponseDays = timescales.ResponseDays(number);
        ExtensionCapDays = timescales.ExtensionCap(number);
        Channel = channel;
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public int Number { get; private set; }
    /// <summary>Stage 1: the date received. Stage 2: the date the escalation request was received.</summary>
    public DateOnly RequestedOn { get; private set; }
    public Channel? Channel { get; private set; }
    public DateOnly AcknowledgeBy { get; private set; }
    public DateOnly? AcknowledgedOn { get; private set; }
    /// <summary>The response due date in force, extensions included.</summary>
    public DateOnly? RespondBy { get; private set; }
    /// <summary>The response due date before any extension.</summary>
    public DateOnly? OriginalRespondBy { get; private set; }
    public DateOnly? RespondedOn { get; private set; }
    public Guid? HandlerId { get; private set; }
    public int ResponseDays { get; private set; }
    public int ExtensionCapDays { get; private set; }
    public int ExtendedWorkingDays { get; private set; }
    /// <summary>True when extensions passed the cap with a recorded good reason (flagged in reports).</summary>
    public bool ExtendedBeyondCap { get; private set; }
    public Definition? Definition { get; private set; }
    /// <summary>Code 6.8: related points the resident raised before the acknowledgement; they join its definition.</summary>
    public List<string> PointsRaised { get; private set; } = [];
    public Decision? Decision { get; private set; }
    public string? Reasons { get; private set; }
    /// <summary>Code 6.7, 6.18: why the overall decision differs from what the findings point to, when it does.</summary>
    public string? DecisionDiffersBecause { get; private set; }
    public string? EscalationRoute { get; private set; }
    public IReadOnlyList<Extension> Extensions => _extensions;
    public IReadOnlyList<Finding> Findings => _findings;

    public bool IsAcknowledged => AcknowledgedOn is not null;

    public bool IsResponded => RespondedOn is not null;

    internal void Acknowledge(DateOnly acknowledgedOn, Guid handlerId, Definition definition, DateOnly respondBy)
    {
        AcknowledgedOn = acknowledgedOn;
        HandlerId = handlerId;
        Definition = definition;
        PointsRaised = [];
        RespondBy = respondBy;
        OriginalRespondBy = respondBy;
    }

    internal void AssignHandler(Guid handlerId) => HandlerId = handlerId;

    internal void AddPoint(string point)
    {
        if (Definition is null)
        {
            PointsRaised = [.. PointsRaised, point];
            return;
        }
        // A new Definition instance so that a JSON-mapped column is seen as changed.
        var updated = Definition.Copy();
        updated.Points.Add(point);
        Definition = updated;
    }

    internal void Extend(Extension extension)
    {
        extension.Ordinal = _extensions.Count;
        _extensions.Add(extension);
        ExtendedWorkingDays += extension.WorkingDays;
        ExtendedBeyondCap |= extension.BeyondCap;
        RespondBy = extension.NewRespondBy;
    }

    internal void Respond(ResponseDetails request, string escalationRoute, IEnumerable<Finding> findings)
    {
        RespondedOn = request.RespondedOn;
        Decision = request.Decision;
        Reasons = request.Reasons;
        DecisionDiffersBecause = string.IsNullOrWhiteSpace(request.DecisionDiffersBecause) ? null : request.DecisionDiffersBecause.Trim();
        EscalationRoute = escalationRoute;
        foreach (var finding in findings)
        {
            finding.Ordinal = _findings.Count;
            _findings.Add(finding);
        }
    }
}

public sealed class Extension
{
    private Extension()
    {
    }

    internal Extension(Guid id, ExtensionDetails request, DateOnly previousRespondBy, DateOnly newRespondBy, bool beyondCap)
    {
        Id = id;
        WorkingDays = request.WorkingDays;
        Reason = request.Reason;
        NotifiedOn = request.NotifiedOn;
        GoodReason = string.IsNullOrWhiteSpace(request.GoodReason) ? null : request.GoodReason;
        UpdateIntervalWorkingDays = request.UpdateIntervalWorkingDays;
        PreviousRespondBy = previousRespondBy;
        NewRespondBy = newRespondBy;
        BeyondCap = beyondCap;
    }

    public Guid Id { get; private set; }
    public Guid StageId { get; private set; }
    /// <summary>Position in the stage's list, so lists read back in the order they were made.</summary>
    public int Ordinal { get; internal set; }
    public int WorkingDays { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly NotifiedOn { get; private set; }
    public string? GoodReason { get; private set; }
    /// <summary>Code 5.9: the agreed interval for keeping the resident informed.</summary>
    public int? UpdateIntervalWorkingDays { get; private set; }
    public DateOnly PreviousRespondBy { get; private set; }
    public DateOnly NewRespondBy { get; private set; }
    public bool BeyondCap { get; private set; }
    /// <summary>Code 6.5, 6.16: the Ombudsman's contact details as given with this extension.</summary>
    public string OmbudsmanContact { get; internal set; } = "";
}

public sealed class Finding
{
    private Finding()
    {
    }

    public Finding(Guid id, string point, Decision decision, string reasons)
    {
        Id = id;
        Point = point;
        Decision = decision;
        Reasons = reasons;
    }

    public Guid Id { get; private set; }
    public Guid StageId { get; private set; }
    public int Ordinal { get; internal set; }
    public string Point { get; private set; } = "";
    public Decision Decision { get; private set; }
    public string Reasons { get; private set; } = "";
}
