using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Redress.Domain.Common;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Auth;

public sealed record UserView(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, DateTime CreatedAt)
{
    /// <summary>Locked by an administrator, or for a while after too many failed sign-ins.</summary>
    public bool Locked { get; init; }

    /// <summary>No password yet: they have not used their invitation.</summary>
    public bool Invited { get; init; }
}

public sealed record NewApiKey(Guid Id, string Key, string Hint, DateTime CreatedAt);

public sealed record ApiKeySummary(Guid Id, string Hint, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>Users (ASP.NET Core Identity) and their API keys; every change is audited.</summary>
public sealed class UserAdministration(
    RedressDbContext db,
    UserManager<RedressUser> users,
    AuditTrail audit,
    IMemoryCache cache,
    TimeProvider clock)
{
    public const string BuiltInAdminEmail = "administrator@redress.invalid";

    public async Task<Outcome<UserView>> CreateAsync(string name, string email, IReadOnlyList<string> roles, Actor actor, CancellationToken ct = default)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Outcome<UserView>.Refused(new DomainError("email-taken", $"A user with the email {email} already exists.", "email"));
        }
        var user = new RedressUser
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Name = name.Trim(),
            Email = email.Trim(),
            UserName = email.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Outcome<UserView>.Invalid("email", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRolesAsync(user, roles);
        var view = new UserView(user.Id, user.Name, user.Email!, roles, user.CreatedAtUtc);
        db.AuditEvents.Add(audit.Record(actor, "user.created", "user", user.Id.ToString(), null, null, AuditTrail.Snapshot(view)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<UserView>.Created(view);
    }

    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken ct = default)
    {
        var list = await db.Users.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        var roles = await RolesByUserAsync(ct);
        return [.. list.Select(u => ToView(u, roles))];
    }

    public async Task<UserView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is null ? null : ToView(user, await RolesByUserAsync(ct, id));
    }

    public async Task<Outcome<NewApiKey>> IssueKeyAsync(Guid userId, Actor actor, string? presetKey = null, CancellationToken ct = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return Outcome<NewApiKey>.NotFound("There is no user with that id.");
        }
        var key = presetKey ?? ApiKeys.Generate();
        var row = new ApiKey
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserId = userId,
            Hash = ApiKeys.Hash(key),
            Hint = ApiKeys.Hint(key),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(row);
        db.AuditEvents.Add(audit.Record(actor, "api-key.issued", "user", userId.ToString(), null, null,
            AuditTrail.Snapshot(new { keyId = row.Id, row.Hint })));
        await db.SaveChangesAsync(ct);
        return Outcome<NewApiKey>.Created(new NewApiKey(row.Id, key, row.Hint, row.CreatedAtUtc));
    }

    public async Task<IReadOnlyList<ApiKeySummary>> KeysAsync(Guid userId, CancellationToken ct = default) =>
        await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).OrderBy(k => k.CreatedAtUtc)
            .Select(k => new ApiKeySummary(k.Id, k.Hint, k.CreatedAtUtc, k.RevokedAtUtc)).ToListAsync(ct);

    public async Task<Outcome<ApiKeySummary>> RevokeKeyAsync(Guid userId, Guid keyId, Actor actor, CancellationToken ct = default)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.UserId == userId, ct);
        if (key is null)
        {
            return Outcome<ApiKeySummary>.NotFound("That user has no API key with that id.");
        }
        key.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        db.AuditEvents.Add(audit.Record(actor, "api-key.revoked", "user", userId.ToString(), null, null, AuditTrail.Snapshot(new { keyId })));
        await db.SaveChangesAsync(ct);
        cache.Remove(ApiKeyAuthenticationHandler.CacheKey(key.Hash));
        return Outcome<ApiKeySummary>.Ok(new ApiKeySummary(key.Id, key.Hint, key.CreatedAtUtc, key.RevokedAtUtc));
    }

    /// <summary>
    /// REDRESS_BOOTSTRAP_API_KEY: when set and no administrator holds a key yet, the built-in
    /// administrator gets a key with that value (like a container's initial admin password).
    /// </summary>
    public async Task BootstrapAsync(string? bootstrapKey, ILogger logger, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(bootstrapKey))
        {
            return;
        }
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(ct);
        var adminHasKey = await (from k in db.ApiKeys
                                 join ur in db.UserRoles on k.UserId equals ur.UserId
                                 where ur.RoleId == adminRoleId && k.RevokedAtUtc == null
                                 select k.Id).AnyAsync(ct);
        if (adminHasKey)
        {
            return;
        }
        var admin = await users.FindByEmailAsync(BuiltInAdminEmail);
        if (admin is null)
        {
            var created = await CreateAsync("Redress administrator", BuiltInAdminEmail, [Roles.Admin], Actor.System, ct);
            admin = await users.FindByIdAsync(created.Value!.Id.ToString());
            admin!.IsBuiltIn = true;
            await users.UpdateAsync(admin);
        }
        await IssueKeyAsync(admin.Id, Actor.System, bootstrapKey.Trim(), ct);
        logger.LogInformation("Created the bootstrap API key for the built-in administrator {UserId}", admin.Id);
    }

    /// <summary>
    /// REDRESS_BOOTSTRAP_ADMIN_EMAIL and REDRESS_BOOTSTRAP_ADMIN_PASSWORD: the first administrator who
    /// signs in to the pages. Created when no user has that email; an existing one is left alone.
    /// </summary>
    public async Task BootstrapAdministratorAsync(string? email, string? password, ILogger logger, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }
        var created = await CreateAsync("Administrator", email, [Roles.Admin], Actor.System, ct);
        if (!created.Succeeded)
        {
            logger.LogError("Could not create the bootstrap administrator {Email}: {Error}", email, created.Error?.Message);
            return;
        }
        var user = await users.FindByIdAsync(created.Value!.Id.ToString());
        var result = await users.AddPasswordAsync(user!, password);
        if (!result.Succeeded)
        {
            logger.LogError("The bootstrap administrator's password was refused: {Errors}", string.Join(" ", result.Errors.Select(e => e.Description)));
            return;
        }
        logger.LogInformation("Created the bootstrap administrator {Email}", email);
    }

    /// <summary>Replaces a user's roles. An administrator cannot take the admin role from themselves (no lock-out).</summary>
    public async Task<Outcome<UserView>> SetRolesAsync(Guid id, IReadOnlyList<string> roles, Actor actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || user.IsBuiltIn)
        {
            return Outcome<UserView>.NotFound("There is no user with that id.");
        }
        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
        {
            return Outcome<UserView>.Invalid("roles", "Select at least one role");
        }
        var current = await users.GetRolesAsync(user);
        if (actor.Id == id && current.Contains(Roles.Admin) && !roles.Contains(Roles.Admin))
        {
            return Outcome<UserView>.Refused(new DomainError("own-admin-role", "You cannot remove the admin role from yourself: ask another administrator.", "roles"));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        db.AuditEvents.Add(audit.Record(actor, "user.roles-changed", "user", id.ToString(), null,
            AuditTrail.Snapshot(new { roles = current.Order(StringComparer.Ordinal) }), AuditTrail.Snapshot(new { roles = roles.Order(StringComparer.Ordinal) })));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<UserView>.Ok((await GetAsync(id, ct))!);
    }

    /// <summary>Stops or restores a user's sign-in. A locked user's session ends at its next check.</summary>
    public async Task<Outcome<UserView>> SetLockedAsync(Guid id, bool locked, Actor actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || user.IsBuiltIn)
        {
            return Outcome<UserView>.NotFound("There is no user with that id.");
        }
        if (locked && actor.Id == id)
        {
            return Outcome<UserView>.Refused(new DomainError("own-account", "You cannot lock your own account.", "locked"));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        db.AuditEvents.Add(audit.Record(actor, locked ? "user.locked" : "user.unlocked", "user", id.ToString(), null, null, null));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<UserView>.Ok((await GetAsync(id, ct))!);
    }

    private async Task<Dictionary<Guid, List<string>>> RolesByUserAsync(CancellationToken ct, Guid? only = null)
    {
        var rows = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where only == null || ur.UserId == only
                          select new { ur.UserId, r.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(r => r.Name!).Order(StringComparer.Ordinal).ToList());
    }

    private UserView ToView(RedressUser u, Dictionary<Guid, List<string>> roles) =>
        new(u.Id, u.Name, u.Email ?? "", roles.TryGetValue(u.Id, out var r) ? r : [], u.CreatedAtUtc)
        {
            Locked = u.LockoutEnd > clock.GetUtcNow(),
            Invited = u.PasswordHash is null && !u.IsBuiltIn,
        };
}
