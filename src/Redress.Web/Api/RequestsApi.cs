using Redress.Domain.Common;
using System.Security.Claims;
using Redress.Domain.Complaints;
using Redress.Domain.Requests;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Requests;

namespace Redress.Web.Api;

public sealed record ServiceRequestView(
    Guid Id, string Reference, Guid ResidentId, DateOnly ReceivedOn, Channel Channel, string Description, string Category,
    ServiceRequestStatus Status, Guid? OwnerId, DateOnly? DueOn, DateOnly? ClosedOn, string? LastNote, int Version)
{
    public static ServiceRequestView From(ServiceRequest r) => new(
        r.Id, r.Reference, r.ResidentId, r.ReceivedOn, r.Channel, r.Description, r.Category, r.Status, r.OwnerId, r.DueOn, r.ClosedOn, r.LastNote, r.Version);
}

public sealed record CreateServiceRequestBody(Guid? ResidentId, DateOnly? ReceivedOn, Channel? Channel, string? Description, string? Category, DateOnly? DueOn, Guid? OwnerId)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("residentId", ResidentId, "the resident's id");
        v.Required("receivedOn", ReceivedOn, "the date the request was received");
        v.Required("channel", Channel, "how the request was made");
        v.Text("description", Description, "what the resident asked for", Limits.LongText);
        v.Text("category", Category, "the category", 100);
        return v;
    }
}

public sealed record UpdateServiceRequestBody(ServiceRequestStatus? Status, Guid? OwnerId, DateOnly? DueOn, string? Note)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("status", Status, "the status: open, inProgress, completed or cancelled");
        v.Text("note", Note, "the note", Limits.Note, required: false);
        return v;
    }
}

public sealed record FeedbackView(
    Guid Id, DateOnly ReceivedOn, string Source, string PersonName, Guid? ResidentId, string Dissatisfaction,
    bool ToldHowToComplain, string? HowTold, Guid? ComplaintId)
{
    public static FeedbackView From(Feedback f) => new(f.Id, f.ReceivedOn, f.Source, f.PersonName, f.ResidentId, f.Dissatisfaction, f.ToldHowToComplain, f.HowTold, f.ComplaintId);
}

public sealed record CreateFeedbackBody(DateOnly? ReceivedOn, string? Source, string? PersonName, Guid? ResidentId, string? Dissatisfaction, bool? ToldHowToComplain, string? HowTold)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("receivedOn", ReceivedOn, "the date of the feedback");
        v.Text("source", Source, "the survey or feedback exercise", Limits.Name);
        v.Text("personName", PersonName, "the person's name", Limits.Name, required: ResidentId is null);
        v.Text("dissatisfaction", Dissatisfaction, "what the person was dissatisfied with", Limits.LongText);
        v.Required("toldHowToComplain", ToldHowToComplain, "whether the person was told how to complain (Code 1.6)");
        v.Text("howTold", HowTold, "how they were told, or why they could not be", 2_000);
        return v;
    }
}

