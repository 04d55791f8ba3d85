using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;

namespace Redress.Domain.Tests;

/// <summary>Builds complaints in a given state through the aggregate's own methods.</summary>
internal sealed class ComplaintBuilder
{
    public static readonly Guid Handler1 = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Handler2 = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    private DateOnly _receivedOn = D("2025-12-19");
    private DateOnly? _issueOn;
    private DateOnly? _awareOn;
    private DateOnly _today = D("2026-06-30");

    public const string Ombudsman = "Housing Ombudsman Service: telephone 0300 111 3000";

    public static ComplaintContext Context(DateOnly today) => new(today, EnglandAndWales, Guid.CreateVersion7);

    public ComplaintContext Ctx => Context(_today);

    public ComplaintBuilder ReceivedOn(string date)
    {
        _receivedOn = D(date);
        return this;
    }

    public ComplaintBuilder IssueOn(string? issue, string? aware = null)
    {
        _issueOn = issue is null ? null : D(issue);
        _awareOn = aware is null ? null : D(aware);
        return this;
    }

    public ComplaintBuilder Today(string date)
    {
        _today = D(date);
        return this;
    }

    public static Definition Definition(params string[] points) => new()
    {
        Summary = "Repair outstanding after three visits",
        Points = [.. points.Length == 0 ? ["Repair not completed", "Missed appointments"] : points],
        OutcomesSought = ["Repair completed"],
    };

    public Complaint Received()
    {
        var request = new ReceiptDetails
        {
            ReceivedOn = _receivedOn,
            Channel = Channel.Email,
            ResidentId = Guid.NewGuid(),
            Description = "My repair has not been done after three visits.",
            Category = "repairs",
            IssueOccurredOn = _issueOn,
            ResidentAwareOn = _awareOn,
        };
        var (complaint, error) = Complaint.Receive(Guid.NewGuid(), "CMP-TEST", request, ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, Ctx);
        Assert.Null(error);
        return complaint!;
    }

    public Complaint Acknowledged(string on = "2025-12-22")
    {
        var complaint = Received();
        Assert.Null(complaint.Acknowledge(D(on), Handler1, Definition(), Ctx));
        return complaint;
    }

    /// <summary>A complete response: the first point upheld, the rest not, so partly upheld when there are several.</summary>
    public static ResponseDetails Response(string on, Definition definition, params RemedyDetails[] remedies) => new(
        D(on),
        definition.Points.Count == 1 ? Decision.Upheld : Decision.PartlyUpheld,
        [.. definition.Points.Select((p, i) => new FindingDetails(p, i == 0 ? Decision.Upheld : Decision.NotUpheld, "Because the record shows it."))],
        "We found fault with the repair.",
        remedies,
        [new ActionDetails("Complete the repair", D(on).AddDays(14), "Repairs team")]);

    public Complaint Responded(string ackOn = "2025-12-22", string on = "2026-01-06")
    {
        var complaint = Acknowledged(ackOn);
        Assert.Null(complaint.Respond(Response(on, complaint.CurrentStage.Definition!), "Ask us to escalate to stage 2.", Ctx));
        return complaint;
    }

    public Complaint AtStage2(string requestedOn = "2026-01-15")
    {
        var complaint = Responded();
        Assert.Null(complaint.Escalate(new EscalationDetails(D(requestedOn), null, null), ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, Ctx));
        return complaint;
    }
}
