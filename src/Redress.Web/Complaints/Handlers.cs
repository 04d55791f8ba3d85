using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Web.Data;

namespace Redress.Web.Complaints;

public sealed record HandlerOption(Guid Id, string Name);

/// <summary>The people who can be given a complaint: users whose role is handling complaints (<see cref="ComplaintHolders"/>).</summary>
public sealed class Handlers(RedressDbContext db)
{
    private static readonly string[] HolderRoles = [.. ComplaintHolders.Roles];

    public async Task<IReadOnlyList<HandlerOption>> AllAsync(CancellationToken ct = default) =>
        await (from u in db.Users.AsNoTracking()
               where !u.IsBuiltIn && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && HolderRoles.Contains(r.Name!)))
               orderby u.Name
               select new HandlerOption(u.Id, u.Name)).ToListAsync(ct);
}
