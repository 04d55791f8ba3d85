using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Complaints;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// A new issue raised during the investigation (Code 6.8): added to the stage 1 definition when related
/// and the response is not issued; otherwise logged as a new complaint linked to this one.
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class PointModel(ComplaintOperations complaints) : ComplaintJourney(complaints)
{
    [BindProperty] public string? Point { get; set; }
    [BindProperty] public bool? Related { get; set; }

    /// <summary>What will happen, as the complaint's own rule decides it (Code 6.8).</summary>
    public bool JoinsDefinition => Related == true && Complaint.Allows(ComplaintAction.AddPoint) && Complaint.TakesRelatedPoints;

    protected override ComplaintAction Action => ComplaintAction.AddPoint;

    protected override bool Read()
    {
        if (string.IsNullOrWhiteSpace(Point))
        {
            ModelState.AddModelError("point", "Enter the new point the resident raised");
        }
        if (Related is null)
        {
            ModelState.AddModelError("related", "Select whether the point is related to this complaint");
        }
        return ModelState.IsValid;
    }

    /// <summary>Only a point that joins this complaint is tried on it; one logged as a new complaint is checked when it is logged.</summary>
    protected override ComplaintChange Change()
    {
        var (point, related) = (Point!.Trim(), Related!.Value);
        return (c, _, _) => c.AnswersPoint(related) ? c.AddPoint(point, related) : null;
    }

    protected override string Banner(ComplaintView recorded) => "Point added to the complaint definition. The response must give a finding on it.";

    protected override async Task<IActionResult> RecordAsync(Guid id, CancellationToken ct)
    {
        var outcome = await Complaints.AddPointAsync(id, Point!.Trim(), Related!.Value, null, Version, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }
        if (outcome.Kind == OutcomeKind.Created)
        {
            TempData["Banner"] = $"Logged as a new complaint, {outcome.Value!.Reference}, linked to {Complaint.Reference}.";
            return RedirectToPage("/Complaints/Show", new { id = outcome.Value.Id });
        }
        return Done(id, Banner(outcome.Value!));
    }
}
