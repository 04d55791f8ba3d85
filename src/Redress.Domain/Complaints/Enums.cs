namespace Redress.Domain.Complaints;

public enum ComplaintStatus
{
    AwaitingAcknowledgement,
    Investigating,
    Responded,
    Closed,
    NotAccepted,
    Withdrawn,
}

public enum Channel
{
    Phone,
    Email,
    Letter,
    WebForm,
    InPerson,
    SocialMedia,
    ThirdParty,
    Other,
}

public enum Tenure
{
    /// <summary>Low-cost rental accommodation (TSM split).</summary>
    Lcra,
    /// <summary>Low-cost home ownership (TSM split).</summary>
    Lcho,
}

public enum Decision
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
}

/// <summary>Code section 2 grounds for not accepting a complaint or refusing to escalate one.</summary>
public enum RefusalReason
{
    Over12Months,
    LegalProceedings,
    PreviouslyConsidered,
    Other,
}

/// <summary>Code 7.1: the kinds of putting things right.</summary>
public enum RemedyType
{
    Apology,
    Acknowledgement,
    Explanation,
    Action,
    DecisionChanged,
    RecordAmended,
    Financial,
    PolicyChange,
    Other,
}

public enum ClosureKind
{
    AfterResponse,
    EscalationRefused,
}
