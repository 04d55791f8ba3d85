using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Complaints;
using Redress.Web.Time;

namespace Redress.Web.Api;

// Request bodies of the complaints API. Every member is nullable so that a missing field is reported
// by name, not as a failure to read the body.

public sealed record CreateComplaintBody(
    DateOnly? ReceivedOn,
    DateTimeOffset? ReceivedAt,
    Channel? Channel,
    string? ReceivedBy,
    Guid? ResidentId,
    ResidentInput? Resident,
    RepresentativeInput? Representative,
    string? Description,
    string? Category,
    DateOnly? IssueOccurredOn,
    DateOnly? ResidentAwareOn,
    string? VulnerabilityNotes,
    Guid? ServiceRequestId = null,
    Guid? FeedbackId = null,
    string? DiscretionConsidered = null)
{
    public const int MaxDescription = Limits.LongText;

    public Validator Validate()
    {
        var v = new Validator();
        if (ReceivedOn is null && ReceivedAt is null)
        {
            v.Add("receivedOn", "Enter the date the complaint was received ('receivedOn'), or the instant ('receivedAt').");
        }
        if (ReceivedOn is { } on && ReceivedAt is { } at && Time.UkTime.ToUkDate(at.UtcDateTime) != on)
        {
            v.Add("receivedAt", "'receivedAt' falls on a different UK date from 'receivedOn': give one of them, or make them agree.");
        }
        v.Required("channel", Channel, "how the complaint was made");
        v.Text("receivedBy", ReceivedBy, "who received it", Limits.Name, required: false);
        if (ResidentId is null && Resident is null)
        {
            v.Add("resident", "Enter the resident ('resident'), or the id of an existing resident ('residentId').");
        }
        Resident?.Validate(v);
        Representative?.Validate(v);
        v.Text("description", Description, "the complaint in the resident's words", MaxDescription);
        v.Text("category", Category, "the category", Limits.Label);
        v.Text("vulnerabilityNotes", VulnerabilityNotes, "the vulnerability or risk notes", Limits.Note, required: false);
        v.Text("discretionConsidered", DiscretionConsidered, "how discretion was considered", Limits.Note, required: false);
        return v;
    }

    public NewComplaint ToInput() => new(
        ReceivedOn ?? Time.UkTime.ToUkDate(ReceivedAt!.Value.UtcDateTime),
        ReceivedAt?.UtcDateTime,
        Channel!.Value,
        ReceivedBy,
        ResidentId,
        Resident?.ToInput(),
        Representative?.ToDetails(),
        Description!,
        Category!.Trim(),
        IssueOccurredOn,
        ResidentAwareOn,
        VulnerabilityNotes,
        ServiceRequestId,
        FeedbackId,
        DiscretionConsidered);
}

public sealed record ResidentInput(string? Name, string? Email, string? Phone, string? Address, Tenure? Tenure)
{
    public void Validate(Validator v)
    {
        v.Text("resident.name", Name, "the resident's name", Limits.Name);
        v.Email("resident.email", Email);
        v.Text("resident.phone", Phone, "the resident's phone number", Limits.Phone, required: false);
        v.Text("resident.address", Address, "the resident's address", Limits.Address, required: false);
        v.Required("resident.tenure", Tenure, "the resident's tenure, lcra or lcho (needed for the tenant satisfaction measures)");
    }

    public NewResident ToInput() => new(Name!.Trim(), Email?.Trim(), Phone?.Trim(), Address?.Trim(), Tenure!.Value);
}

public sealed record RepresentativeInput(string? Name, string? Relationship, string? Email, string? Phone, string? Authority, DateOnly? ConsentGivenOn)
{
    public void Validate(Validator v)
    {
        v.Text("representative.name", Name, "the representative's name", Limits.Name);
        v.Text("representative.relationship", Relationship, "the representative's relationship", Limits.Name, required: false);
        v.Email("representative.email", Email);
        v.Text("representative.authority", Authority, "the representative's authority to act (for example written consent)", Limits.Address);
    }

