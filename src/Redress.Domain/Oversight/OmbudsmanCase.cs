using Redress.Domain.Common;

namespace Redress.Domain.Oversight;

public enum OmbudsmanStage
{
    Enquiry,
    Investigation,
    Determined,
    Closed,
}

/// <summary>The Housing Ombudsman's findings on an element of a complaint.</summary>
public enum OmbudsmanFinding
{
    SevereMaladministration,
    Maladministration,
    ServiceFailure,
    ReasonableRedress,
    NoMaladministration,
    OutsideJurisdiction,
    Withdrawn,
}

public enum OrderKind
{
    Order,
    Recommendation,
    ComplaintHandlingFailureOrder,
}

public enum OrderStatus
{
    Open,
    Complied,
}

public sealed record OrderDetails(OrderKind Kind, string Description, DateOnly? DueOn, long? CompensationPence);

public sealed class Determination
{
    private Determination()
    {
    }

    internal Determination(Guid id, string element, OmbudsmanFinding finding) => (Id, Element, Finding) = (id, element, finding);

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Element { get; private set; } = "";
    public OmbudsmanFinding Finding { get; private set; }

    /// <summary>Counts towards the maladministration rate: severe maladministration, maladministration or service failure.</summary>
    public bool IsFault => Finding is OmbudsmanFinding.SevereMaladministration or OmbudsmanFinding.Maladministration or OmbudsmanFinding.ServiceFailure;
}

public sealed class OmbudsmanOrder
{
    private OmbudsmanOrder()
    {
    }

    internal OmbudsmanOrder(Guid id, OrderDetails r) =>
        (Id, Kind, Description, DueOn, CompensationPence, Status) = (id, r.Kind, r.Description.Trim(), r.DueOn, r.CompensationPence, OrderStatus.Open);

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public OrderKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly? DueOn { get; private set; }
    public long? CompensationPence { get; private set; }
    public OrderStatus Status { get; private set; }
    public DateOnly? CompliedOn { get; private set; }
    public string? Evidence { get; private set; }

    internal void Comply(DateOnly on, string evidence) => (Status, CompliedOn, Evidence) = (OrderStatus.Complied, on, evidence.Trim());
}

/// <summary>
/// An enquiry or investigation by the Housing Ombudsman about a complaint: its reference, determinations on
/// each element, orders and recommendations with deadlines, tracked to evidenced compliance.
/// </summary>
public sealed class OmbudsmanCase
{
    private readonly List<Determination> _determinations = [];
    private readonly List<OmbudsmanOrder> _orders = [];

    private OmbudsmanCase()
    {
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public string Reference { get; private set; } = "";
    public OmbudsmanStage Stage { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public DateOnly? DeterminedOn { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<Determination> Determinations => _determinations;
    public IReadOnlyList<OmbudsmanOrder> Orders => _orders;

    public static Result<OmbudsmanCase> Open(Guid id, Guid complaintId, string reference, OmbudsmanStage stage, DateOnly openedOn, DateOnly today)
    {
        var error = string.IsNullOrWhiteSpace(reference) ? new DomainError(ErrorCodes.Required, "Enter the Ombudsman's reference.", "reference")
            : stage is not (OmbudsmanStage.Enquiry or OmbudsmanStage.Investigation) ? Errors.Transition("A case opens as an enquiry or an investigation.")
            : openedOn > today ? Errors.InFuture("openedOn", "The date the case opened", today)
            : null;
        if (error is not null)
        {
            return error;
        }
        return new OmbudsmanCase
        {
            Id = id, ComplaintId = complaintId, Reference = reference.Trim(), Stage = stage, OpenedOn = openedOn, Version = 1,
        };
    }

    /// <summary>The Ombudsman's determination: a finding on every element investigated, with its orders and recommendations.</summary>
    public DomainError? Determine(DateOnly on, IReadOnlyList<(string Element, OmbudsmanFinding Finding)> findings, IReadOnlyList<OrderDetails> orders, Func<Guid> newId, DateOnly today)
    {
        if (Stage is OmbudsmanStage.Determined or OmbudsmanStage.Closed)
        {
            return Errors.Transition("The case is already determined.");
        }
        if (findings.Count == 0 || findings.Any(f => string.IsNullOrWhiteSpace(f.Element)))
        {
            return new DomainError(ErrorCodes.Required, "Enter a finding for each element the Ombudsman determined.", "findings");
        }
        if (on > today)
        {
            return Errors.InFuture("determinedOn", "The date of the determination", today);
        }
        if (on < OpenedOn)
        {
            return Errors.OutOfOrder("determinedOn", "The determination cannot be before the case opened.");
        }
        if (orders.FirstOrDefault(o => string.IsNullOrWhiteSpace(o.Description) || (o.Kind != OrderKind.Recommendation && o.DueOn is null)) is { } bad)
        {
            return new DomainError(ErrorCodes.Required, "Every order needs what must be done and its deadline.", "orders");
        }
        _determinations.AddRange(findings.Select(f => new Determination(newId(), f.Element.Trim(), f.Finding)));
        _orders.AddRange(orders.Select(o => new OmbudsmanOrder(newId(), o)));
        Stage = OmbudsmanStage.Determined;
        DeterminedOn = on;
        Version++;
        return null;
    }

    /// <summary>Evidence that an order or recommendation was carried out; the case closes when every order is.</summary>
    public DomainError? Comply(Guid orderId, DateOnly on, string evidence, DateOnly today)
    {
        var order = _orders.FirstOrDefault(o => o.Id == orderId);
        if (order is null)
        {
            return new DomainError("not-found", "There is no such order on this case.");
        }
        if (order.Status == OrderStatus.Complied)
        {
            return Errors.Transition("This order is already complied with.");
        }
        if (string.IsNullOrWhiteSpace(evidence))
        {
            return new DomainError(ErrorCodes.Required, "Enter the evidence of compliance sent to the Ombudsman.", "evidence");
        }
        if (on > today)
        {
            return Errors.InFuture("compliedOn", "The date of compliance", today);
        }
        order.Comply(on, evidence);
        if (_orders.All(o => o.Status == OrderStatus.Complied))
        {
            Stage = OmbudsmanStage.Closed;
        }
        Version++;
        return null;
    }

    /// <summary>The maladministration rate: findings of fault over findings made, leaving out outside jurisdiction and withdrawn.</summary>
    public static decimal? MaladministrationRate(IEnumerable<OmbudsmanFinding> findings)
    {
        var made = findings.Where(f => f is not (OmbudsmanFinding.OutsideJurisdiction or OmbudsmanFinding.Withdrawn)).ToList();
        return Measures.Tsm.Percent(made.Count(f => f is OmbudsmanFinding.SevereMaladministration or OmbudsmanFinding.Maladministration or OmbudsmanFinding.ServiceFailure), made.Count);
    }
}
