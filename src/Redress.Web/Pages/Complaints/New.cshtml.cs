using Redress.Web.Common;
using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Requests;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Pages.Shared;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>Log a complaint from any channel (Code 3.1, 3.2, 3.6): the same operation as POST /api/v1/complaints.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Auth.Policies.CaseworkPages)]
public sealed class NewModel(ComplaintOperations complaints, Redress.Web.Residents.ResidentOperations residents, RedressDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>A search for a resident already known, before logging their complaint.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    public IReadOnlyList<Resident> Found { get; private set; } = [];

    [BindProperty]
    public LogComplaintForm Form { get; set; } = new();

    /// <summary>Where the complaint comes from, when it is not logged from scratch: a known resident, a service request (1.5) or feedback (1.6).</summary>
    public ComplaintSource? Source { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? resident, Guid? serviceRequest, Guid? feedback, CancellationToken ct)
    {
        Form.ResidentId = resident;
        Form.ServiceRequestId = serviceRequest;
        Form.FeedbackId = feedback;
        if (!await LoadSourceAsync(ct))
        {
            return NotFound();
        }
        Found = Source is null && !string.IsNullOrWhiteSpace(Find) ? await residents.SearchAsync(Find, 20, ct) : [];
        if (Source?.ServiceRequest is { } request)
        {
            Form.Category = request.Category;
        }
        if (Source?.Feedback is { } from)
        {
            Form.Description = from.Dissatisfaction;
            Form.ResidentName = from.ResidentId is null ? from.PersonName : null;
        }
        var today = clock.TodayInUk();
        Form.Received = new DateParts { Day = today.Day.ToString(CultureInfo.InvariantCulture), Month = today.Month.ToString(CultureInfo.InvariantCulture), Year = today.Year.ToString(CultureInfo.InvariantCulture) };
        Form.ReceivedBy = Audit.Actor.From(User).Name;
        return Page();
    }

    /// <summary>"Find the resident", posted with the rest of the form so that nothing typed is lost.</summary>
    public async Task<IActionResult> OnPostFindAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Find))
        {
            ModelState.AddModelError("find", "Enter the start of the resident's name, surname, postcode, email address or phone number to find them");
            return Page();
        }
        Found = await residents.SearchAsync(Find, 20, ct);
        return Page();
    }

    /// <summary>A resident chosen from those found: the form comes back for them with what was typed kept.</summary>
    public async Task<IActionResult> OnPostChooseAsync(CancellationToken ct)
    {
        ModelState.Clear();
        return await LoadSourceAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadSourceAsync(ct))
        {
            return NotFound();
        }
        var input = Form.Read(ModelState, clock.TodayInUk());
        if (!ModelState.IsValid || input is null)
        {
            return Page();
        }
        var outcome = await complaints.CreateAsync(input, Actor.From(User), ct);
        if (!outcome.Succeeded)
        {
            // Shown at the input whose id is the last part of the field the rule names (Field.Id).
            ModelState.AddModelError(Field.Id(outcome.Error?.Field ?? ""), outcome.Error?.Message ?? "The complaint could not be logged");
            return Page();
        }
        TempData["Banner"] = $"Complaint {outcome.Value!.Reference} logged. Acknowledge it by {Display.Date(outcome.Value.Stages[0].AcknowledgeBy)}.";
        return Redirect(Paths.Complaint(outcome.Value.Id));
    }

    /// <summary>False when an id given does not exist; the resident comes from the request or feedback when they name one.</summary>
    private async Task<bool> LoadSourceAsync(CancellationToken ct)
    {
        if (Form.ResidentId is null && Form.ServiceRequestId is null && Form.FeedbackId is null)
        {
            return true;
        }
        var request = Form.ServiceRequestId is { } r ? await db.ServiceRequests.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r, ct) : null;
        var feedback = Form.FeedbackId is { } f ? await db.Feedback.AsNoTracking().FirstOrDefaultAsync(x => x.Id == f, ct) : null;
        if ((Form.ServiceRequestId is not null && request is null) || (Form.FeedbackId is not null && feedback is null))
        {
            return false;
        }
        Form.ResidentId = request?.ResidentId ?? feedback?.ResidentId ?? Form.ResidentId;
        var resident = Form.ResidentId is { } id ? await db.Residents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) : null;
        if (Form.ResidentId is not null && resident is null)
        {
            return false;
        }
        Source = new ComplaintSource(resident, request, feedback);
        return true;
    }
}

