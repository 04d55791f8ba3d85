using System.Net;
using System.Text;

namespace Redress.Web.Letters;

public enum BlockKind
{
    Title,
    Heading,
    Paragraph,
    List,
}

/// <summary>A block of a letter: a title, a heading, a paragraph (its lines kept) or a list (its items).</summary>
public sealed record LetterBlock(BlockKind Kind, IReadOnlyList<string> Lines);

/// <summary>
/// The plain markup letters are written in, so that one text gives the email body, the HTML and the PDF:
/// "# " starts the title, "## " a heading, "- " a list item; other lines are paragraphs (their line breaks
/// kept), and a blank line ends a paragraph. Blank lines between list items do not break the list, so a
/// Liquid loop may leave them.
/// </summary>
public static class LetterMarkup
{
    public static IReadOnlyList<LetterBlock> Parse(string text)
    {
        var blocks = new List<LetterBlock>();
        var paragraph = new List<string>();
        var list = new List<string>();
        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new(BlockKind.Paragraph, [.. paragraph]));
                paragraph.Clear();
            }
        }
        void EndList()
        {
            if (list.Count > 0)
            {
                blocks.Add(new(BlockKind.List, [.. list]));
                list.Clear();
            }
        }
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                EndParagraph();
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                EndParagraph();
                list.Add(line[2..].Trim());
                continue;
            }
            EndList();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                EndParagraph();
                blocks.Add(new(BlockKind.Heading, [line[3..].Trim()]));
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                EndParagraph();
                blocks.Add(new(BlockKind.Title, [line[2..].Trim()]));
            }
            else
            {
                paragraph.Add(line);
            }
        }
        EndParagraph();
        EndList();
        return blocks;
    }

    /// <summary>The letter as plain text (the email body): headings on their own lines, list items with a dash.</summary>
    public static string ToText(IEnumerable<LetterBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Kind switch
    {
        BlockKind.List => string.Join("\n", b.Lines.Select(l => "- " + l)),
        _ => string.Join("\n", b.Lines),
    })) + "\n";

    /// <summary>The letter as an HTML fragment (GOV.UK typography classes), every value encoded.</summary>
    public static string ToHtml(IEnumerable<LetterBlock> blocks)
    {
        var html = new StringBuilder();
        foreach (var b in blocks)
        {
            var lines = b.Lines.Select(WebUtility.HtmlEncode);
            html.Append(b.Kind switch
            {
                BlockKind.Title => $"<h2 class=\"govuk-heading-m\">{lines.First()}</h2>\n",
                BlockKind.Heading => $"<h3 class=\"govuk-heading-s\">{lines.First()}</h3>\n",
                BlockKind.List => "<ul class=\"govuk-list govuk-list--bullet\">\n" + string.Concat(lines.Select(l => $"  <li>{l}</li>\n")) + "</ul>\n",
                _ => $"<p class=\"govuk-body\">{string.Join("<br>\n", lines)}</p>\n",
            });
        }
        return html.ToString();
    }
}
