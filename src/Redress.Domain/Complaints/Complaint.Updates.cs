using Redress.Domain.Calendar;
using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>
/// Keeping the resident informed (Code 5.9, 6.6, 6.17): at the interval agreed when a response is extended, and
/// while actions promised in a response are outstanding. The date the next update is due is worked out here
/// alone and kept in <see cref="NextUpdateOn"/>, which My work, the reminders and the measures read.
/// </summary>
public sealed partial class Complaint
{
    private readonly List<ResidentUpdate> _updates = [];

    public IReadOnlyList<ResidentUpdate> Updates => _updates;

    /// <summary>The date the next update to the resident is due; null when none is owed. Kept by every change that moves it.</summary>
    public DateOnly? NextUpdateOn { get; private set; }

    /// <summary>What the resident must be kept informed about now: an extended response (5.9), outstanding actions (6.6, 6.17), or nothing.</summary>
    public UpdateReasons UpdatesOwed()
    {
        if (Status is ComplaintStatus.Withdrawn or ComplaintStatus.NotAccepted)
        {
            return UpdateReasons.None;
        }
        var owed = UpdateReasons.None;
        var stage = CurrentStage;
        if (stage is { IsAcknowledged: true, IsResponded: false, Extensions.Count: > 0 })
        {
            owed |= UpdateReasons.ExtendedResponse;
        }
        if (_outstandingActions.Any(a => a.CompletedOn is null))
        {
            owed |= UpdateReasons.OutstandingActions;
        }
        return owed;
    }

    /// <summary>
    /// The date the next update is due, worked out from the record alone; null when none is owed. The earliest of:
    /// the agreed interval after the extension or the last update (5.9); each outstanding action's date not yet
    /// passed at the last update (6.6, 6.17); and the date the last update promised, when nothing has been said since.
    /// </summary>
    public DateOnly? UpdateDueOn(WorkingDayCalendar calendar)
    {
        var owed = UpdatesOwed();
        if (owed == UpdateReasons.None)
        {
            return null;
        }
        var last = _updates.MaxBy(u => u.Ordinal);
        DateOnly? due = null;
        if (owed.HasFlag(UpdateReasons.ExtendedResponse) && CurrentStage.Extensions.MaxBy(e => e.Ordinal) is { UpdateIntervalWorkingDays: { } every } extension)
        {
            var since = last is not null && last.SentOn >= extension.NotifiedOn ? last.SentOn : extension.NotifiedOn;
            due = Earlier(due, AfterWorkingDays(calendar, since, every));
        }
        if (owed.HasFlag(UpdateReasons.OutstandingActions))
        {
            foreach (var action in _outstandingActions.Where(a => a.CompletedOn is null))
            {
                var respondedOn = StageNumber(action.Stage)?.RespondedOn;
                var updatedSince = last is not null && last.SentOn >= respondedOn;
                if (!updatedSince || action.DueOn > last!.SentOn)
                {
                    due = Earlier(due, action.DueOn);
                }
            }
        }
        if (last?.NextUpdateOn is { } promised && last.SentOn >= LastToldOn())
        {
            due = Earlier(due, promised);
        }
        return due;
    }

    /// <summary>
    /// Every reason this update would be refused, each naming its field: the date, what has happened, and the next
    /// update's date, which cannot be later than the interval agreed with the resident (5.9).
    /// </summary>
    public IReadOnlyList<DomainError> UpdateProblems(UpdateDetails update, WorkingDayCalendar calendar, DateOnly today)
    {
        var owed = UpdatesOwed();
        var since = _updates.MaxBy(u => u.Ordinal)?.SentOn ?? UpdatesOwedSince(owed);
        DomainError?[] problems =
        [
            CheckDate("sentOn", "The date of the update", update.SentOn, since, "the last time the resident was told", today),
            string.IsNullOrWhiteSpace(update.Progress)
                ? new DomainError(ErrorCodes.Required, "Say what has happened since the resident was last told (Code 5.9, 6.6, 6.17).", "progress")
                : null,
            CheckNextUpdate(update, owed, calendar),
        ];
        return [.. problems.OfType<DomainError>()];
    }

