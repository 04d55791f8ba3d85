using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Data;

namespace Redress.Web.Settings;

/// <summary>Reads the landlord's settings row, cached until a change is saved through this store.</summary>
public sealed class SettingsStore
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private volatile LandlordSettings? _cached;

    public async Task<LandlordSettings> GetAsync(RedressDbContext db, CancellationToken ct = default)
    {
        if (_cached is { } cached)
        {
            return cached;
        }
        var row = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, ct);
        var settings = row is null ? new LandlordSettings() : JsonSerializer.Deserialize<LandlordSettings>(row.Json, JsonOptions) ?? new();
        _cached = settings;
        return settings;
    }

    public void Invalidate() => _cached = null;

    public static string Serialize(LandlordSettings settings) => JsonSerializer.Serialize(settings, JsonOptions);
}
