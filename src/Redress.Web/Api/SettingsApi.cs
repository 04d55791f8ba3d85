using Redress.Domain.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Calendar;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Settings;

namespace Redress.Web.Api;

public sealed record HomesBody(int? Lcra, int? Lcho);

public sealed record LogoView(string ContentType, int Width, int Height, int Bytes, int Version);


public static class SettingsApi
{
    public static void MapSettings(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/settings").WithTags("Settings");

        group.MapGet("/", async (HttpContext http, SettingsAdministration settings, CancellationToken ct) => WithETag(http, await settings.ReadAsync(ct)))
            .RequireAuthorization(Policies.Read).WithSummary("The landlord's settings")
            .WithDescription("The response carries an ETag; send it back in If-Match when you change the settings.").Produces<LandlordSettings>();
        group.MapPut("/", Put).RequireAuthorization(Policies.Admin)
            .WithSummary("Change the landlord's settings")
            .WithDescription("Members you send replace the ones held; members you leave out keep their values; null clears an optional one. " +
                "Send the ETag in If-Match: a stale one is 409. Changing the division or whether closure days count raises the calendar version.")
            .Accepts<LandlordSettings>("application/json").Produces<LandlordSettings>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/logo", async (HttpContext http, LogoStore logos, CancellationToken ct) =>
            {
                if (await logos.GetAsync(ct) is not { } logo)
                {
                    return Problems.NotFound("No logo has been uploaded.");
                }
                http.Response.Headers.ETag = ETags.For(logo.Version);
                return TypedResults.Ok(new LogoView(logo.ContentType, logo.Width, logo.Height, logo.Content.Length, logo.Version));
            })
            .RequireAuthorization(Policies.Read).WithSummary("About the landlord's logo").WithDescription($"The image itself is at {Pages.Paths.LandlordLogo}.")
            .Produces<LogoView>().ProducesProblem(404);
        group.MapPut("/logo", PutLogo).RequireAuthorization(Policies.Admin)
            .WithSummary("Upload or replace the landlord's logo")
            .WithDescription($"The body is the image, image/png or image/jpeg, smaller than {LogoImage.MaxBytes / 1024} KB. Send the ETag in If-Match (\"0\" while there is none): a stale one is 409.")
            .Accepts<byte[]>("image/png", "image/jpeg").Produces<LogoView>().ProducesValidationProblem().ProducesProblem(409).ProducesProblem(415);
        group.MapDelete("/logo", async (HttpContext http, LogoStore logos, ClaimsPrincipal user, CancellationToken ct) =>
                Problems.From(await logos.RemoveAsync(http.Request.Headers.IfMatch, Actor.From(user), ct), _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Admin).WithSummary("Remove the landlord's logo").Produces(204).ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/homes", async (HomesStore homes, CancellationToken ct) => TypedResults.Ok(await homes.ListAsync(ct)))
            .RequireAuthorization(Policies.Read).WithSummary("Homes owned, per reporting year").Produces<IReadOnlyList<HomesView>>();
        group.MapPut("/homes/{year:int}", PutHomes).RequireAuthorization(Policies.Figures)
            .WithSummary("Set the homes owned in a reporting year, by tenure (the CH01 denominator)")
            .WithDescription("Send the year's version as If-Match (\"0\" for a year not yet set): a stale one is 409.")
            .Accepts<HomesBody>("application/json").Produces<HomesView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The landlord's logo for pages and letters, to anyone: 404 while there is none.</summary>
    public static void MapLandlordLogo(this IEndpointRouteBuilder app) =>
        app.MapGet(Pages.Paths.LandlordLogo, async (HttpContext http, LogoStore logos, CancellationToken ct) =>
        {
            if (await logos.GetAsync(ct) is not { } logo)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(logo.Content, logo.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(ETags.For(logo.Version)));
        }).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> PutLogo(HttpContext http, LogoStore logos, ClaimsPrincipal user, CancellationToken ct)
    {
        var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("image/png" or "image/jpeg"))
        {
            return Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Send a PNG or JPEG image",
                "The request body must be the logo itself, with Content-Type: image/png or image/jpeg.");
        }
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var (image, error) = LogoImage.Read(buffer.ToArray());
        if (error is not null)
        {
            return Problems.Invalid("logo", error.Message + ".");
        }
        var outcome = await logos.ReplaceAsync(http.Request.Headers.IfMatch, image!, Actor.From(user), ct);
        return Problems.From(outcome, logo =>
        {
            http.Response.Headers.ETag = ETags.For(logo.Version);
            return TypedResults.Ok(new LogoView(logo.ContentType, logo.Width, logo.Height, logo.Content.Length, logo.Version));
        });
    }

    private static async Task<IResult> Put(HttpContext http, SettingsAdministration settings, ClaimsPrincipal user, CancellationToken ct)
    {
        var current = await settings.ReadAsync(ct);
        var (body, problem) = await ApiJson.MergeAsync(http.Request, current.Settings, ct);
        if (problem is not null)
        {
            return problem;
        }
        var outcome = await settings.ChangeAsync(http.Request.Headers.IfMatch, _ => body!, Actor.From(user), ct);
        return Problems.From(outcome, saved => WithETag(http, saved));
    }

    private static IResult WithETag(HttpContext http, StoredSettings stored)
    {
        http.Response.Headers.ETag = stored.ETag;
        return TypedResults.Ok(stored.Settings);
    }

    private static async Task<IResult> PutHomes(int year, HttpContext http, HomesStore homes, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<HomesBody>(http.Request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var outcome = await homes.SetAsync(year, body!.Lcra, body.Lcho, http.Request.Headers.IfMatch, Actor.From(user), ct);
        return Problems.From(outcome, view =>
        {
            http.Response.Headers.ETag = view.ETag;
            return TypedResults.Ok(view);
        });
    }
}
