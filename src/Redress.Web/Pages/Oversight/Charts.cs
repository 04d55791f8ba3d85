using System.Globalization;
using System.Net;
using System.Text;

namespace Redress.Web.Pages.Oversight;

/// <summary>
/// Simple bar charts drawn as SVG on the server (no script). A chart is a picture of the table printed
/// beside it, so it is hidden from assistive technology: the table is how every number is read.
/// </summary>
public static class Charts
{
    public sealed record Bar(string Label, int Value, int? Compare = null);

    public static string Bars(IReadOnlyList<Bar> bars, string seriesLabel, string? compareLabel = null)
    {
        const int height = 160, barArea = 130, gap = 6;
        var width = Math.Max(320, bars.Count * 48);
        var max = Math.Max(1, bars.Max(b => Math.Max(b.Value, b.Compare ?? 0)));
        var slot = (double)width / Math.Max(1, bars.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"redress-chart\" viewBox=\"0 0 {width} {height + 20}\" width=\"{width}\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var x = i * slot + gap;
            var w = compareLabel is null ? slot - 2 * gap : (slot - 2 * gap) / 2;
            if (b.Compare is { } c && compareLabel is not null)
            {
                var hc = barArea * (double)c / max;
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"redress-chart__compare\" x=\"{x:F1}\" y=\"{height - hc:F1}\" width=\"{w:F1}\" height=\"{hc:F1}\"/>");
                x += w;
            }
            var h = barArea * (double)b.Value / max;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"redress-chart__bar\" x=\"{x:F1}\" y=\"{height - h:F1}\" width=\"{w:F1}\" height=\"{h:F1}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{i * slot + slot / 2:F1}\" y=\"{height + 14}\" text-anchor=\"middle\" class=\"redress-chart__label\">{WebUtility.HtmlEncode(b.Label)}</text>");
        }
        svg.Append("</svg>");
        var key = compareLabel is null ? "" :
            $"<p class=\"govuk-body-s redress-chart__key\" aria-hidden=\"true\"><span class=\"redress-chart__swatch redress-chart__swatch--compare\"></span> {WebUtility.HtmlEncode(compareLabel)} <span class=\"redress-chart__swatch\"></span> {WebUtility.HtmlEncode(seriesLabel)}</p>";
        return svg + key;
    }

    /// <summary>
    /// Horizontal bars in HTML, for labels that are words (categories): each label whole, at the page's own text
    /// size, with its bar beside it and the number at its end; at 320px the bars still fit the width.
    /// Hidden from assistive technology like the SVG charts: the table beside it holds the numbers.
    /// </summary>
    public static string Rows(IReadOnlyList<Bar> bars)
    {
        var max = Math.Max(1, bars.Max(b => b.Value));
        var html = new StringBuilder("<div class=\"redress-hbars\" aria-hidden=\"true\">");
        foreach (var b in bars)
        {
            var percent = Math.Max(1, (int)Math.Round(100.0 * b.Value / max));
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"redress-hbars__row\"><span class=\"redress-hbars__label\">{WebUtility.HtmlEncode(b.Label)}</span><span class=\"redress-hbars__track\"><span class=\"redress-hbars__bar redress-hbars__bar--{percent}\"></span><span class=\"redress-hbars__value\">{b.Value:N0}</span></span></div>");
        }
        return html.Append("</div>").ToString();
    }
}