    /// <summary>Sends the resident an update (Code 5.9, 6.6, 6.17); refused when nothing is owed or a problem above holds.</summary>
    public DomainError? SendUpdate(UpdateDetails update, ComplaintContext context)
    {
        var error = Require(ComplaintAction.SendUpdate)
            ?? (UpdateProblems(update, context.Calendar, context.Today) is [var first, ..] ? first : null);
        if (error is not null)
        {
            return error;
        }
        var owed = UpdatesOwed();
        var next = update.NextUpdateOn ?? DefaultNextUpdate(update.SentOn, owed, context.Calendar);
        _updates.Add(new ResidentUpdate(context.NewId(), Stage, update, UpdateDueOn(context.Calendar), next, owed) { Ordinal = _updates.Count });
        Touch(context);
        return null;
    }

    /// <summary>
    /// The date to promise the next update by when the handler names none: the agreed interval after this update
    /// (5.9), or the next date of an outstanding action, whichever is sooner; null when neither gives one.
    /// </summary>
    public DateOnly? DefaultNextUpdate(DateOnly sentOn, UpdateReasons owed, WorkingDayCalendar calendar)
    {
        DateOnly? next = null;
        if (owed.HasFlag(UpdateReasons.ExtendedResponse) && AgreedInterval() is { } every)
        {
            next = AfterWorkingDays(calendar, sentOn, every);
        }
        if (owed.HasFlag(UpdateReasons.OutstandingActions))
        {
            foreach (var action in _outstandingActions.Where(a => a.CompletedOn is null && a.DueOn > sentOn))
            {
                next = Earlier(next, action.DueOn);
            }
        }
        return next;
    }

    private DomainError? CheckNextUpdate(UpdateDetails update, UpdateReasons owed, WorkingDayCalendar calendar)
    {
        var next = update.NextUpdateOn ?? DefaultNextUpdate(update.SentOn, owed, calendar);
        if (next is null)
        {
            return new DomainError(ErrorCodes.NextUpdateRequired,
                "Say when the resident will next hear from you: every outstanding action's date has passed (Code 6.6, 6.17).", "nextUpdateOn");
        }
        if (next <= update.SentOn)
        {
            return Errors.OutOfOrder("nextUpdateOn", $"The next update ({next:yyyy-MM-dd}) must be after this one ({update.SentOn:yyyy-MM-dd}).");
        }
        if (owed.HasFlag(UpdateReasons.ExtendedResponse) && AgreedInterval() is { } every && AfterWorkingDays(calendar, update.SentOn, every) is var latest && next > latest)
        {
            return new DomainError(ErrorCodes.UpdateIntervalExceeded,
                $"You agreed to update the resident every {every} working days (Code 5.9): the next update must be by {latest:yyyy-MM-dd}.", "nextUpdateOn");
        }
        return null;
    }

    /// <summary>The interval for updates agreed with the latest extension of the current stage.</summary>
    private int? AgreedInterval() => CurrentStage.Extensions.MaxBy(e => e.Ordinal)?.UpdateIntervalWorkingDays;

    /// <summary>The date updates became owed: the first extension of the stage, or the response that left actions outstanding.</summary>
    private DateOnly UpdatesOwedSince(UpdateReasons owed)
    {
        var from = new List<DateOnly>();
        if (owed.HasFlag(UpdateReasons.ExtendedResponse))
        {
            from.Add(CurrentStage.Extensions.Min(e => e.NotifiedOn));
        }
        from.AddRange(_outstandingActions.Where(a => a.CompletedOn is null).Select(a => StageNumber(a.Stage)?.RespondedOn).OfType<DateOnly>());
        return from.Count == 0 ? ReceivedOn : from.Min();
    }

    /// <summary>The last date the resident was told something that resets the updates: a response, or an extension of the current stage.</summary>
    private DateOnly LastToldOn()
    {
        var told = _stages.Select(s => s.RespondedOn).OfType<DateOnly>().Append(ReceivedOn);
        return told.Concat(CurrentStage.Extensions.Select(e => e.NotifiedOn)).Max();
    }

    /// <summary>Working days on from a date; a year the calendar lacks counts calendar days, so an update is never due later by a guess.</summary>
    private static DateOnly AfterWorkingDays(WorkingDayCalendar calendar, DateOnly from, int days)
    {
        try
        {
            return calendar.AddWorkingDays(from, days);
        }
        catch (DomainException)
        {
            return from.AddDays(days);
        }
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly b) => a is { } x && x <= b ? x : b;
}
