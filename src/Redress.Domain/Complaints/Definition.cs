using Redress.Domain.Common;

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

    /// <summary>
    /// Code 5.6: what the definition still lacks, each naming its field: a summary, at least one point (none
    /// blank, each different) and the outcomes the resident is seeking. Empty when it is complete.
    /// </summary>
    public IReadOnlyList<DomainError> Check()
    {
        var problems = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(Summary))
        {
            problems.Add(new(ErrorCodes.DefinitionIncomplete, "The complaint definition needs a summary of the complaint (Code 5.6).", "definition.summary"));
        }
        if (Points.Count == 0 || Points.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(new(ErrorCodes.DefinitionIncomplete, "The complaint definition needs at least one point, none of them blank (Code 5.6).", "definition.points"));
        }
        else if (Points.Distinct(StringComparer.OrdinalIgnoreCase).Count() != Points.Count)
        {
            problems.Add(new(ErrorCodes.DuplicatePoint, "Each point of the complaint definition must be different.", "definition.points"));
        }
        if (OutcomesSought.Count == 0 || OutcomesSought.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(new(ErrorCodes.DefinitionIncomplete, "The complaint definition needs the outcomes the resident is seeking (Code 5.6).", "definition.outcomesSought"));
        }
        return problems;
    }

    /// <summary>Code 6.8: this definition with the points raised before it was written, each once.</summary>
    public Definition WithPoints(IEnumerable<string> raised)
    {
        var copy = Copy();
        copy.Points.AddRange(raised.Where(p => !copy.Points.Contains(p, StringComparer.OrdinalIgnoreCase)));
        return copy;
    }

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
