using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using Redress.Web.Documents;

namespace Redress.Web.Letters;

/// <summary>
/// A letter as an A4 PDF tagged for screen readers (PDFsharp's universal accessibility support): a document
/// structure of headings, paragraphs (one a line in an address or signature) and lists in reading order, the language (en-GB) and the title shown
/// as the window title; page numbers are marked as artefacts. Fonts are the ones shipped with the application.
/// Large print sets the text in 16 point, the size RNIB recommends as the least for large print.
/// </summary>
public static class LetterPdf
{
    private const double Margin = 56;

    public static byte[] Render(string title, IReadOnlyList<LetterBlock> blocks, bool largePrint, DateTime createdUtc)
    {
        PdfWriter.UseEmbeddedFonts();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "Redress";
        // The file carries the moment the letter was issued, not the moment it was rendered.
        document.Info.CreationDate = createdUtc;
        document.Info.ModificationDate = createdUtc;
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage("en-GB");
        var structure = ua.StructureBuilder;

        var size = largePrint ? 16.0 : 11.0;
        var body = new XFont(PdfWriter.Family, size);
        var titleFont = new XFont(PdfWriter.Family, size * 1.5, XFontStyleEx.Bold);
        var headingFont = new XFont(PdfWriter.Family, size * 1.2, XFontStyleEx.Bold);
        var footerFont = new XFont(PdfWriter.Family, Math.Max(8, size * 0.75));

        PdfPage page = null!;
        XGraphics graphics = null!;
        double y = 0;
        void Footer()
        {
            structure.BeginArtifact();
            graphics.DrawString($"Page {document.PageCount}", footerFont, XBrushes.Black,
                new XPoint(Margin, page.Height.Point - (Margin / 2)));
            structure.End();
        }
        void NewPage()
        {
            if (graphics is not null)
            {
                Footer();
                graphics.Dispose();
            }
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
        }
        double Width() => page.Width.Point - (2 * Margin);
        void Line(string text, XFont font, double indent = 0)
        {
            if (y + (font.Height * 1.3) > page.Height.Point - Margin)
            {
                NewPage();
            }
            graphics.DrawString(text, font, XBrushes.Black, new XPoint(Margin + indent, y + font.Height));
            y += font.Height * 1.3;
        }

        NewPage();
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Title or BlockKind.Heading:
                    var font = block.Kind == BlockKind.Title ? titleFont : headingFont;
                    var lines = TextWrap.Lines(graphics, block.Lines[0], font, Width());
                    // A heading is kept with the first lines under it.
                    if (y + ((lines.Count + 3) * font.Height * 1.3) > page.Height.Point - Margin)
                    {
                        NewPage();
                    }
                    y += size * 0.6;
                    structure.BeginElement(block.Kind == BlockKind.Title ? PdfBlockLevelElementTag.Heading1 : PdfBlockLevelElementTag.Heading2);
                    lines.ForEach(l => Line(l, font));
                    structure.End();
                    y += size * 0.3;
                    break;
                case BlockKind.List:
                    structure.BeginElement(PdfBlockLevelElementTag.List);
                    foreach (var item in block.Lines)
                    {
                        structure.BeginElement(PdfBlockLevelElementTag.ListItem);
                        structure.BeginElement(PdfBlockLevelElementTag.Label);
                        if (y + (body.Height * 1.3) > page.Height.Point - Margin)
                        {
                            NewPage();
                        }
                        graphics.DrawString("\u2022", body, XBrushes.Black, new XPoint(Margin + (size * 0.5), y + body.Height));
                        structure.End();
                        structure.BeginElement(PdfBlockLevelElementTag.ListBody);
                        TextWrap.Lines(graphics, item, body, Width() - (size * 2)).ForEach(l => Line(l, body, size * 2));
                        structure.End();
                        structure.End();
                    }
                    structure.End();
                    y += size * 0.5;
                    break;
                default:
                    // Each line of a block (an address, a signature) is its own paragraph, so that it is read as a line.
                    foreach (var text in block.Lines)
                    {
                        structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
                        TextWrap.Lines(graphics, text, body, Width()).ForEach(l => Line(l, body));
                        structure.End();
                    }
                    y += size * 0.7;
                    break;
            }
        }
        Footer();
        graphics.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
