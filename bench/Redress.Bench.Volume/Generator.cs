using Redress.Domain.Calendar;
using Redress.Domain.Complaints;
using Redress.Web.Data.Entities;

namespace Redress.Bench.Volume;

/// <summary>
/// Complaints of a large landlord over some years, made through the aggregate's own methods so that every
/// one is valid, from a seeded random source so that runs are repeatable. Roughly: 4% not accepted, 3%
/// withdrawn, the rest acknowledged and answered on time or late (some with extensions); 12% of stage 1
/// responses escalated; complaints of the last weeks still open.
/// </summary>
public sealed class Generator(int seed, DateOnly today, int years, WorkingDayCalendar calendar, IReadOnlyList<Guid> handlers, Guid me)
{
    private static readonly (string Name, int Weight)[] Categories =
        [("repairs", 45), ("damp and mould", 15), ("anti-social behaviour", 10), ("staff conduct", 8), ("rent and charges", 7), ("communication", 10), ("estate services", 5)];

    private static readonly string[] First = ["Alex", "Sam", "Jo", "Priya", "Mohammed", "Olivia", "Noah", "Amelia", "Kwame", "Zofia", "Liam", "Aisha", "Tom", "Grace", "Ravi", "Ewa"];
    private static readonly string[] Last =
    [
        "Smith", "Jones", "Taylor", "Brown", "Khan", "Patel", "Wilson", "Evans", "Nowak", "Okafor", "Murphy", "Hughes", "Ali", "Walker", "Wright", "Green",
        "Thomas", "Roberts", "Johnson", "Lewis", "Robinson", "Wood", "Thompson", "White", "Hall", "Hussain", "Clarke", "Jackson", "Kowalski", "Mensah",
        "Begum", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "Singh", "King", "Harris",
    ];

    // 25 names by 8 kinds of street: 200 streets, as a large landlord's estates have.
    private static readonly string[] Streets = [.. new[]
    {
        "High", "Station", "Church", "Park", "Mill", "Victoria", "Elm", "Oak", "Queens", "Kings", "Albert", "Manor", "Grange",
        "Meadow", "Orchard", "Chapel", "Bridge", "Market", "School", "Castle", "Forest", "River", "Windsor", "York", "Cedar",
    }.SelectMany(n => new[] { "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Court" }.Select(k => $"{n} {k}"))];

    private readonly Random _random = new(seed);
    private readonly Timescales _timescales = Timescales.HousingOmbudsman2024;
    private readonly ReceiptPolicy _policy = new(null);
    private readonly List<Guid> _residents = [];
    private int _number;

    public (Complaint Complaint, Resident? NewResident) Next()
    {
        var span = years * 365;
        var receivedOn = today.AddDays(-_random.Next(0, span));
        var resident = NewOrExistingResident(out var created);
        var context = new ComplaintContext(today, calendar, Guid.CreateVersion7);
        var (complaint, error) = Complaint.Receive(Guid.CreateVersion7(), "", new ReceiptDetails
        {
            ReceivedOn = receivedOn,
            Channel = (Channel)_random.Next(0, 8),
            ResidentId = resident,
            Description = "The repair has not been done after several visits and nobody calls back.",
            Category = Pick(),
            IssueOccurredOn = receivedOn.AddDays(-_random.Next(1, 60)),
        }, _policy, _timescales, context);
        Check(error);
        complaint!.AssignReference($"CMP-{receivedOn.Year}-{++_number:0000000}");
        Progress(complaint, context);
        return (complaint, created);
    }

    private void Progress(Complaint c, ComplaintContext context)
    {
        var roll = _random.Next(100);
        var stage1 = c.CurrentStage;
        if (roll < 4 && stage1.AcknowledgeBy <= today)
        {
            Check(c.NotAccept(new RefusalDetails(RefusalReason.PreviouslyConsidered, "Considered under complaint CMP-0.", Min(c.ReceivedOn.AddDays(3)), null), context));
            return;
        }
        var ackOn = Min(calendar.AddWorkingDays(c.ClockStartsOn, _random.Next(100) < 92 ? _random.Next(1, 6) : _random.Next(6, 9)));
        if (ackOn > today || (ackOn == today && _random.Next(2) == 0))
        {
            MaybeAssign(c, context);
            return;
        }
        Check(c.Acknowledge(ackOn, Handler(), Definition(), context));
        if (roll < 7)
        {
            Check(c.Withdraw(Min(ackOn.AddDays(2)), "Resolved informally", context));
            return;
        }
        if (Respond(c, context, ackOn) && _random.Next(100) < 12)
        {
            var requested = c.CurrentStage.RespondedOn!.Value.AddDays(_random.Next(1, 20));
            if (requested > today)
            {
                return;
            }
            Check(c.Escalate(new EscalationDetails(requested, null, null), ReceiptPolicy.Default, _timescales, context));
            var ack2 = Min(calendar.AddWorkingDays(c.CurrentStage.RequestedOn, _random.Next(1, 6)));
            if (ack2 >= today)
            {
                return;
            }
            Check(c.Acknowledge(ack2, Handler(exclude: c.Stages[0].HandlerId), Definition(), context));
            Respond(c, context, ack2);
        }
    }

