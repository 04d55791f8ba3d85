namespace Redress.Domain.Complaints;

/// <summary>
/// Keeping the resident informed (Code 5.9, 6.6, 6.17): an update sent while a response is extended, or while
/// actions are still outstanding after a response. It records when it was due, so the measures can say whether
/// it went on time, and when the next one is promised.
/// </summary>
public sealed class ResidentUpdate
{
    private ResidentUpdate()
    {
    }

    internal ResidentUpdate(Guid id, int stage, UpdateDetails details, DateOnly? dueOn, DateOnly? nextUpdateOn, UpdateReasons about)
    {
        Id = id;
        Stage = stage;
        SentOn = details.SentOn;
        Progress = details.Progress.Trim();
        DueOn = dueOn;
        NextUpdateOn = nextUpdateOn;
        About = about;
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public int Ordinal { get; internal set; }
    /// <summary>The complaint's stage when the update was sent.</summary>
    public int Stage { get; private set; }
    public DateOnly SentOn { get; private set; }
    /// <summary>What the resident was told has happened since they last heard.</summary>
    public string Progress { get; private set; } = "";
    /// <summary>The date this update was due by; null when none was due (sent early, of the handler's own accord).</summary>
    public DateOnly? DueOn { get; private set; }
    /// <summary>The date the resident was told to expect the next update; null when nothing remains to update them on.</summary>
    public DateOnly? NextUpdateOn { get; private set; }
    public UpdateReasons About { get; private set; }

    /// <summary>Sent by the date it was due (an update nobody was owed yet is on time).</summary>
    public bool OnTime => !Rules.UpdateRules.SentLate.IsMetBy(this);
}

/// <summary>What a resident is being kept informed about.</summary>
[Flags]
public enum UpdateReasons
{
    None = 0,
    /// <summary>Code 5.9: the response of the current stage is extended; updates at the agreed interval.</summary>
    ExtendedResponse = 1,
    /// <summary>Code 6.6, 6.17: actions promised in a response are not yet done.</summary>
    OutstandingActions = 2,
}

/// <summary>
/// An update to send: the date, what has happened, and when the resident will hear next (worked out from the
/// agreed interval and the actions' dates when not given).
/// </summary>
public sealed record UpdateDetails(DateOnly SentOn, string Progress, DateOnly? NextUpdateOn = null);
