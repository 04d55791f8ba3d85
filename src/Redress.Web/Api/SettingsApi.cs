using Redress.Domain.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Calendar;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Settings;

namespace Redress.Web.Api;

public sealed record HomesBody(int? Lcra, int? Lcho);

public sealed record HomesView(int Year, int Lcra, int Lcho, int Homes);

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
        group.MapGet("/homes", async (RedressDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.HomesYears.AsNoTracking().OrderBy(h => h.Year).Select(h => new HomesView(h.Year, h.Lcra, h.Lcho, h.Lcra + h.Lcho)).ToListAsync(ct)))
            .RequireAuthorization(Policies.Read).WithSummary("Homes owned, per reporting year").Produces<IReadOnlyList<HomesView>>();
        group.MapPut("/homes/{year:int}", PutHomes).RequireAuthorization(Policies.Figures)
            .WithSummary("Set the homes owned in a reporting year, by tenure (the CH01 denominator)")
            .Accepts<HomesBody>("application/json").Produces<HomesView>().ProducesValidationProblem();
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

    private static async Task<IResult> PutHomes(int year, HttpRequest request, RedressDbContext db, AuditTrail audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<HomesBody>(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var v = new Validator();
        v.Range("year", year, 2000, 2100, "the reporting year");
        if (v.Required("lcra", body!.Lcra, "the number of low-cost rental homes"))
        {
            v.Range("lcra", body.Lcra, 0, 10_000_000, "the number of homes");
        }
        if (v.Required("lcho", body.Lcho, "the number of low-cost home ownership homes"))
        {
            v.Range("lcho", body.Lcho, 0, 10_000_000, "the number of homes");
        }
        if (!v.IsValid)
        {
            return v.Problem();
        }
        var row = await db.HomesYears.FirstOrDefaultAsync(h => h.Year == year, ct);
        var before = row is null ? null : new HomesView(row.Year, row.Lcra, row.Lcho, row.Lcra + row.Lcho);
        if (row is null)
        {
            row = new HomesYear { Year = year };
            db.HomesYears.Add(row);
        }
        row.Lcra = body.Lcra!.Value;
        row.Lcho = body.Lcho!.Value;
        var view = new HomesView(year, row.Lcra, row.Lcho, row.Lcra + row.Lcho);
        db.AuditEvents.Add(audit.Record(Actor.From(user), "homes.set", "homes", year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, AuditTrail.Snapshot(before), AuditTrail.Snapshot(view)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(view);
    }
}
