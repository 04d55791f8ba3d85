using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Settings;

/// <summary>The homes owned in a reporting year by tenure: the CH01 denominator (TSM: low-cost rental, low-cost home ownership).</summary>
public sealed record HomesView(int Year, int Lcra, int Lcho, int Homes, int Version)
{
    public string ETag => ETags.For(Version);

    public static HomesView From(HomesYear row) => new(row.Year, row.Lcra, row.Lcho, row.Lcra + row.Lcho, row.Version);
}

/// <summary>Sets the homes owned in a year: checked, refused if changed since read, saved with its audit event.</summary>
public sealed class HomesStore(RedressDbContext db, AuditTrail audit)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxHomes = 10_000_000;

    public async Task<IReadOnlyList<HomesView>> ListAsync(CancellationToken ct = default) =>
        (await db.HomesYears.AsNoTracking().OrderBy(h => h.Year).ToListAsync(ct)).Select(HomesView.From).ToList();

    public async Task<HomesView?> GetAsync(int year, CancellationToken ct = default) =>
        await db.HomesYears.AsNoTracking().FirstOrDefaultAsync(h => h.Year == year, ct) is { } row ? HomesView.From(row) : null;

    /// <summary>What is wrong with the answers, each naming its field.</summary>
    public static IReadOnlyDictionary<string, string[]> Problems(int year, int? lcra, int? lcho)
    {
        var problems = new Dictionary<string, string[]>();
        if (year is < FirstYear or > LastYear)
        {
            problems["year"] = [$"The reporting year must be between {FirstYear} and {LastYear}"];
        }
        void Count(string field, int? value, string what)
        {
            if (value is null)
            {
                problems[field] = [$"Enter the number of {what} homes you own"];
            }
            else if (value is < 0 or > MaxHomes)
            {
                problems[field] = [$"The number of {what} homes must be between 0 and {MaxHomes:N0}"];
            }
        }
        Count("lcra", lcra, "low-cost rental");
        Count("lcho", lcho, "low-cost home ownership");
        return problems;
    }

    public async Task<Outcome<HomesView>> SetAsync(int year, int? lcra, int? lcho, string? ifMatch, Actor actor, CancellationToken ct = default)
    {
        var problems = Problems(year, lcra, lcho);
        if (problems.Count > 0)
        {
            var (field, messages) = problems.First();
            return new Outcome<HomesView>(OutcomeKind.Invalid, Error: new("invalid-input", messages[0], field), Errors: problems);
        }
        var row = await db.HomesYears.FirstOrDefaultAsync(h => h.Year == year, ct);
        if (!ETags.Matches(ifMatch, row?.Version ?? 0))
        {
            return Outcome<HomesView>.Stale($"The homes for {year} were changed by someone else since you read them. Read them again and make your change to the new figures.");
        }
        var before = row is null ? null : HomesView.From(row);
        if (row is null)
        {
            row = new HomesYear { Year = year, Version = 0 };
            db.HomesYears.Add(row);
        }
        row.Lcra = lcra!.Value;
        row.Lcho = lcho!.Value;
        row.Version++;
        var after = HomesView.From(row);
        db.AuditEvents.Add(audit.Record(actor, "homes.set", "homes", year.ToString(CultureInfo.InvariantCulture), null, AuditTrail.Snapshot(before), AuditTrail.Snapshot(after)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome<HomesView>.Stale($"The homes for {year} were changed by someone else at the same moment. Read them again and make your change to the new figures.");
        }
        return Outcome<HomesView>.Ok(after);
    }
}
