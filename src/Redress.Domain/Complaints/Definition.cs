namespace Redress.Domain.Complaints;

/// <summary>Code 5.6-5.7: the landlord's understanding of the complaint at a stage.</summary>
public sealed class Definition
{
    public string Summary { get; set; } = "";
    public List<string> Points { get; set; } = [];
    public List<string> OutcomesSought { get; set; } = [];
    public List<NotResponsibleFor> NotResponsibleFor { get; set; } = [];
    /// <summary>Anything the resident was asked to clarify (5.6).</summary>
    public string? ClarificationSought { get; set; }

    public Definition Copy() => new()
    {
        Summary = Summary,
        Points = [.. Points],
        OutcomesSought = [.. OutcomesSought],
        NotResponsibleFor = [.. NotResponsibleFor.Select(n => new NotResponsibleFor { Matter = n.Matter, ResponsibleParty = n.ResponsibleParty })],
        ClarificationSought = ClarificationSought,
    };
}

/// <summary>Code 5.7: a matter the landlord is not responsible for, and who is.</summary>
public sealed class NotResponsibleFor
{
    public string Matter { get; set; } = "";
    public string? ResponsibleParty { get; set; }
}
