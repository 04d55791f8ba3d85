using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Api;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs: the same key with the same body replays the first
/// response and creates nothing; the same key with another body is 409. The key is reserved before
/// the operation runs, so two concurrent retries cannot both create. Failed attempts free the key.
/// </summary>
public sealed class IdempotencyFilter(IServiceScopeFactory scopes, TimeProvider clock) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        string? key = http.Request.Headers[Header];
        if (string.IsNullOrWhiteSpace(key))
        {
            return await next(context);
        }
        if (key.Length > 200)
        {
            return Problems.Invalid(Header, "The Idempotency-Key header must be 200 characters or fewer.");
        }
        var userId = Guid.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var hash = await HashAsync(http.Request);

        var (reserved, existing) = await ReserveAsync(userId, key, hash, http.RequestAborted);
        if (!reserved)
        {
            return Replay(existing!, hash);
        }

        var result = await next(context);
        return await CaptureAsync(http, result, existing!.Id);
    }

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(request.Method + " " + request.Path + "\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private async Task<(bool Reserved, IdempotencyRecord? Record)> ReserveAsync(Guid userId, string key, string hash, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RedressDbContext>();
        var found = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);
        if (found is not null)
        {
            return (false, found);
        }
        var record = new IdempotencyRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), UserId = userId, Key = key, RequestHash = hash, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
            return (true, record);
        }
        catch (DbUpdateException)
        {
            // Another request took the key first.
            db.ChangeTracker.Clear();
            return (false, await db.IdempotencyRecords.AsNoTracking().FirstAsync(r => r.UserId == userId && r.Key == key, ct));
        }
    }

    private static IResult Replay(IdempotencyRecord record, string hash)
    {
        if (record.RequestHash != hash)
        {
            return Problems.Conflict("idempotency-key-reused", "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
        }
        if (record.StatusCode is null)
        {
            return Problems.Conflict("idempotency-key-in-progress", "A request with this Idempotency-Key is still being processed. Retry shortly.");
        }
        return new ReplayResult(record);
    }

    private async Task<object?> CaptureAsync(HttpContext http, object? result, Guid recordId)
    {
        if (result is not IResult executable)
        {
            return result;
        }
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await executable.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        var bytes = buffer.ToArray();

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RedressDbContext>();
        var record = await db.IdempotencyRecords.FirstAsync(r => r.Id == recordId);
        if (http.Response.StatusCode is >= 200 and < 300)
        {
            record.StatusCode = http.Response.StatusCode;
            record.Location = http.Response.Headers.Location;
            record.ResponseBody = Encoding.UTF8.GetString(bytes);
        }
        else
        {
            db.IdempotencyRecords.Remove(record);
        }
        await db.SaveChangesAsync();

        await original.WriteAsync(bytes);
        return Results.Empty;
    }

    private sealed class ReplayResult(IdempotencyRecord record) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = record.StatusCode!.Value;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (!string.IsNullOrEmpty(record.Location))
            {
                httpContext.Response.Headers.Location = record.Location;
            }
            return httpContext.Response.WriteAsync(record.ResponseBody ?? "");
        }
    }
}
