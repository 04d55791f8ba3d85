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

        group.MapGet("/", async (RedressDbContext db, SettingsStore store, CancellationToken ct) => TypedResults.Ok(await store.GetAsync(db, ct)))
            .RequireAuthorization(Policies.Read).WithSummary("The landlord's settings").Produces<LandlordSettings>();
        group.MapPut("/", Put).RequireAuthorization(Policies.Admin)
            .WithSummary("Replace the landlord's settings")
            .WithDescription("Changing the division or whether closure days count raises the calendar version.")
            .Accepts<LandlordSettings>("application/json").Produces<LandlordSettings>().ProducesValidationProblem();
        group.MapGet("/homes", async (RedressDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.HomesYears.AsNoTracking().OrderBy(h => h.Year).Select(h => new HomesView(h.Year, h.Lcra, h.Lcho, h.Lcra + h.Lcho)).ToListAsync(ct)))
            .RequireAuthorization(Policies.Read).WithSummary("Homes owned, per reporting year").Produces<IReadOnlyList<HomesView>>();
        group.MapPut("/homes/{year:int}", PutHomes).RequireAuthorization(Policies.Figures)
            .WithSummary("Set the homes owned in a reporting year, by tenure (the CH01 denominator)")
            .Accepts<HomesBody>("application/json").Produces<HomesView>().ProducesValidationProblem();
    }

    private static async Task<IResult> Put(HttpRequest request, RedressDbContext db, SettingsStore store, CalendarAdministration calendar, CalendarService calendars, AuditTrail audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<LandlordSettings>(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var v = new Validator();
        v.Text("landlordName", body!.LandlordName, "the landlord's name", Limits.Name);
        v.Text("stage1EscalationRoute", body.Stage1EscalationRoute, "how to escalate to stage 2", Limits.Note);
        v.Text("stage2EscalationRoute", body.Stage2EscalationRoute, "how to go to the Ombudsman", Limits.Note);
        if (v.Required("ombudsman", body.Ombudsman, "the Ombudsman's contact details"))
        {
            v.Text("ombudsman.name", body.Ombudsman.Name, "the Ombudsman's name", Limits.Name);
            v.Text("ombudsman.telephone", body.Ombudsman.Telephone, "the Ombudsman's telephone number", 40);
            v.Text("ombudsman.onlineForm", body.Ombudsman.OnlineForm, "the Ombudsman's online form address", 500);
            v.Text("ombudsman.address", body.Ombudsman.Address, "the Ombudsman's postal address", 500);
        }
        v.Range("reminderWorkingDaysBefore", body.ReminderWorkingDaysBefore, 0, 10, "the working days before a deadline to remind its handler");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var row = await db.Settings.SingleAsync(s => s.Id == 1, ct);
        var before = await store.GetAsync(db, ct);
        row.Json = SettingsStore.Serialize(body);
        row.Version++;
        if (before.Division != body.Division || before.ClosuresAreNonWorking != body.ClosuresAreNonWorking)
        {
            await calendar.NextVersionAsync(ct);
        }
        db.AuditEvents.Add(audit.Record(Actor.From(user), "settings.changed", "settings", "1", null, AuditTrail.Snapshot(before), AuditTrail.Snapshot(body)));
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        calendars.Invalidate();
        return TypedResults.Ok(body);
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