/// <summary>Service requests (Code 1.4, 1.5) and survey feedback (1.6) for other systems, such as a repairs system.</summary>
public static class RequestsApi
{
    public static void MapRequests(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/service-requests").WithTags("Service requests");
        requests.MapGet("/", ListRequests).RequireAuthorization(Policies.Read)
            .WithSummary("List service requests").WithDescription("show=open (default, by due date), overdue or all (newest first); residentId; page, pageSize (at most 200).");
        requests.MapGet("/{id:guid}", async (Guid id, HttpContext http, ServiceRequestOperations ops, CancellationToken ct) =>
                await ops.GetAsync(id, ct) is { } page ? WithETag(http, page.Request, TypedResults.Ok(ServiceRequestView.From(page.Request))) : Problems.NotFound("There is no service request with that id."))
            .RequireAuthorization(Policies.Read).WithSummary("Read a service request").Produces<ServiceRequestView>().ProducesProblem(404);
        requests.MapPost("/", CreateRequest).RequireAuthorization(Policies.Casework).AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Log a service request (Code 1.4)").Accepts<CreateServiceRequestBody>("application/json")
            .Produces<ServiceRequestView>(201).ProducesValidationProblem().ProducesProblem(422);
        requests.MapPost("/{id:guid}/updates", UpdateRequest).RequireAuthorization(Policies.Casework)
            .WithSummary("Change a service request's status, owner or due date").WithDescription("Members you leave out keep their values (null clears the owner or the due date). Completing or cancelling needs a note. Send the ETag in If-Match.")
            .Accepts<UpdateServiceRequestBody>("application/json").Produces<ServiceRequestView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var feedback = api.MapGroup("/feedback").WithTags("Feedback");
        feedback.MapGet("/", async (HttpRequest request, FeedbackOperations ops, CancellationToken ct) =>
            {
                var v = new Validator();
                var page = Query.Int(v, request.Query, "page", 1, 1_000_000) ?? 1;
                var size = Query.Int(v, request.Query, "pageSize", 1, Limits.Name) ?? 50;
                if (!v.IsValid)
                {
                    return v.Problem();
                }
                var (rows, total) = await ops.ListAsync(page, size, ct);
                return TypedResults.Ok(new { items = rows, total, page, pageSize = size });
            })
            .RequireAuthorization(Policies.Read).WithSummary("List survey and feedback dissatisfaction, newest first");
        feedback.MapGet("/{id:guid}", async (Guid id, FeedbackOperations ops, CancellationToken ct) =>
                await ops.GetAsync(id, ct) is { } f ? TypedResults.Ok(FeedbackView.From(f)) : Problems.NotFound("There is no feedback with that id."))
            .RequireAuthorization(Policies.Read).WithSummary("Read feedback").Produces<FeedbackView>().ProducesProblem(404);
        feedback.MapPost("/", CreateFeedback).RequireAuthorization(Policies.Casework).AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Record survey or feedback dissatisfaction (Code 1.6)")
            .WithDescription("Not a complaint. To raise one from it, POST /api/v1/complaints with feedbackId.")
            .Accepts<CreateFeedbackBody>("application/json").Produces<FeedbackView>(201).ProducesValidationProblem().ProducesProblem(422);

        MapOffers(requests, Letters.OfferTarget.ServiceRequest, "Code 1.5: to a resident unhappy with how their service request is handled.");
        MapOffers(feedback, Letters.OfferTarget.Feedback, "Code 1.6: to the resident whose survey answer or feedback shows they are unhappy; the feedback then records that they were told.");
    }

