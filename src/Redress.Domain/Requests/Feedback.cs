using Redress.Domain.Common;

namespace Redress.Domain.Requests;

public sealed record FeedbackDetails(
    DateOnly ReceivedOn, string Source, string PersonName, Guid? ResidentId, string Dissatisfaction, bool ToldHowToComplain, string? HowTold);

/// <summary>
/// Code 1.6: dissatisfaction expressed in a survey or other feedback. It is not a complaint; the record
/// shows whether the person was told how to complain, and links the complaint if they chose to make one.
/// </summary>
public sealed class Feedback
{
    private Feedback()
    {
    }

    public Guid Id { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    /// <summary>The survey or exercise, for example "Repairs satisfaction survey, June 2026".</summary>
    public string Source { get; private set; } = "";
    public string PersonName { get; private set; } = "";
    public Guid? ResidentId { get; private set; }
    public string Dissatisfaction { get; private set; } = "";
    public bool ToldHowToComplain { get; private set; }
    /// <summary>How they were told, or why they could not be (an anonymous survey).</summary>
    public string? HowTold { get; private set; }
    public Guid? ComplaintId { get; private set; }
    public DateOnly? ComplaintRaisedOn { get; private set; }
    public int Version { get; private set; }

    /// <summary>Every problem with new feedback at once, each naming its field, for a form to show together.</summary>
    public static IReadOnlyList<DomainError> Problems(FeedbackDetails details, DateOnly today)
    {
        var problems = new List<DomainError>();
        void Need(bool missing, string message, string field)
        {
            if (missing)
            {
                problems.Add(new DomainError(ErrorCodes.Required, message, field));
            }
        }
        if (details.ReceivedOn > today)
        {
            problems.Add(Errors.InFuture("receivedOn", "The date of the feedback", today));
        }
        Need(string.IsNullOrWhiteSpace(details.Source), "Enter the survey or feedback exercise.", "source");
        Need(string.IsNullOrWhiteSpace(details.PersonName) && details.ResidentId is null, "Enter the name of the person, or 'Anonymous'.", "personName");
        Need(string.IsNullOrWhiteSpace(details.Dissatisfaction), "Enter what the person was dissatisfied with.", "dissatisfaction");
        Need(string.IsNullOrWhiteSpace(details.HowTold),
            details.ToldHowToComplain ? "Enter how the person was told how to complain." : "Enter why the person could not be told how to complain (Code 1.6).", "howTold");
        return problems;
    }

    public static Result<Feedback> Record(Guid id, FeedbackDetails details, DateOnly today)
    {
        var error = Problems(details, today) is [var first, ..] ? first : null;
        if (error is not null)
        {
            return error;
        }
        return new Feedback
        {
            Id = id,
            ReceivedOn = details.ReceivedOn,
            Source = details.Source.Trim(),
            PersonName = details.PersonName.Trim(),
            ResidentId = details.ResidentId,
            Dissatisfaction = details.Dissatisfaction.Trim(),
            ToldHowToComplain = details.ToldHowToComplain,
            HowTold = details.HowTold!.Trim(),
            Version = 1,
        };
    }

    /// <summary>Code 1.6: the person was sent the letter on how to complain; the record says so from then on.</summary>
    public DomainError? ToldByLetter(DateOnly sentOn)
    {
        if (ResidentId is null)
        {
            return new DomainError(ErrorCodes.Required, "Only feedback from a known resident can be answered by letter: link it to the resident first.", "residentId");
        }
        ToldHowToComplain = true;
        HowTold = $"Sent the letter on how to complain on {Letters.LetterWords.Date(sentOn)}.";
        Version++;
        return null;
    }

    /// <summary>The person wants to complain: the complaint logged from this feedback.</summary>
    public DomainError? ComplaintRaised(Guid complaintId, DateOnly today)
    {
        if (ComplaintId is not null)
        {
            return Errors.Transition("A complaint was already raised from this feedback.");
        }
        ComplaintId = complaintId;
        ComplaintRaisedOn = today;
        Version++;
        return null;
    }
}
