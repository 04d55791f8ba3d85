using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Data;

namespace Redress.Web.Settings;

/// <summary>
/// Reads the landlord's settings row. The settings are kept in memory and their stored version re-read at
/// most every few seconds, so a change saved by another instance is seen soon; a change saved here is seen at once.
/// </summary>
public sealed class SettingsStore(TimeProvider clock)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(3);

    private sealed record Cached(StoredSettings Stored, DateTimeOffset CheckedAt);

    private volatile Cached? _cached;

    public async Task<LandlordSettings> GetAsync(RedressDbContext db, CancellationToken ct = default) =>
        (await GetStoredAsync(db, ct)).Settings;

    /// <summary>The settings with the version they were saved as (their ETag).</summary>
    public async Task<StoredSettings> GetStoredAsync(RedressDbContext db, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var cached = _cached;
        if (cached is not null && now - cached.CheckedAt < RecheckAfter)
        {
            return cached.Stored;
        }
        var version = await db.Settings.AsNoTracking().Where(s => s.Id == 1).Select(s => (int?)s.Version).FirstOrDefaultAsync(ct);
        if (cached is not null && cached.Stored.Version == (version ?? 0))
        {
            _cached = cached with { CheckedAt = now };
            return cached.Stored;
        }
        var row = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, ct);
        var stored = row is null
            ? new StoredSettings(new LandlordSettings(), 0)
            : new StoredSettings(JsonSerializer.Deserialize<LandlordSettings>(row.Json, JsonOptions) ?? new(), row.Version);
        _cached = new Cached(stored, now);
        return stored;
    }

    public void Invalidate() => _cached = null;

    public static string Serialize(LandlordSettings settings) => JsonSerializer.Serialize(settings, JsonOptions);
}

/// <summary>The landlord's settings as saved, and the version they were saved as.</summary>
public sealed record StoredSettings(LandlordSettings Settings, int Version)
{
    public string ETag => Complaints.ETags.For(Version);
}
