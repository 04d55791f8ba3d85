using System.Security.Claims;
using Redress.Web.Data.Entities;

namespace Redress.Web.Audit;

/// <summary>Who did something: a staff user (through the API or a page), the system, or later a resident.</summary>
public sealed record Actor(ActorKind Kind, Guid? Id, string Name)
{
    public static readonly Actor System = new(ActorKind.System, null, "Redress");

    public static Actor From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return new Actor(
            ActorKind.User,
            Guid.TryParse(id, out var guid) ? guid : null,
            principal.FindFirstValue(Auth.RedressClaims.DisplayName) ?? principal.FindFirstValue(ClaimTypes.Name) ?? "unknown");
    }
}
