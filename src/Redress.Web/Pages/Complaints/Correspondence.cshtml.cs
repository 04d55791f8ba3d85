using Redress.Web.Common;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;
using Redress.Web.Documents;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>Code 5.12: record a call, email, letter or meeting, in or out, with its files.</summary>
[Authorize(Policy = Policies.CaseworkPages)]
[RequestSizeLimit(Limit)]
[RequestFormLimits(MultipartBodyLengthLimit = Limit)]
public sealed class CorrespondenceModel(ComplaintOperations complaints, CorrespondenceOperations correspondence, TimeProvider clock) : PageModel
{
    private const long Limit = (AttachmentStore.MaxBytes * CorrespondenceOperations.MaxFiles) + (1024 * 1024);

    [BindProperty] public Direction? Direction { get; set; }
    [BindProperty] public CorrespondenceKind? Kind { get; set; }
    [BindProperty] public Party? Party { get; set; }
    [BindProperty] public string? PartyName { get; set; }
    [BindProperty] public DateParts OccurredOn { get; set; } = new();
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public ComplaintView Complaint { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var today = clock.TodayInUk();
        OccurredOn = new DateParts { Day = today.Day.ToString(CultureInfo.InvariantCulture), Month = today.Month.ToString(CultureInfo.InvariantCulture), Year = today.Year.ToString(CultureInfo.InvariantCulture) };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Direction is null)
        {
            ModelState.AddModelError("direction", "Select whether it came in or went out");
        }
        if (Kind is null)
        {
            ModelState.AddModelError("kind", "Select what kind of correspondence it was");
        }
        if (Party is null)
        {
            ModelState.AddModelError("party", "Select who it was with");
        }
        var on = OccurredOn.Read(ModelState, "occurredOn", "The date", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var files = Files.Where(f => f.Length > 0 || f.FileName.Length > 0).Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var request = new CorrespondenceDetails(Direction!.Value, Kind!.Value, Party!.Value, PartyName, on!.Value, Summary ?? "");
        var outcome = await correspondence.RecordAsync(id, request, files, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Error, "The correspondence could not be recorded");
            return Page();
        }
        TempData["Banner"] = $"{Display.Words(Kind.Value)} recorded{(files.Count == 0 ? "" : $" with {files.Count} file{(files.Count == 1 ? "" : "s")}")}.";
        return Redirect($"{Paths.Complaint(id)}#correspondence");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await complaints.GetAsync(id, ct);
        Complaint = outcome.Value!;
        return outcome.Succeeded;
    }
}
