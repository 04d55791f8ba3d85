using Redress.Domain.Letters;

namespace Redress.Web.Letters;

/// <summary>
/// A letter template an administrator changed; a kind without one uses the template shipped with Redress.
/// Every change is an audit event holding the text before and after, so earlier versions are kept there.
/// </summary>
public sealed class LetterTemplate
{
    public LetterKind Kind { get; set; }
    public string Source { get; set; } = "";
    public int Version { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public string ChangedBy { get; set; } = "";
}
