using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Common;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Categories;

/// <summary>A category as pages and the API show it.</summary>
public sealed record CategoryView(string Key, string Name, bool Retired, int Version)
{
    public string ETag => ETags.For(Version);

    public static CategoryView From(Category c) => new(c.Key, c.Name, c.Retired, c.Version);
}

/// <summary>
/// The categories, held in memory and re-read at most every few seconds (another instance's change is seen
/// soon; a change made here at once). Checking a new complaint's category costs no query.
/// </summary>
public sealed class CategoryCatalogue(TimeProvider clock)
{
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(3);

    private sealed record Cached(IReadOnlyList<CategoryView> All, IReadOnlyDictionary<string, string> Names, DateTimeOffset ReadAt);

    private volatile Cached? _cached;

    /// <summary>Every category, retired ones too, by name.</summary>
    public async Task<IReadOnlyList<CategoryView>> AllAsync(RedressDbContext db, CancellationToken ct = default) =>
        (await CurrentAsync(db, ct)).All;

    private async Task<Cached> CurrentAsync(RedressDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cached is { } cached && now - cached.ReadAt < RecheckAfter)
        {
            return cached;
        }
        var rows = await db.Categories.AsNoTracking().ToListAsync(ct);
        var all = rows.Select(CategoryView.From).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var fresh = new Cached(all, all.ToDictionary(c => c.Key, c => c.Name, StringComparer.Ordinal), now);
        _cached = fresh;
        return fresh;
    }

    /// <summary>The categories offered for a new complaint or service request.</summary>
    public async Task<IReadOnlyList<CategoryView>> ActiveAsync(RedressDbContext db, CancellationToken ct = default) =>
        [.. (await AllAsync(db, ct)).Where(c => !c.Retired)];

    /// <summary>Each key's name, for showing a complaint's category and the themes in figures.</summary>
    /// <remarks>Built once per read of the list, not per call: a page of 50 rows asks 50 times.</remarks>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(RedressDbContext db, CancellationToken ct = default) =>
        (await CurrentAsync(db, ct)).Names;

    /// <summary>Why <paramref name="key"/> cannot be the category of something new, or null when it can.</summary>
    public async Task<DomainError?> CheckNewAsync(RedressDbContext db, string key, string field = "category", CancellationToken ct = default)
    {
        var all = await AllAsync(db, ct);
        var found = all.FirstOrDefault(c => c.Key == key);
        if (found is null)
        {
            // A category added by another instance a moment ago: read again once before refusing.
            Invalidate();
            found = (await AllAsync(db, ct)).FirstOrDefault(c => c.Key == key);
        }
        return found switch
        {
            null => new DomainError("unknown-category", $"There is no category '{key}'. Choose one of the categories (their keys are listed at /api/v1/categories).", field),
            { Retired: true } => new DomainError("category-retired", $"The category '{found.Name}' is retired: choose another.", field),
            _ => null,
        };
    }

    public void Invalidate() => _cached = null;
}

/// <summary>The list of categories an administrator keeps: add, rename, retire and restore, each audited.</summary>
public sealed partial class CategoryAdministration(RedressDbContext db, CategoryCatalogue catalogue, AuditTrail audit, TimeProvider clock)
{
    public static string Fold(string name) => Spaces().Replace(name.Trim(), " ").ToUpperInvariant();

