using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Redress.Web.Pages.Shared;

/// <summary>
/// Every GOV.UK table sits in its own scrolling region, so a wide table scrolls inside the region and never
/// makes the page scroll sideways at 320px or at 400% zoom. The region is focusable (a keyboard user can scroll
/// it) and named by the table's caption, or by its <c>data-label</c> when it has none.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed partial class ScrollingTableTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (!classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("govuk-table"))
        {
            return;
        }
        var label = output.Attributes["data-label"]?.Value?.ToString();
        output.Attributes.RemoveAll("data-label");
        if (string.IsNullOrWhiteSpace(label))
        {
            var content = (await output.GetChildContentAsync()).GetContent();
            label = Caption().Match(content) is { Success: true } caption
                ? WebUtility.HtmlDecode(Tags().Replace(caption.Groups[1].Value, " ")).Trim()
                : "Table";
            label = Spaces().Replace(label, " ");
        }
        output.PreElement.SetHtmlContent($"<div class=\"redress-table-scroll\" role=\"region\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\" tabindex=\"0\">");
        output.PostElement.SetHtmlContent("</div>");
    }

    [GeneratedRegex("<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
