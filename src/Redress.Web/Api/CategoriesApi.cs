using System.Security.Claims;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Categories;
using Redress.Web.Common;
using Redress.Web.Data;

namespace Redress.Web.Api;

public sealed record NewCategoryBody(string? Name);

/// <summary>A change to a category: members left out keep their values.</summary>
public sealed record CategoryChangeBody(string? Name, bool? Retired);

public static class CategoriesApi
{
    public static void MapCategories(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/categories").WithTags("Categories");
        group.MapGet("/", async (bool? includeRetired, CategoryCatalogue catalogue, RedressDbContext db, CancellationToken ct) =>
                TypedResults.Ok(includeRetired == true ? await catalogue.AllAsync(db, ct) : await catalogue.ActiveAsync(db, ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("The categories of complaints and service requests")
            .WithDescription("A complaint's or service request's category is one of these keys. Retired ones are left out unless includeRetired=true.")
            .Produces<IReadOnlyList<CategoryView>>();
        group.MapPost("/", Add).RequireAuthorization(Policies.Admin)
            .WithSummary("Add a category").WithDescription("Names are unique regardless of case. The key is made from the name and never changes.")
            .Accepts<NewCategoryBody>("application/json").Produces<CategoryView>(201).ProducesValidationProblem();
        group.MapPut("/{key}", Change).RequireAuthorization(Policies.Admin)
            .WithSummary("Rename, retire or restore a category")
            .WithDescription("Members left out keep their values. A retired category stays on the complaints that have it but is refused for new ones. Send the category's ETag in If-Match: a stale one is 409.")
            .Accepts<CategoryChangeBody>("application/json").Produces<CategoryView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IResult> Add(HttpContext http, CategoryAdministration categories, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<NewCategoryBody>(http.Request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var outcome = await categories.AddAsync(body!.Name, Actor.From(user), ct);
        return Problems.From(outcome, c =>
        {
            http.Response.Headers.ETag = c.ETag;
            return TypedResults.Created($"/api/v1/categories/{Uri.EscapeDataString(c.Key)}", c);
        });
    }

    private static async Task<IResult> Change(string key, HttpContext http, CategoryAdministration categories, CategoryCatalogue catalogue, RedressDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        catalogue.Invalidate();
        var current = (await catalogue.AllAsync(db, ct)).FirstOrDefault(c => c.Key == key);
        if (current is null)
        {
            return Problems.NotFound($"There is no category '{key}'.");
        }
        var (body, problem) = await ApiJson.MergeAsync(http.Request, new CategoryChangeBody(current.Name, current.Retired), ct);
        if (problem is not null)
        {
            return problem;
        }
        var outcome = await categories.UpdateAsync(key, body!.Name, body.Retired, http.Request.Headers.IfMatch, Actor.From(user), ct);
        return Problems.From(outcome, c =>
        {
            http.Response.Headers.ETag = c.ETag;
            return TypedResults.Ok(c);
        });
    }
}