    /// <summary>A key from a name: lower case, letters and digits, words joined by hyphens ("Damp and mould" is "damp-and-mould").</summary>
    public static string KeyFor(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder();
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            letters.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '-');
        }
        var key = Hyphens().Replace(letters.ToString(), "-").Trim('-');
        return key.Length == 0 ? "category" : key[..Math.Min(key.Length, 60)];
    }

    public static string? Problem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Enter the category's name"
        : name.Trim().Length > Limits.Label ? $"The category's name must be {Limits.Label} characters or fewer"
        : null;

    public async Task<Outcome<CategoryView>> AddAsync(string? name, Actor actor, CancellationToken ct = default)
    {
        if (Problem(name) is { } problem)
        {
            return Outcome<CategoryView>.Invalid("name", problem);
        }
        var trimmed = Spaces().Replace(name!.Trim(), " ");
        if (await TakenAsync(trimmed, null, ct) is { } taken)
        {
            return taken;
        }
        var key = KeyFor(trimmed);
        var keys = await db.Categories.AsNoTracking().Where(c => c.Key.StartsWith(key)).Select(c => c.Key).ToListAsync(ct);
        for (var n = 2; keys.Contains(key); n++)
        {
            key = $"{KeyFor(trimmed)}-{n}";
        }
        var category = new Category { Key = key, Name = trimmed, NameKey = Fold(trimmed), Version = 1, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.Categories.Add(category);
        db.AuditEvents.Add(audit.Created(actor, "category.added", "category", key, null, CategoryView.From(category)));
        return await SaveAsync(category, OutcomeKind.Created, ct);
    }

    public Task<Outcome<CategoryView>> RenameAsync(string key, string? name, string? ifMatch, Actor actor, CancellationToken ct = default) =>
        UpdateAsync(key, name, null, ifMatch, actor, ct);

    public Task<Outcome<CategoryView>> RetireAsync(string key, bool retired, string? ifMatch, Actor actor, CancellationToken ct = default) =>
        UpdateAsync(key, null, retired, ifMatch, actor, ct);

    /// <summary>Renames (when <paramref name="name"/> is given), retires or restores a category: one save, one audit event.</summary>
    public async Task<Outcome<CategoryView>> UpdateAsync(string key, string? name, bool? retired, string? ifMatch, Actor actor, CancellationToken ct = default)
    {
        if (name is not null && Problem(name) is { } problem)
        {
            return Outcome<CategoryView>.Invalid("name", problem);
        }
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Key == key, ct);
        if (category is null)
        {
            return Outcome<CategoryView>.NotFound($"There is no category '{key}'.");
        }
        if (!ETags.Matches(ifMatch, category.Version))
        {
            return Outcome<CategoryView>.Stale($"The category '{category.Name}' was changed by someone else since you read it. Read it again and make your change.");
        }
        var before = CategoryView.From(category);
        var trimmed = name is null ? category.Name : Spaces().Replace(name.Trim(), " ");
        var renamed = trimmed != category.Name;
        var retiring = retired is { } r && r != category.Retired;
        if (!renamed && !retiring)
        {
            return Outcome<CategoryView>.Ok(before);
        }
        if (renamed && await TakenAsync(trimmed, key, ct) is { } taken)
        {
            return taken;
        }
        category.Name = trimmed;
        category.NameKey = Fold(trimmed);
        category.Retired = retired ?? category.Retired;
        category.Version++;
        var action = renamed && retiring ? "category.changed" : renamed ? "category.renamed" : category.Retired ? "category.retired" : "category.restored";
        db.AuditEvents.Add(audit.Record(actor, action, "category", key, null, AuditTrail.Snapshot(before), AuditTrail.Snapshot(CategoryView.From(category))));
        return await SaveAsync(category, OutcomeKind.Ok, ct);
    }

    private async Task<Outcome<CategoryView>?> TakenAsync(string name, string? except, CancellationToken ct)
    {
        var folded = Fold(name);
        var existing = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.NameKey == folded && c.Key != except, ct);
        return existing is null ? null : Outcome<CategoryView>.Invalid("name",
            $"There is already a category called '{existing.Name}'{(existing.Retired ? " (retired: restore it instead)" : "")}");
    }

    private async Task<Outcome<CategoryView>> SaveAsync(Category category, OutcomeKind kind, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<CategoryView>.Stale("The category was changed by someone else at the same moment. Read it again and make your change.");
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same name at the same moment: the unique index refused it.
            db.ChangeTracker.Clear();
            return Outcome<CategoryView>.Invalid("name", $"There is already a category called '{category.Name}'");
        }
        catalogue.Invalidate();
        return new Outcome<CategoryView>(kind, CategoryView.From(category));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("-+")]
    private static partial Regex Hyphens();
}

/// <summary>A category's name from its key, for pages and exports (the key itself for one not in the list).</summary>
public sealed class CategoryNames(CategoryCatalogue catalogue, RedressDbContext db)
{
    public async Task<string> OfAsync(string key, CancellationToken ct = default) =>
        (await catalogue.NamesAsync(db, ct)).GetValueOrDefault(key) ?? key;

    public Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken ct = default) => catalogue.NamesAsync(db, ct);

    public Task<IReadOnlyList<CategoryView>> ListAsync(CancellationToken ct = default) => catalogue.AllAsync(db, ct);

    public Task<IReadOnlyList<CategoryView>> ActiveAsync(CancellationToken ct = default) => catalogue.ActiveAsync(db, ct);
}
