using System.Globalization;
using System.Security.Claims;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Common;
using Redress.Web.Complaints;

namespace Redress.Web.Api;

public static class ComplaintsApi
{
    public static void MapComplaints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/complaints").WithTags("Complaints");

        group.MapGet("/", List).RequireAuthorization(Policies.Read)
            .WithSummary("List complaints").WithDescription("Filters: status, stage, overdue, handlerId; paging with page and pageSize (at most 200).")
            .Produces<ComplaintPage>();
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read)
            .WithSummary("Read a complaint").WithDescription("The response carries an ETag; send it back in If-Match on writes.")
            .Produces<ComplaintView>().ProducesProblem(404);
        group.MapGet("/{id:guid}/audit", Audit).RequireAuthorization(Policies.Audit)
            .WithSummary("The audit trail of a complaint").Produces<IReadOnlyList<AuditEntry>>().ProducesProblem(404);
        group.MapPost("/", Create).RequireAuthorization(Policies.Casework).AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Log a complaint").WithDescription("Code 3.1, 3.2, 6.2: a complaint from any channel; stage 1 starts with its acknowledgement clock.")
            .Accepts<CreateComplaintBody>("application/json").Produces<ComplaintView>(201).ProducesValidationProblem().ProducesProblem(422);

        MapAction<AcknowledgementBody>(group, "acknowledgement", ComplaintAction.Acknowledge, b => b.Validate(),
            b => (c, ctx, _) => c.Acknowledge(b.AcknowledgedOn!.Value, b.HandlerId!.Value, b.Definition!.ToDefinition(), ctx),
            b => b.HandlerId, "Acknowledge the current stage with its complaint definition (Code 5.6, 5.7, 6.2, 6.11, 6.13)");
        MapAction<ExtensionBody>(group, "extensions", ComplaintAction.Extend, b => b.Validate(),
            b => (c, ctx, s) => c.Extend(b.ToDetails(), s.Ombudsman.AsText(), ctx),
            null, "Extend the response timescale (Code 6.4, 6.5, 6.15, 6.16, 5.9)");
        MapAction<RespondBody>(group, "response", ComplaintAction.Respond, b => b.Validate(),
            b => (c, ctx, s) => c.Respond(b.ToDetails(), s.EscalationRoute(c.Stage), ctx),
            null, "Issue the response of the current stage (Code 6.6-6.9, 6.17-6.19)");
        MapAction<EscalationBody>(group, "escalation", ComplaintAction.Escalate, b => b.Validate(),
            b => (c, ctx, s) => c.Escalate(b.ToDetails(), s.ReceiptPolicy, s.Timescales, ctx),
            null, "Escalate to stage 2; no reason is needed (Code 6.10-6.12)");
        MapAction<RefusalBody>(group, "refusal", ComplaintAction.NotAccept, b => b.Validate(escalation: false),
            b => (c, ctx, _) => c.NotAccept(b.ToDetails(), ctx),
            null, "Do not accept the complaint, with an individual reason (Code 2.1-2.5)");
        MapAction<RefusalBody>(group, "escalation-refusal", ComplaintAction.RefuseEscalation, b => b.Validate(escalation: true),
            b => (c, ctx, _) => c.RefuseEscalation(b.RequestedOn!.Value, b.ToDetails(), ctx),
            null, "Refuse to escalate, on a section 2 ground (Code 5.11)");
        MapAction<WithdrawalBody>(group, "withdrawal", ComplaintAction.Withdraw, b => b.Validate(),
            b => (c, ctx, _) => c.Withdraw(b.WithdrawnOn!.Value, b.Reason, ctx),
            null, "Record that the resident withdrew the complaint");
        MapAction<ClosureBody>(group, "closure", ComplaintAction.Close, b => b.Validate(),
            b => (c, ctx, _) => c.Close(b.ClosedOn!.Value, ctx),
            null, "Close a complaint after its response");
        MapAction<HandlerBody>(group, "handler", ComplaintAction.Reassign, b => b.Validate(),
            b => (c, _, _) => c.Reassign(b.HandlerId!.Value),
            b => b.HandlerId, "Give the current stage to another handler (Code 6.13 applies)");
        MapAction<CompletionBody>(group, "remedies/{remedyId:guid}/completion", ComplaintAction.CompleteRemedy, b => b.Validate(),
            (b, http) => (c, ctx, _) => c.CompleteRemedy(RouteGuid(http, "remedyId"), b.CompletedOn!.Value, b.PaidPence, ctx),
            null, "Record that a remedy was carried out or paid (Code 7.3)");
        MapAction<CompletionBody>(group, "outstanding-actions/{actionId:guid}/completion", ComplaintAction.CompleteAction, b => b.Validate(),
            (b, http) => (c, ctx, _) => c.CompleteAction(RouteGuid(http, "actionId"), b.CompletedOn!.Value, ctx),
            null, "Record that an outstanding action is done (Code 6.6, 6.17)");
        MapAction<UpdateBody>(group, "updates", ComplaintAction.SendUpdate, b => b.Validate(),
            b => (c, ctx, _) => c.SendUpdate(b.ToDetails(), ctx),
            null, "Send the resident an update while the response is extended or actions are outstanding (Code 5.9, 6.6, 6.17)");
        MapAction<OfferRemedyBody>(group, "remedies", ComplaintAction.OfferRemedy, b => b.Validate(),
            b => (c, ctx, _) => c.OfferRemedy(b.ToDetails(), b.OfferedOn!.Value, ctx).Error,
            null, "Offer a remedy at any stage, without escalation (Code 5.13)");

        group.MapPost("/{id:guid}/points", AddPoint).RequireAuthorization(Policies.Casework).AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Add a point raised during the investigation (Code 6.8)")
            .WithDescription("200 when added to the stage 1 definition; 201 with the Location of a new linked complaint when unrelated or after the stage 1 response.")
            .Accepts<PointBody>("application/json").Produces<ComplaintView>().Produces<ComplaintView>(201).ProducesValidationProblem().ProducesProblem(422);
    }

    private static void MapAction<TBody>(
        RouteGroupBuilder group, string path, ComplaintAction action, Func<TBody, Validator> validate,
        Func<TBody, ComplaintChange> change, Func<TBody, Guid?>? handlerOf, string summary) where TBody : class =>
        MapAction(group, path, action, validate, (b, _) => change(b), handlerOf, summary);

    private static void MapAction<TBody>(
        RouteGroupBuilder group, string path, ComplaintAction action, Func<TBody, Validator> validate,
        Func<TBody, HttpContext, ComplaintChange> change, Func<TBody, Guid?>? handlerOf, string summary) where TBody : class
    {
        group.MapPost($"/{{id:guid}}/{path}", async (Guid id, HttpContext http, ComplaintOperations ops, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (body, problem) = await ApiJson.ReadAsync<TBody>(http.Request, ct);
            if (problem is not null)
            {
                return problem;
            }
            var validation = validate(body!);
            if (!validation.IsValid)
            {
                return validation.Problem();
            }
            if ((body as IIssuesLetter)?.Letter?.Reference is { Length: > Limits.Name })
            {
                return Problems.Invalid("letter.reference", $"The letter's reference must be {Limits.Name} characters or fewer.");
            }
            var options = new ChangeOptions(http.Request.Headers.IfMatch, handlerOf?.Invoke(body!), (body as IIssuesLetter)?.Letter?.External);
            var outcome = await ops.ApplyAsync(id, options, action, Actor.From(user), change(body!, http), ct);
            return View(http, outcome);
        })
        .RequireAuthorization(Policies.Casework)
        .WithSummary(summary)
        .Accepts<TBody>("application/json")
        .Produces<ComplaintView>()
        .ProducesValidationProblem()
        .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    private static Guid RouteGuid(HttpContext http, string name) =>
        Guid.Parse((string)http.Request.RouteValues[name]!, CultureInfo.InvariantCulture);

    private static async Task<IResult> Create(HttpContext http, ComplaintOperations ops, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<CreateComplaintBody>(http.Request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var validation = body!.Validate();
        if (!validation.IsValid)
        {
            return validation.Problem();
        }
        return View(http, await ops.CreateAsync(body.ToInput(), Actor.From(user), ct));
    }

    private static async Task<IResult> AddPoint(Guid id, HttpContext http, ComplaintOperations ops, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<PointBody>(http.Request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var validation = body!.Validate();
        if (!validation.IsValid)
        {
            return validation.Problem();
        }
        var outcome = await ops.AddPointAsync(id, body.Point!.Trim(), body.Related!.Value, body.RaisedOn, http.Request.Headers.IfMatch, Actor.From(user), ct);
        return View(http, outcome);
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, ComplaintOperations ops, CancellationToken ct) =>
        View(http, await ops.GetAsync(id, ct));

    private static async Task<IResult> Audit(Guid id, ComplaintOperations ops, CancellationToken ct) =>
        await ops.AuditAsync(id, ct) is { } entries ? TypedResults.Ok(entries) : Problems.NotFound("There is no complaint with that id.");

    private static async Task<IResult> List(HttpRequest request, ComplaintOperations ops, CancellationToken ct)
    {
        var v = new Validator();
        var q = request.Query;
        var status = Query.Enum<ComplaintStatus>(v, q, "status");
        var stage = Query.Int(v, q, "stage", 1, 2);
        var overdue = Query.Bool(v, q, "overdue");
        var handler = Query.Guid(v, q, "handlerId");
        var page = Query.Int(v, q, "page", 1, 1_000_000) ?? 1;
        var pageSize = Query.Int(v, q, "pageSize", 1, 200) ?? 50;
        if (!v.IsValid)
        {
            return v.Problem();
        }
        return TypedResults.Ok(await ops.ListAsync(new ComplaintFilter(status, stage, overdue, handler, page, pageSize), ct));
    }

    /// <summary>200 or 201 with the view and its ETag; 201 also carries Location.</summary>
    internal static IResult View(HttpContext http, Outcome<ComplaintView> outcome) => Problems.From(outcome, view =>
    {
        http.Response.Headers.ETag = view.ETag;
        return outcome.Kind == OutcomeKind.Created
            ? TypedResults.Created($"/api/v1/complaints/{view.Id}", view)
            : TypedResults.Ok(view);
    });
}
