using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Web.Letters;

namespace Redress.Web.Pages.Admin.Letters;

/// <summary>The letter templates: which are the shipped wording and which an administrator changed.</summary>
public sealed class IndexModel(LetterTemplates templates) : PageModel
{
    public IReadOnlyList<TemplateView> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var list = new List<TemplateView>();
        foreach (var kind in LetterTemplates.Editable)
        {
            list.Add(await templates.GetAsync(kind, ct));
        }
        Templates = list;
    }

    public static string Name(Redress.Domain.Letters.LetterKind kind) => kind switch
    {
        Redress.Domain.Letters.LetterKind.Acknowledgement => "Acknowledgement (stages 1 and 2)",
        Redress.Domain.Letters.LetterKind.Extension => "Extension",
        Redress.Domain.Letters.LetterKind.Response => "Response (stages 1 and 2)",
        Redress.Domain.Letters.LetterKind.Update => "Update (while extended, or actions outstanding)",
        Redress.Domain.Letters.LetterKind.NotAccepted => "Complaint not accepted",
        Redress.Domain.Letters.LetterKind.EscalationRefused => "Escalation refused",
        Redress.Domain.Letters.LetterKind.OfferToComplain => "How to make a complaint (after feedback or a service request)",
        _ => kind.ToString(),
    };
}
