using Microsoft.EntityFrameworkCore;
using Redress.Web.Audit;
using Redress.Web.Calendar;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Data;

namespace Redress.Web.Settings;

/// <summary>
/// Changes the landlord's settings: the change is made to the settings as last read (so what it leaves out
/// keeps its value), checked as a whole, refused if the settings changed since the caller read them, and
/// saved with its audit event in one save (one transaction). Changing the division or whether closure days count
/// raises the calendar version.
/// </summary>
public sealed class SettingsAdministration(RedressDbContext db, SettingsStore store, CalendarAdministration calendar, CalendarService calendars, AuditTrail audit)
{
    public Task<StoredSettings> ReadAsync(CancellationToken ct = default)
    {
        store.Invalidate();
        return store.GetStoredAsync(db, ct);
    }

    /// <summary>The change applied to the saved settings, without saving: its problems, if any.</summary>
    public async Task<IReadOnlyList<Redress.Domain.Common.DomainError>> TryAsync(Func<LandlordSettings, LandlordSettings> change, CancellationToken ct = default) =>
        change((await ReadAsync(ct)).Settings).Problems();

    public async Task<Outcome<StoredSettings>> ChangeAsync(string? ifMatch, Func<LandlordSettings, LandlordSettings> change, Actor actor, CancellationToken ct = default)
    {
        var row = await db.Settings.SingleAsync(s => s.Id == 1, ct);
        if (!ETags.Matches(ifMatch, row.Version))
        {
            return Outcome<StoredSettings>.Stale("The settings were changed by someone else since you read them. Read them again and make your change to the new version.");
        }
        var before = System.Text.Json.JsonSerializer.Deserialize<LandlordSettings>(row.Json, SettingsStore.JsonOptions) ?? new();
        var after = change(before);
        var problems = after.Problems();
        if (problems.Count > 0)
        {
            return new Outcome<StoredSettings>(OutcomeKind.Invalid, Error: problems[0],
                Errors: problems.GroupBy(p => p.Field!).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        if (after == before)
        {
            return Outcome<StoredSettings>.Ok(new StoredSettings(before, row.Version));
        }
        row.Json = SettingsStore.Serialize(after);
        row.Version++;
        if (before.Division != after.Division || before.ClosuresAreNonWorking != after.ClosuresAreNonWorking)
        {
            await calendar.NextVersionAsync(ct);
        }
        db.AuditEvents.Add(audit.Record(actor, "settings.changed", "settings", "1", null, AuditTrail.Snapshot(before), AuditTrail.Snapshot(after)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<StoredSettings>.Stale("The settings were changed by someone else at the same moment. Read them again and make your change to the new version.");
        }
        store.Invalidate();
        calendars.Invalidate();
        return Outcome<StoredSettings>.Ok(new StoredSettings(after, row.Version));
    }
}
