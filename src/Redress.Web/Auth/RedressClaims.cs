using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Redress.Web.Data.Entities;

namespace Redress.Web.Auth;

/// <summary>Puts the person's name, not their email, in the sign-in cookie: the audit trail and pages name people.</summary>
public sealed class RedressClaims(UserManager<RedressUser> users, RoleManager<RedressRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<RedressUser, RedressRole>(users, roles, options)
{
    public const string DisplayName = "redress:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RedressUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.Name));
        return identity;
    }
}