    /// <summary>The letter on how to complain (Code 1.5, 1.6, 3.7) about a service request or feedback: send it, list those sent, read each PDF.</summary>
    private static void MapOffers(RouteGroupBuilder group, Func<Guid, Letters.OfferTarget> target, string description)
    {
        group.MapPost("/{id:guid}/offer-letter", async (Guid id, Letters.OfferLetters offers, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
                Problems.From(await offers.IssueAsync(target(id), Actor.From(user), ct), l => Results.Created((string?)null, l)))
            .RequireAuthorization(Policies.Casework).AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Send the resident the letter on how to make a complaint")
            .WithDescription(description + " Issued from the template in use, emailed when the resident has an email address, else marked for post. 422 letter-incomplete when the settings give no way to complain.")
            .Produces<Letters.LetterSummary>(201).ProducesProblem(404).ProducesProblem(422);
        group.MapGet("/{id:guid}/letters", async (Guid id, Letters.LetterQueries letters, CancellationToken ct) =>
                TypedResults.Ok(new { items = await letters.OffersAsync(target(id), ct) }))
            .RequireAuthorization(Policies.Read).WithSummary("The letters on how to complain sent about this record");
        group.MapGet("/{id:guid}/letters/{letterId:guid}/pdf", async (Guid id, Guid letterId, Letters.LetterQueries letters, CancellationToken ct) =>
                await letters.OfferPdfAsync(target(id), letterId, ct) is { } pdf ? Results.File(pdf.Pdf, "application/pdf", pdf.FileName) : Problems.NotFound("There is no such letter on this record."))
            .RequireAuthorization(Policies.Read).WithSummary("A letter on how to complain: the exact PDF stored when it was sent")
            .Produces(200, contentType: "application/pdf").ProducesProblem(404);
    }

    private static async Task<IResult> ListRequests(HttpRequest request, ServiceRequestOperations ops, CancellationToken ct)
    {
        var v = new Validator();
        var q = request.Query;
        var show = q["show"].ToString() is { Length: > 0 } s ? s : "open";
        if (show is not ("open" or "overdue" or "all"))
        {
            v.Add("show", "'show' must be open, overdue or all.");
        }
        var resident = Query.Guid(v, q, "residentId");
        var page = Query.Int(v, q, "page", 1, 1_000_000) ?? 1;
        var size = Query.Int(v, q, "pageSize", 1, Limits.Name) ?? 50;
        if (!v.IsValid)
        {
            return v.Problem();
        }
        var (rows, total) = await ops.ListAsync(new ServiceRequestFilter(show == "open", show == "overdue", null, resident), page, size, ct);
        return TypedResults.Ok(new { items = rows, total, page, pageSize = size });
    }

    private static async Task<IResult> CreateRequest(HttpContext http, ServiceRequestOperations ops, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<CreateServiceRequestBody>(http.Request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var validation = body!.Validate();
        if (!validation.IsValid)
        {
            return validation.Problem();
        }
        var details = new ServiceRequestDetails(body.ResidentId!.Value, body.ReceivedOn!.Value, body.Channel!.Value, body.Description!, body.Category!, body.DueOn);
        var outcome = await ops.LogAsync(details, body.OwnerId, Actor.From(user), ct);
        return Problems.From(outcome, r => WithETag(http, r, TypedResults.Created($"/api/v1/service-requests/{r.Id}", ServiceRequestView.From(r))));
    }

    private static async Task<IResult> UpdateRequest(Guid id, HttpContext http, ServiceRequestOperations ops, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ops.GetAsync(id, ct) is not { } current)
        {
            return Problems.NotFound("There is no service request with that id.");
        }
        // Members left out keep their values: a status change alone leaves the owner and due date as they are.
        var held = new UpdateServiceRequestBody(current.Request.Status, current.Request.OwnerId, current.Request.DueOn, null);
        var (body, problem) = await ApiJson.MergeAsync(http.Request, held, ct);
        if (problem is not null)
        {
            return problem;
        }
        var validation = body!.Validate();
        if (!validation.IsValid)
        {
            return validation.Problem();
        }
        var outcome = await ops.UpdateAsync(id, http.Request.Headers.IfMatch, new ServiceRequestUpdate(body.Status!.Value, body.OwnerId, body.DueOn, body.Note), Actor.From(user), ct);
        return Problems.From(outcome, r => WithETag(http, r, TypedResults.Ok(ServiceRequestView.From(r))));
    }

    private static async Task<IResult> CreateFeedback(HttpContext http, FeedbackOperations ops, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<CreateFeedbackBody>(http.Request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var validation = body!.Validate();
        if (!validation.IsValid)
        {
            return validation.Problem();
        }
        var details = new FeedbackDetails(body.ReceivedOn!.Value, body.Source!, body.PersonName ?? "", body.ResidentId, body.Dissatisfaction!, body.ToldHowToComplain!.Value, body.HowTold);
        var outcome = await ops.RecordAsync(details, Actor.From(user), ct);
        return Problems.From(outcome, f => TypedResults.Created($"/api/v1/feedback/{f.Id}", FeedbackView.From(f)));
    }

    private static IResult WithETag(HttpContext http, ServiceRequest request, IResult result)
    {
        http.Response.Headers.ETag = ETags.For(request.Version);
        return result;
    }
}
