using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Redress.Web.Data;

namespace Redress.Web.Auth;

/// <summary>
/// <c>Authorization: Bearer &lt;api key&gt;</c>. The key's SHA-256 finds the key, its user and roles.
/// A found principal is cached briefly; revoking a key removes it from the cache.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    RedressDbContext db,
    IMemoryCache cache,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static string CacheKey(string hash) => "apikey:" + hash;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return AuthenticateResult.Fail("The Authorization header must be 'Bearer <api key>'.");
        }

        var hash = ApiKeys.Hash(header[7..].Trim());
        if (!cache.TryGetValue(CacheKey(hash), out ClaimsPrincipal? principal))
        {
            principal = await FindAsync(hash);
            if (principal is null)
            {
                return AuthenticateResult.Fail("The API key is not known or has been revoked.");
            }
            cache.Set(CacheKey(hash), principal, CacheFor);
        }
        return AuthenticateResult.Success(new AuthenticationTicket(principal!, SchemeName));
    }

    private async Task<ClaimsPrincipal?> FindAsync(string hash)
    {
        var now = clock.GetUtcNow();
        var user = await (from k in db.ApiKeys
                          join u in db.Users on k.UserId equals u.Id
                          where k.Hash == hash && k.RevokedAtUtc == null
                          select new { u.Id, u.Name, u.Email, u.LockoutEnd }).FirstOrDefaultAsync(Context.RequestAborted);
        if (user is null || user.LockoutEnd > now)
        {
            return null;
        }
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r.Name).ToListAsync(Context.RequestAborted);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.Name),
        };
        claims.AddRange(roles.Where(r => r is not null).Select(r => new Claim(ClaimTypes.Role, r!)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblem(StatusCodes.Status401Unauthorized, "unauthenticated", "Authentication required",
            "Send an API key as 'Authorization: Bearer <key>'. The key given, if any, is not known or has been revoked.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, "forbidden", "Not allowed",
            "Your roles do not allow this action.");

    private Task WriteProblem(int status, string code, string title, string detail)
    {
        Response.StatusCode = status;
        Response.ContentType = "application/problem+json";
        return Response.WriteAsync(JsonSerializer.Serialize(new { type = $"https://redress.invalid/problems/{code}", title, status, detail, code }));
    }
}
