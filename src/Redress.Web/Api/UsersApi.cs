using Redress.Domain.Common;
using System.Security.Claims;
using Redress.Web.Audit;
using Redress.Web.Auth;

namespace Redress.Web.Api;

public sealed record CreateUserBody(string? Name, string? Email, List<string>? Roles)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Text("name", Name, "the user's name", Limits.Name);
        if (v.Required("email", Email, "the user's email address"))
        {
            v.Email("email", Email);
        }
        if (Roles is null || Roles.Count == 0)
        {
            v.Add("roles", $"Choose at least one role ('roles'): {string.Join(", ", Auth.Roles.All)}.");
        }
        foreach (var role in (Roles ?? []).Where(r => !Auth.Roles.All.Contains(r)))
        {
            v.Add("roles", $"'{role}' is not a role. Roles are: {string.Join(", ", Auth.Roles.All)}.");
        }
        return v;
    }
}

public static class UsersApi
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Admin);

        group.MapPost("/", Create).AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Create a user").WithDescription("Roles: handler, complaintsOfficer, seniorLead, governance, admin.")
            .Accepts<CreateUserBody>("application/json").Produces<UserView>(201).ProducesValidationProblem().ProducesProblem(422);
        group.MapGet("/", async (UserAdministration users, CancellationToken ct) => TypedResults.Ok(await users.ListAsync(ct)))
            .WithSummary("List users").Produces<IReadOnlyList<UserView>>();
        group.MapGet("/{id:guid}", async (Guid id, UserAdministration users, CancellationToken ct) =>
                await users.GetAsync(id, ct) is { } user ? TypedResults.Ok(user) : Problems.NotFound("There is no user with that id."))
            .WithSummary("Read a user").Produces<UserView>().ProducesProblem(404);
        group.MapPost("/{id:guid}/api-keys", async (Guid id, UserAdministration users, ClaimsPrincipal user, CancellationToken ct) =>
                Problems.From(await users.IssueKeyAsync(id, Actor.From(user), ct: ct), k => TypedResults.Created($"/api/v1/users/{id}/api-keys/{k.Id}", k)))
            .AddEndpointFilter<IdempotencyFilter>()
            .WithSummary("Issue an API key").WithDescription("The key is shown once; only its hash is stored.")
            .Produces<NewApiKey>(201).ProducesProblem(404);
        group.MapGet("/{id:guid}/api-keys", async (Guid id, UserAdministration users, CancellationToken ct) => TypedResults.Ok(await users.KeysAsync(id, ct)))
            .WithSummary("List a user's API keys (without the keys)").Produces<IReadOnlyList<ApiKeySummary>>();
        group.MapDelete("/{id:guid}/api-keys/{keyId:guid}", async (Guid id, Guid keyId, UserAdministration users, ClaimsPrincipal user, CancellationToken ct) =>
                Problems.From(await users.RevokeKeyAsync(id, keyId, Actor.From(user), ct), k => TypedResults.Ok(k)))
            .WithSummary("Revoke an API key").Produces<ApiKeySummary>().ProducesProblem(404);
    }

    private static async Task<IResult> Create(HttpRequest request, UserAdministration users, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<CreateUserBody>(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var validation = body!.Validate();
        if (!validation.IsValid)
        {
            return validation.Problem();
        }
        var outcome = await users.CreateAsync(body.Name!, body.Email!, body.Roles!.Distinct().ToList(), Actor.From(user), ct);
        return Problems.From(outcome, u => TypedResults.Created($"/api/v1/users/{u.Id}", u));
    }
}
