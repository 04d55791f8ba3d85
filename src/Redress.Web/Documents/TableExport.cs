using System.Globalization;
using System.Text;
using CsvHelper;
using SpreadCheetah;

namespace Redress.Web.Documents;

/// <summary>
/// A table for download, as CSV (UTF-8 with a byte order mark, cells a spreadsheet would run as formulas
/// escaped) or as an Excel workbook (.xlsx, SpreadCheetah), the same headers and rows either way. In the
/// workbook a date is an Excel date (a number shown as 19 December 2025), so it sorts and filters as one.
/// </summary>
public sealed record TableExport(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Csv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([.. Headers]);
            foreach (var row in Rows)
            {
                csv.WriteRecord([.. row.Select(Text)]);
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public async Task<byte[]> XlsxAsync(CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var options = new SpreadCheetahOptions { DefaultDateTimeFormat = SpreadCheetah.Styling.NumberFormat.Custom("d mmmm yyyy") };
        await using (var workbook = await Spreadsheet.CreateNewAsync(stream, options, ct))
        {
            await workbook.StartWorksheetAsync(Name.Length > 31 ? Name[..31] : Name, token: ct);
            await workbook.AddRowAsync([.. Headers.Select(h => new Cell(h))], ct);
            foreach (var row in Rows)
            {
                await workbook.AddRowAsync([.. row.Select(ToCell)], ct);
            }
            await workbook.FinishAsync(ct);
        }
        return stream.ToArray();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static Cell ToCell(object? value) => value switch
    {
        null => new Cell(""),
        int i => new Cell(i),
        long l => new Cell(l),
        decimal m => new Cell(m),
        DateOnly d => new Cell(d.ToDateTime(TimeOnly.MinValue)),
        _ => new Cell(Text(value)),
    };
}