    public RepresentativeDetails ToDetails() => new(Name!.Trim(), Relationship, Email, Phone, Authority!.Trim(), ConsentGivenOn);
}

public sealed record DefinitionInput(string? Summary, List<string>? Points, List<string>? OutcomesSought, List<NotResponsibleInput>? NotResponsibleFor, string? ClarificationSought)
{
    public void Validate(Validator v)
    {
        v.Text("definition.summary", Summary, "a summary of the complaint", Limits.Note);
        if (Points is null || Points.Count == 0)
        {
            v.Add("definition.points", "Enter at least one point of complaint ('definition.points').");
        }
        if (OutcomesSought is null || OutcomesSought.Count == 0)
        {
            v.Add("definition.outcomesSought", "Enter the outcomes the resident is seeking ('definition.outcomesSought').");
        }
        foreach (var (point, i) in (Points ?? []).Select((p, i) => (p, i)))
        {
            v.Text($"definition.points[{i}]", point, "the point", Limits.Point);
        }
    }

    public Definition ToDefinition() => new()
    {
        Summary = Summary!.Trim(),
        Points = [.. Points!.Select(p => p.Trim())],
        OutcomesSought = [.. OutcomesSought!.Select(o => o.Trim())],
        NotResponsibleFor = [.. (NotResponsibleFor ?? []).Select(n => new NotResponsibleFor { Matter = n.Matter ?? "", ResponsibleParty = n.ResponsibleParty })],
        ClarificationSought = ClarificationSought,
    };
}

public sealed record NotResponsibleInput(string? Matter, string? ResponsibleParty);

public sealed record AcknowledgementBody(DateOnly? AcknowledgedOn, Guid? HandlerId, DefinitionInput? Definition, LetterInput? Letter = null) : IIssuesLetter
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("acknowledgedOn", AcknowledgedOn, "the date acknowledged");
        v.Required("handlerId", HandlerId, "the handler");
        if (v.Required("definition", Definition, "the complaint definition"))
        {
            Definition!.Validate(v);
        }
        return v;
    }
}

public sealed record ExtensionBody(int? WorkingDays, string? Reason, DateOnly? NotifiedOn, string? GoodReason, int? UpdateIntervalWorkingDays, LetterInput? Letter = null) : IIssuesLetter
{
    public Validator Validate()
    {
        var v = new Validator();
        if (v.Required("workingDays", WorkingDays, "the length of the extension in working days"))
        {
            v.Range("workingDays", WorkingDays, Limits.ExtensionMinDays, Limits.ExtensionMaxDays, "the extension");
        }
        v.Text("reason", Reason, "the reason for the extension", Limits.Note);
        v.Required("notifiedOn", NotifiedOn, "the date the resident was told");
        v.Range("updateIntervalWorkingDays", UpdateIntervalWorkingDays, Limits.UpdateIntervalMinDays, Limits.UpdateIntervalMaxDays, "the update interval");
        v.Text("goodReason", GoodReason, "the good reason", Limits.Note, required: false);
        return v;
    }

    public ExtensionDetails ToDetails() => new(WorkingDays!.Value, Reason!.Trim(), NotifiedOn!.Value, GoodReason, UpdateIntervalWorkingDays);
}

/// <summary>
/// Code 5.9, 6.6, 6.17: an update to the resident while a response is extended or actions are outstanding. Without
/// <c>nextUpdateOn</c>, the next update is promised by the agreed interval or the next action's date.
/// </summary>
public sealed record UpdateBody(DateOnly? SentOn, string? Progress, DateOnly? NextUpdateOn, LetterInput? Letter = null) : IIssuesLetter
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("sentOn", SentOn, "the date of the update");
        v.Text("progress", Progress, "what has happened since the resident was last told", Limits.Note);
        return v;
    }

    public UpdateDetails ToDetails() => new(SentOn!.Value, Progress!.Trim(), NextUpdateOn);
}

