using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Redress.Web.Documents;

/// <summary>
/// Plain A4 documents: headings, wrapped paragraphs and table rows, with page breaks and page numbers.
/// Text is set in Liberation Sans (SIL Open Font Licence, metric-compatible with Arial), shipped with the
/// application and embedded in every file, so output is the same on any machine.
/// </summary>
public sealed class PdfWriter
{
    public const string Family = "Liberation Sans";
    private const double Margin = 50;

    private readonly PdfDocument _document = new();
    private readonly XFont _body = new(Family, 9.5);
    private readonly XFont _bold = new(Family, 9.5, XFontStyleEx.Bold);
    private readonly string _footer;
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;
    private double _y;
    /// <summary>The header row of the table being written, repeated at the top of each page the table runs onto.</summary>
    private (IReadOnlyList<string> Cells, IReadOnlyList<double> Widths)? _tableHeader;

    // The resolver must be in place before the first font is made, and it can be set only once per process.
    static PdfWriter() => UseEmbeddedFonts();

    /// <summary>Puts the shipped fonts in place; safe to call more than once.</summary>
    internal static void UseEmbeddedFonts() => GlobalFontSettings.FontResolver ??= new EmbeddedFonts();

    public PdfWriter(string title, string footer)
    {
        _document.Info.Title = title;
        _document.Info.Creator = "Redress";
        _footer = footer;
        NewPage();
    }

    private double Width => _page.Width.Point - (2 * Margin);

    /// <summary>
    /// A heading, kept with what follows it: when fewer than about eight lines (a table's header and its first
    /// rows) would fit under it, it starts the next page instead of being stranded at the foot of this one.
    /// A heading ends any table before it.
    /// </summary>
    public void Heading(string text, int level)
    {
        _tableHeader = null;
        var font = new XFont(Family, level == 1 ? 18 : level == 2 ? 13 : 11, XFontStyleEx.Bold);
        Space(level == 1 ? 0 : 8);
        var lines = Wrap(text, font, Width).Count;
        EnsureRoom((lines * font.Height * 1.25) + (8 * _body.Height * 1.25) + 10);
        Paragraph(text, font);
        Space(4);
    }

    public void Paragraph(string text, XFont? font = null)
    {
        var f = font ?? _body;
        foreach (var line in Wrap(text, f, Width))
        {
            EnsureRoom(f.Height * 1.25);
            _graphics.DrawString(line, f, XBrushes.Black, new XPoint(Margin, _y + f.Height));
            _y += f.Height * 1.25;
        }
        Space(4);
    }

    /// <summary>A table row: each cell wrapped in its column; the row moves to a new page whole when it does not fit.</summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, bool header = false)
    {
        var font = header ? _bold : _body;
        var columns = cells.Select((c, i) => Wrap(c, font, (widths[i] * Width) - 6)).ToList();
        var height = (columns.Max(c => c.Count) * font.Height * 1.2) + 6;
        if (header)
        {
            _tableHeader = (cells, widths);
            // A header row is never left alone at the foot of a page: it needs room for a row under it.
            EnsureRoom(height + (3 * _body.Height * 1.2) + 6);
        }
        else if (EnsureRoom(Math.Min(height, _page.Height.Point - (2 * Margin) - 20)) && _tableHeader is { } repeated)
        {
            Row(repeated.Cells, repeated.Widths, header: true);
        }
        var x = Margin;
        for (var i = 0; i < columns.Count; i++)
        {
            var y = _y + 3;
            foreach (var line in columns[i])
            {
                if (y + font.Height > _page.Height.Point - Margin - 20)
                {
                    break;
                }
                _graphics.DrawString(line, font, XBrushes.Black, new XPoint(x + 3, y + font.Height));
                y += font.Height * 1.2;
            }
            x += widths[i] * Width;
        }
        _y += height;
        _graphics.DrawLine(new XPen(XColors.Gray, 0.5), Margin, _y, Margin + Width, _y);
    }

    public void Space(double points) => _y += points;

    public byte[] ToBytes()
    {
        Footer();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Starts a new page when <paramref name="height"/> does not fit on this one; true when it did.</summary>
    private bool EnsureRoom(double height)
    {
        if (_y + height > _page.Height.Point - Margin - 20)
        {
            NewPage();
            return true;
        }
        return false;
    }

    private void NewPage()
    {
        if (_graphics is not null)
        {
            Footer();
            _graphics.Dispose();
        }
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private void Footer()
    {
        var small = new XFont(Family, 8);
        var text = $"{_footer}  -  page {_document.PageCount}";
        _graphics.DrawString(text, small, XBrushes.Gray, new XPoint(Margin, _page.Height.Point - Margin + 10));
    }

    private List<string> Wrap(string text, XFont font, double width) => TextWrap.Lines(_graphics, text, font, width);

    /// <summary>Liberation Sans regular and bold from the application's resources, whatever family is asked for.</summary>
    internal sealed class EmbeddedFonts : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "LiberationSans-Bold" : "LiberationSans-Regular");

        public byte[] GetFont(string faceName)
        {
            using var stream = typeof(PdfWriter).Assembly.GetManifestResourceStream($"Redress.Web.Fonts.{faceName}.ttf")
                ?? throw new InvalidOperationException($"The font {faceName} is missing from the build.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