    /// <summary>Responds on time (88%), within an extension, or late; false while the response is not due yet.</summary>
    private bool Respond(Complaint c, ComplaintContext context, DateOnly acknowledgedOn)
    {
        var stage = c.CurrentStage;
        var kind = _random.Next(100);
        if (kind >= 88 && kind < 94 && stage.RespondBy > today)
        {
            Check(c.Extend(new ExtensionDetails(_random.Next(2, stage.ExtensionCapDays + 1), "Waiting for a contractor's report", Min(stage.RespondBy!.Value.AddDays(-1)), null, 5), "Housing Ombudsman Service", context));
        }
        var due = c.CurrentStage.RespondBy!.Value;
        var on = kind < 88 ? calendar.AddWorkingDays(acknowledgedOn, _random.Next(2, stage.ResponseDays + 1)) : calendar.AddWorkingDays(due, _random.Next(0, 8));
        if (on >= today)
        {
            return false;
        }
        var points = stage.Definition!.Points;
        var decision = (Decision)_random.Next(0, 3);
        Check(c.Respond(new ResponseDetails(on, decision, [.. points.Select(p => new FindingDetails(p, decision, "The records show what happened."))],
            "Our repairs policy sets the timescales.",
            decision == Decision.NotUpheld ? [] : [new RemedyDetails(RemedyType.Financial, "Compensation for the delay", _random.Next(25, 400) * 100L, on.AddDays(14))],
            []), "You can ask us to review this at stage 2.", context));
        foreach (var remedy in c.Remedies.Where(r => r.CompletedOn is null && r.DueOn < today && _random.Next(100) < 92).ToList())
        {
            Check(c.CompleteRemedy(remedy.Id, Min(remedy.DueOn!.Value.AddDays(-_random.Next(0, 10))) is var done && done < on ? on : Min(done), remedy.AmountPence, context));
        }
        if (_random.Next(100) < 60)
        {
            Check(c.Close(Min(on.AddDays(_random.Next(0, 30))), context));
        }
        return true;
    }

    private void MaybeAssign(Complaint c, ComplaintContext context)
    {
        // Newly received complaints: most are given to a handler at once; a few wait to be picked up.
        if (_random.Next(100) < 97)
        {
            Check(c.Reassign(Handler()));
        }
    }

    private Guid Handler(Guid? exclude = null)
    {
        while (true)
        {
            var pick = _random.Next(handlers.Count + 1);
            var id = pick == handlers.Count ? me : handlers[pick];
            if (id != exclude)
            {
                return id;
            }
        }
    }

    private Definition Definition() => new()
    {
        Summary = "Repair outstanding after several visits",
        Points = _random.Next(3) == 0 ? ["Repair not completed", "Appointments missed"] : ["Repair not completed"],
        OutcomesSought = ["Repair completed"],
    };

    private Guid NewOrExistingResident(out Resident? created)
    {
        if (_residents.Count > 100 && _random.Next(100) < 30)
        {
            created = null;
            return _residents[_random.Next(_residents.Count)];
        }
        var n = _residents.Count;
        created = new Resident
        {
            Id = Guid.CreateVersion7(),
            Name = $"{First[_random.Next(First.Length)]} {Last[_random.Next(Last.Length)]}",
            Email = $"resident{n}@example.org",
            Address = $"{_random.Next(1, 200)} {Streets[_random.Next(Streets.Length)]}, Town, AB{_random.Next(1, 99)} {_random.Next(1, 9)}CD",
            Tenure = _random.Next(100) < 92 ? Tenure.Lcra : Tenure.Lcho,
            CreatedAtUtc = DateTime.UtcNow,
        };
        _residents.Add(created.Id);
        return created.Id;
    }

    private string Pick()
    {
        var roll = _random.Next(100);
        foreach (var (name, weight) in Categories)
        {
            if ((roll -= weight) < 0)
            {
                return name;
            }
        }
        return Categories[0].Name;
    }

    private DateOnly Min(DateOnly date) => date > today ? today : date;

    private static void Check(Redress.Domain.Common.DomainError? error)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"The generator made an invalid step: {error}");
        }
    }
}
