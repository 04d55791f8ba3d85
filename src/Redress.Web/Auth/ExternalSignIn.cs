using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Redress.Web.Audit;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Auth;

/// <summary>
/// Optional sign-in with an organisation's identity provider by OpenID Connect (Microsoft Entra ID or any
/// other), set by Authentication:Oidc:Authority, ClientId and ClientSecret. Only people an administrator
/// has added can sign in: the first time, the account is matched by its email and the external login is
/// linked to it; after that by the login. Roles stay in Redress.
/// </summary>
public sealed class ExternalSignIn(UserManager<RedressUser> users, RedressDbContext db, AuditTrail audit, ILogger<ExternalSignIn> logger)
{
    public const string Scheme = "oidc";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Authentication:Oidc:Authority"]);

    public static string DisplayName(IConfiguration configuration) => configuration["Authentication:Oidc:DisplayName"] is { Length: > 0 } name ? name : "your organisation's account";

    public static void Add(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return;
        }
        authentication.AddOpenIdConnect(Scheme, DisplayName(configuration), o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = configuration["Authentication:Oidc:Authority"];
            o.ClientId = configuration["Authentication:Oidc:ClientId"];
            o.ClientSecret = configuration["Authentication:Oidc:ClientSecret"];
            o.ResponseType = "code";
            o.UsePkce = true;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" })
            {
                o.Scope.Add(scope);
            }
            o.CallbackPath = configuration["Authentication:Oidc:CallbackPath"] is { Length: > 0 } path ? path : "/signin-oidc";
        });
    }

    /// <summary>The Redress user an external login belongs to, linking it on first use by email; null when there is none or they are locked.</summary>
    public async Task<RedressUser?> FindAsync(string provider, string key, ClaimsPrincipal external, CancellationToken ct)
    {
        var user = await users.FindByLoginAsync(provider, key);
        if (user is null)
        {
            var email = external.FindFirstValue("email") ?? external.FindFirstValue(ClaimTypes.Email) ?? external.FindFirstValue("preferred_username");
            user = email is null ? null : await users.FindByEmailAsync(email);
            if (user is null || user.IsBuiltIn)
            {
                logger.LogWarning("External sign-in by {Email} refused: no Redress account has that email", email);
                return null;
            }
            var linked = await users.AddLoginAsync(user, new UserLoginInfo(provider, key, provider));
            if (!linked.Succeeded)
            {
                return null;
            }
            db.AuditEvents.Add(audit.Record(new Actor(ActorKind.User, user.Id, user.Name), "user.external-login-linked", "user", user.Id.ToString(), null, null,
                AuditTrail.Snapshot(new { provider })));
            await db.SaveChangesAsync(ct);
        }
        return await users.IsLockedOutAsync(user) ? null : user;
    }
}