public sealed record PointBody(string? Point, bool? Related, DateOnly? RaisedOn)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Text("point", Point, "the new point", Limits.Point);
        v.Required("related", Related, "whether the point is related to the complaint (true or false)");
        return v;
    }
}

public sealed record FindingInput(string? Point, Decision? Decision, string? Reasons);

/// <summary>Code 7.3: a remedy with the date it is due, or <c>doneNow</c> when it was done as it was offered.</summary>
public sealed record RemedyInput(RemedyType? Type, string? Description, long? AmountPence, DateOnly? DueOn, bool? DoneNow = null)
{
    public RemedyDetails ToDetails() => new(Type!.Value, Description!.Trim(), AmountPence, DueOn, DoneNow == true);
}

public sealed record ActionInput(string? Description, DateOnly? DueOn, string? Owner);

public sealed record RespondBody(
    DateOnly? RespondedOn, Decision? Decision, List<FindingInput>? Findings, string? Reasons,
    List<RemedyInput>? Remedies, List<ActionInput>? OutstandingActions, string? DecisionDiffersBecause = null, LetterInput? Letter = null) : IIssuesLetter
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("respondedOn", RespondedOn, "the date of the response");
        v.Required("decision", Decision, "the decision: upheld, partlyUpheld or notUpheld");
        v.Text("reasons", Reasons, "the reasons for the decision", Limits.LongText);
        v.Text("decisionDiffersBecause", DecisionDiffersBecause, "why the decision differs from the findings", Limits.Note, required: false);
        if (Findings is null)
        {
            v.Add("findings", "Enter a finding for each point of the complaint definition ('findings').");
        }
        foreach (var (f, i) in (Findings ?? []).Select((f, i) => (f, i)))
        {
            v.Text($"findings[{i}].point", f.Point, "the point", Limits.Point);
            v.Required($"findings[{i}].decision", f.Decision, "the decision on the point");
            v.Text($"findings[{i}].reasons", f.Reasons, "the reasons for the finding", Limits.LongText);
        }
        foreach (var (r, i) in (Remedies ?? []).Select((r, i) => (r, i)))
        {
            ValidateRemedy(v, $"remedies[{i}]", r);
        }
        foreach (var (a, i) in (OutstandingActions ?? []).Select((a, i) => (a, i)))
        {
            v.Text($"outstandingActions[{i}].description", a.Description, "what is to be done", Limits.Note);
            v.Required($"outstandingActions[{i}].dueOn", a.DueOn, "the date the action is due");
        }
        return v;
    }

    internal static void ValidateRemedy(Validator v, string prefix, RemedyInput r)
    {
        string Field(string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
        v.Required(Field("type"), r.Type, "the type of remedy");
        v.Text(Field("description"), r.Description, "what will happen", Limits.Note);
        if (r.AmountPence < 0)
        {
            v.Add(Field("amountPence"), $"The amount must be zero or more pence ('{Field("amountPence")}').");
        }
    }

    public ResponseDetails ToDetails() => new(
        RespondedOn!.Value, Decision!.Value,
        [.. Findings!.Select(f => new FindingDetails(f.Point!.Trim(), f.Decision!.Value, f.Reasons!.Trim()))],
        Reasons!.Trim(),
        [.. (Remedies ?? []).Select(r => r.ToDetails())],
        [.. (OutstandingActions ?? []).Select(a => new ActionDetails(a.Description!.Trim(), a.DueOn!.Value, a.Owner))],
        DecisionDiffersBecause);
}