public sealed record ComplaintSource(Resident? Resident, ServiceRequest? ServiceRequest, Feedback? Feedback);

public sealed class LogComplaintForm
{
    public DateParts Received { get; set; } = new();
    public string? ReceivedTime { get; set; }
    public Channel? Channel { get; set; }
    public string? ReceivedBy { get; set; }
    public string? ResidentName { get; set; }
    public string? ResidentEmail { get; set; }
    public string? ResidentPhone { get; set; }
    public string? ResidentAddress { get; set; }
    public Tenure? Tenure { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativeRelationship { get; set; }
    public string? RepresentativeAuthority { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public DateParts Issue { get; set; } = new();
    public DateParts Aware { get; set; } = new();
    public string? VulnerabilityNotes { get; set; }
    public string? Discretion { get; set; }
    public Guid? ResidentId { get; set; }
    public Guid? ServiceRequestId { get; set; }
    public Guid? FeedbackId { get; set; }

    public NewComplaint? Read(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, DateOnly today)
    {
        var received = Received.Read(state, "receivedOn", "The date the complaint was received", required: true);
        TimeOnly? time = null;
        if (!string.IsNullOrWhiteSpace(ReceivedTime))
        {
            if (TimeOnly.TryParseExact(ReceivedTime.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                time = t;
            }
            else
            {
                state.AddModelError("receivedAt", "Enter the time received as hours and minutes on the 24-hour clock, like 14:30");
            }
        }
        if (Channel is null)
        {
            state.AddModelError("channel", "Select how the complaint was made");
        }
        if (ResidentId is null)
        {
            ReadResident(state);
        }
        Require(state, "description", Description, "Enter the complaint in the resident's words", Limits.LongText);
        Require(state, "category", Category, "Select the category of the complaint", Limits.Label);
        var issue = Issue.Read(state, "issueOccurredOn", "The date the issue occurred", required: false);
        var aware = Aware.Read(state, "residentAwareOn", "The date the resident became aware", required: false);
        var representative = string.IsNullOrWhiteSpace(RepresentativeName) ? null
            : new RepresentativeDetails(RepresentativeName.Trim(), Trim(RepresentativeRelationship), null, null, RepresentativeAuthority?.Trim() ?? "", null);
        // The complaint's own rules for its receipt, every problem at once with the form's (not one a submit).
        state.AddRefusals(Domain.Complaints.Complaint.ReceiptProblems(received ?? today, issue, aware, representative, today));
        if (!state.IsValid)
        {
            return null;
        }
        return new NewComplaint(
            received!.Value,
            time is { } at ? UkTime.ToUtc(received.Value, at) : null,
            Channel!.Value,
            Trim(ReceivedBy),
            ResidentId,
            ResidentId is null ? new NewResident(ResidentName!.Trim(), Trim(ResidentEmail), Trim(ResidentPhone), Trim(ResidentAddress), Tenure!.Value) : null,
            representative,
            Description!,
            Category!.Trim(),
            issue,
            aware,
            Trim(VulnerabilityNotes),
            ServiceRequestId,
            FeedbackId,
            Trim(Discretion));
    }

    private void ReadResident(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        Require(state, "residentName", ResidentName, "Enter the resident's name", Limits.Name);
        if (!string.IsNullOrWhiteSpace(ResidentEmail) && !MailAddress.TryCreate(ResidentEmail.Trim(), out _))
        {
            state.AddModelError("residentEmail", "Enter an email address in the correct format, like name@example.com");
        }
        if (Tenure is null)
        {
            state.AddModelError("tenure", "Select the resident's tenure");
        }
    }

    private static void Require(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string key, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            state.AddModelError(key, message);
        }
        else if (value.Length > max)
        {
            // "Enter the complaint in the resident's words" becomes "The complaint in the resident's words must be…".
            var what = message[6..].Trim();
            state.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be {max:N0} characters or fewer");
        }
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
