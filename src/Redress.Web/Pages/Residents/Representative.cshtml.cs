using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Data;
using Redress.Web.Residents;

namespace Redress.Web.Pages.Residents;

/// <summary>Code 3.6: someone acting for the resident, with the authority they have.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class RepresentativeModel(ResidentOperations residents, RedressDbContext db) : ResidentForm(db)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Relationship { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Authority { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadResidentAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadResidentAsync(id, ct))
        {
            return NotFound();
        }
        var details = new RepresentativeDetails(Name ?? "", Trimmed(Relationship), Trimmed(Email), Trimmed(Phone), Authority ?? "", null);
        var outcome = await residents.AddRepresentativeAsync(id, details, Actor.From(User), ct);
        return Present(outcome, $"{Name?.Trim()} added as a representative.");
    }
}