/// <summary>A stage 2 request: the date received, or the instant (<c>requestedAt</c>) when known, so that a receipt cut-off applies.</summary>
public sealed record EscalationBody(DateOnly? RequestedOn, Channel? Channel, DateTimeOffset? RequestedAt = null)
{
    public Validator Validate()
    {
        var v = new Validator();
        if (RequestedOn is null && RequestedAt is null)
        {
            v.Add("requestedOn", "Enter the date the escalation request was received ('requestedOn' or 'requestedAt' is required).");
        }
        if (RequestedOn is { } on && RequestedAt is { } at && UkTime.ToUkDate(at.UtcDateTime) != on)
        {
            v.Add("requestedAt", "'requestedAt' falls on another UK date than 'requestedOn': give one of them, or both for the same day.");
        }
        return v;
    }

    public EscalationDetails ToDetails() => new(
        RequestedOn ?? UkTime.ToUkDate(RequestedAt!.Value.UtcDateTime),
        RequestedAt is { } at ? UkTime.ToUkTime(at.UtcDateTime) : null,
        Channel);
}

public sealed record RefusalBody(RefusalReason? Reason, string? Explanation, DateOnly? DecidedOn, string? DiscretionConsidered, DateOnly? RequestedOn, DateOnly? ProceedingsFiledOn = null, LetterInput? Letter = null) : IIssuesLetter
{
    public Validator Validate(bool escalation)
    {
        var v = new Validator();
        v.Required("reason", Reason, "the reason: over12Months, legalProceedings, previouslyConsidered or other");
        v.Text("explanation", Explanation, "the explanation to the resident", Limits.LongText);
        v.Required("decidedOn", DecidedOn, "the date of the decision");
        v.Text("discretionConsidered", DiscretionConsidered, "how discretion was considered", Limits.Note, required: false);
        if (escalation)
        {
            v.Required("requestedOn", RequestedOn, "the date the escalation request was received");
        }
        return v;
    }

    public Domain.Complaints.RefusalDetails ToDetails() => new(Reason!.Value, Explanation!.Trim(), DecidedOn!.Value, DiscretionConsidered, ProceedingsFiledOn);
}

public sealed record WithdrawalBody(DateOnly? WithdrawnOn, string? Reason)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("withdrawnOn", WithdrawnOn, "the date the complaint was withdrawn");
        v.Text("reason", Reason, "the reason", Limits.Note, required: false);
        return v;
    }
}

public sealed record ClosureBody(DateOnly? ClosedOn)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("closedOn", ClosedOn, "the date of closure");
        return v;
    }
}

public sealed record HandlerBody(Guid? HandlerId)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("handlerId", HandlerId, "the handler");
        return v;
    }
}

public sealed record OfferRemedyBody(RemedyType? Type, string? Description, long? AmountPence, DateOnly? DueOn, DateOnly? OfferedOn, bool? DoneNow = null)
{
    public RemedyDetails ToDetails() => new RemedyInput(Type, Description, AmountPence, DueOn, DoneNow).ToDetails();

    public Validator Validate()
    {
        var v = new Validator();
        RespondBody.ValidateRemedy(v, "", new RemedyInput(Type, Description, AmountPence, DueOn, DoneNow));
        v.Required("offeredOn", OfferedOn, "the date the remedy was offered");
        return v;
    }
}

public sealed record CompletionBody(DateOnly? CompletedOn, long? PaidPence)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("completedOn", CompletedOn, "the date of completion");
        if (PaidPence < 0)
        {
            v.Add("paidPence", "The amount paid must be zero or more pence ('paidPence').");
        }
        return v;
    }
}

/// <summary>
/// API.md, Letters: <c>"letter": {"issuedExternally": true, "reference": "..."}</c> when another system sent the
/// step's letter; Redress then records that it was sent and renders nothing. Otherwise the letter is issued from
/// the template.
/// </summary>
public sealed record LetterInput(bool? IssuedExternally, string? Reference)
{
    public Letters.ExternalLetter? External => IssuedExternally == true ? new(Reference?.Trim()) : null;
}

/// <summary>A request body of a step that issues a letter.</summary>
public interface IIssuesLetter
{
    LetterInput? Letter { get; }
}
