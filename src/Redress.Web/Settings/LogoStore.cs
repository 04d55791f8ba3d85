using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Common;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Settings;

/// <summary>A logo as read from its bytes: PNG or JPEG, and its size in pixels.</summary>
public sealed record LogoImage(string ContentType, byte[] Content, int Width, int Height)
{
    public const int MaxBytes = 512 * 1024;
    public const int MaxPixels = 4000;

    /// <summary>The image in <paramref name="content"/>, or why it cannot be a logo.</summary>
    public static Result<LogoImage> Read(byte[] content)
    {
        if (content.Length == 0)
        {
            return Refuse("Select a logo to upload");
        }
        if (content.Length > MaxBytes)
        {
            return Refuse($"The logo must be smaller than {MaxBytes / 1024} KB (this one is {content.Length / 1024:N0} KB)");
        }
        var size = Png(content) is { } png ? ("image/png", png) : Jpeg(content) is { } jpeg ? ("image/jpeg", jpeg) : default;
        if (size == default)
        {
            return Refuse("The logo must be a PNG or JPEG image");
        }
        var (type, (width, height)) = size;
        if (width is < 1 or > MaxPixels || height is < 1 or > MaxPixels)
        {
            return Refuse($"The logo must be at most {MaxPixels} pixels wide and high");
        }
        return new LogoImage(type, content, width, height);
    }

    private static Result<LogoImage> Refuse(string message) => new DomainError("invalid-input", message, "logo");

    private static (int, int)? Png(byte[] b)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 24 || !b.AsSpan(0, 8).SequenceEqual(signature) || !b.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20)));
    }

    /// <summary>Walks the JPEG's segments to its start-of-frame, which holds the size.</summary>
    private static (int, int)? Jpeg(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }
            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF && marker is not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)));
            }
            i += 2 + length;
        }
        return null;
    }
}

/// <summary>Keeps the landlord's logo: replaced or removed as one save with its audit event.</summary>
public sealed class LogoStore(RedressDbContext db, AuditTrail audit, TimeProvider clock)
{
    public Task<LandlordLogo?> GetAsync(CancellationToken ct = default) =>
        db.LandlordLogos.AsNoTracking().FirstOrDefaultAsync(l => l.Id == 1, ct);

    /// <summary>The version of the logo for If-Match: 0 while there is none.</summary>
    public async Task<int> VersionAsync(CancellationToken ct = default) =>
        await db.LandlordLogos.AsNoTracking().Where(l => l.Id == 1).Select(l => (int?)l.Version).FirstOrDefaultAsync(ct) ?? 0;

    public async Task<Outcome<LandlordLogo>> ReplaceAsync(string? ifMatch, LogoImage image, Actor actor, CancellationToken ct = default)
    {
        var row = await db.LandlordLogos.FirstOrDefaultAsync(l => l.Id == 1, ct);
        if (!ETags.Matches(ifMatch, row?.Version ?? 0))
        {
            return Outcome<LandlordLogo>.Stale("Someone else changed the logo since you read it. Look at it again, then make your change.");
        }
        var before = row is null ? null : new { row.ContentType, row.Width, row.Height, row.Version };
        if (row is null)
        {
            row = new LandlordLogo();
            db.LandlordLogos.Add(row);
        }
        row.ContentType = image.ContentType;
        row.Content = image.Content;
        row.Width = image.Width;
        row.Height = image.Height;
        row.Version++;
        row.ChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditEvents.Add(audit.Record(actor, "settings.logo-changed", "settings", "logo", null, AuditTrail.Snapshot(before),
            AuditTrail.Snapshot(new { row.ContentType, row.Width, row.Height, row.Version, bytes = row.Content.Length })));
        return await SaveAsync(row, ct);
    }

    public async Task<Outcome<LandlordLogo>> RemoveAsync(string? ifMatch, Actor actor, CancellationToken ct = default)
    {
        var row = await db.LandlordLogos.FirstOrDefaultAsync(l => l.Id == 1, ct);
        if (row is null)
        {
            return Outcome<LandlordLogo>.NotFound("There is no logo to remove.");
        }
        if (!ETags.Matches(ifMatch, row.Version))
        {
            return Outcome<LandlordLogo>.Stale("Someone else changed the logo since you read it. Look at it again, then make your change.");
        }
        db.LandlordLogos.Remove(row);
        db.AuditEvents.Add(audit.Record(actor, "settings.logo-removed", "settings", "logo", null,
            AuditTrail.Snapshot(new { row.ContentType, row.Width, row.Height, row.Version }), null));
        return await SaveAsync(row, ct);
    }

    private async Task<Outcome<LandlordLogo>> SaveAsync(LandlordLogo row, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome<LandlordLogo>.Stale("Someone else changed the logo at the same moment. Look at it again, then make your change.");
        }
        return Outcome<LandlordLogo>.Ok(row);
    }
}
