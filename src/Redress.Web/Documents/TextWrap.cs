using PdfSharp.Drawing;

namespace Redress.Web.Documents;

/// <summary>Breaks text into lines that fit a width; a word wider than the width is broken, never drawn past it.</summary>
internal static class TextWrap
{
    public static List<string> Lines(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var whole in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // A word wider than the column (a long web address, a heading in a narrow column) is broken, never drawn over the next column.
                var word = whole;
                while (graphics.MeasureString(word, font).Width > width && word.Length > 1)
                {
                    var fits = 1;
                    while (fits < word.Length && graphics.MeasureString(word[..(fits + 1)], font).Width <= width)
                    {
                        fits++;
                    }
                    if (line.Length > 0)
                    {
                        lines.Add(line);
                        line = "";
                    }
                    lines.Add(word[..fits]);
                    word = word[fits..];
                }
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            lines.Add(line);
        }
        return lines;
    }
}
