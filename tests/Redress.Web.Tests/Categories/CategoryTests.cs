using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Redress.Domain.Calendar;
using Redress.Domain.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Tests.Categories;

/// <summary>Categories as a managed list: complaints take a key from it, themes and filters use it, names are unique regardless of case.</summary>
public abstract class CategoryTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private readonly HttpClient _admin = factory.AdminClient();

    private static object Complaint(string category) => new
    {
        receivedOn = "2026-06-22", channel = "email", resident = new { name = "Cat Egory", tenure = "lcra" }, description = "d", category,
    };

    [Fact]
    public async Task NewComplaint_UnknownCategory_422NamingTheField()
    {
        var problem = await (await _admin.Post("/api/v1/complaints", Complaint("Repairs!"))).ExpectProblem(HttpStatusCode.UnprocessableEntity, "unknown-category");

        Assert.NotNull(problem["errors"]!["category"]);
    }

    [Fact]
    public async Task Categories_AddedRenamedAndRetired_NamesUniqueRegardlessOfCase()
    {
        var added = await (await _admin.Post("/api/v1/categories", new { name = "Lifts and  door entry" })).Expect(HttpStatusCode.Created);
        var key = (string)added["key"]!;
        var duplicate = await _admin.Post("/api/v1/categories", new { name = "LIFTS AND DOOR ENTRY" });
        await (await _admin.Post("/api/v1/complaints", Complaint(key))).Expect(HttpStatusCode.Created);
        var renamed = await (await _admin.PutJson($"/api/v1/categories/{key}", new { name = "Lifts" }, "\"1\"")).Expect(HttpStatusCode.OK);
        var stale = await _admin.PutJson($"/api/v1/categories/{key}", new { retired = true }, "\"1\"");
        var retired = await (await _admin.PutJson($"/api/v1/categories/{key}", new { retired = true }, "\"2\"")).Expect(HttpStatusCode.OK);
        var refused = await _admin.Post("/api/v1/complaints", Complaint(key));
        var offered = await _admin.Get("/api/v1/categories");
        var all = await _admin.Get("/api/v1/categories?includeRetired=true");

        Assert.Equal("lifts-and-door-entry", key);
        Assert.Equal("Lifts and door entry", (string)added["name"]!);
        Assert.NotNull((await duplicate.ExpectProblem(HttpStatusCode.BadRequest, "invalid-input"))["errors"]!["name"]);
        Assert.Equal("Lifts", (string)renamed["name"]!);
        Assert.Equal(key, (string)renamed["key"]!);
        await stale.ExpectProblem(HttpStatusCode.Conflict, "stale-write");
        Assert.True((bool)retired["retired"]!);
        Assert.Equal("Lifts", (string)retired["name"]!);
        Assert.NotNull((await refused.ExpectProblem(HttpStatusCode.UnprocessableEntity, "category-retired"))["errors"]!["category"]);
        Assert.DoesNotContain(offered.AsArray(), c => (string)c!["key"]! == key);
        Assert.Contains(all.AsArray(), c => (string)c!["key"]! == key && (bool)c["retired"]!);
        Assert.Equal(3, factory.Query(db => db.AuditEvents.Count(e => e.EntityType == "category" && e.EntityId == key)));
    }

    [Fact]
    public async Task Pages_OfferTheListAndShowTheName_TeamFilterFindsEveryComplaintInTheCategory()
    {
        var added = await (await _admin.Post("/api/v1/categories", new { name = "Garden fences" })).Expect(HttpStatusCode.Created);
        var key = (string)added["key"]!;
        var id = (string)(await (await _admin.Post("/api/v1/complaints", Complaint(key))).Expect(HttpStatusCode.Created))["id"]!;
        await (await _admin.Post("/api/v1/complaints", Complaint(key))).Expect(HttpStatusCode.Created);
        var handler = await PageSession.SignInAsync(factory, "Sam Patel", "handler");

        var form = await handler.GetAsync("/complaints/new");
        var complaint = await handler.GetAsync($"/complaints/{id}");
        var team = await handler.GetAsync($"/work/team?category={key}");
        var dashboard = await (await PageSession.SignInAsync(factory, "Sue Lead", "seniorLead")).GetAsync("/oversight?year=2026");

        Assert.Contains(form.QuerySelectorAll("#category option"), o => o.GetAttribute("value") == key && o.TextContent == "Garden fences");
        Assert.Contains("Garden fences", complaint.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 complaints match", team.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Garden fences", team.QuerySelector("#category option[selected]")!.TextContent);
        Assert.Contains(dashboard.QuerySelectorAll("main a"), a => a.TextContent.Contains("Garden fences", StringComparison.Ordinal) || a.GetAttribute("href")!.Contains($"category%3A{key}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CategoryPages_AddAndRetire_ThroughACheckStep()
    {
        var admin = await PageSession.SignInAsync(factory, "Ada Admin", "admin");

        var duplicate = await admin.SubmitRefusedAsync("/admin/categories/new?handler=Check", new() { ["Name"] = "repairs" });
        var check = await admin.SubmitRefusedAsync("/admin/categories/new?handler=Check", new() { ["Name"] = "Parking" });
        var list = await admin.SubmitFollowAsync("/admin/categories/new?handler=Confirm", new() { ["Name"] = "Parking" });
        var retired = await admin.SubmitFollowAsync("/admin/categories/parking/change?handler=Confirm", new() { ["Version"] = "\"1\"", ["Name"] = "Parking", ["InUse"] = "no" });

        Assert.Equal("There is already a category called 'Repairs'", duplicate.QuerySelector("#name-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Contains("Check the category", check.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Category 'Parking' added", list.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("it is retired", retired.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var form = await (await PageSession.SignInAsync(factory, "Sam Patel", "handler")).GetAsync("/complaints/new");
        Assert.DoesNotContain(form.QuerySelectorAll("#category option"), o => o.GetAttribute("value") == "parking");
    }
}

[Trait("Database", "SQLite")]
public sealed class CategorySqliteTests(SqliteFactory factory) : CategoryTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class CategoryPostgresTests(PostgresFactory factory) : CategoryTests<PostgresFactory>(factory);

/// <summary>
/// The categories migration folds the categories already typed into the list, one per spelling regardless of
/// case and spaces, and points each complaint at its category's key; an empty database gets the default list.
/// </summary>
public abstract class CategoryMigrationTests
{
    protected abstract Task<RedressDbContext> EmptyDatabaseAsync();

    [Fact]
    public async Task Migration_FoldsTypedCategoriesIntoTheList()
    {
        await using var db = await EmptyDatabaseAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_SettingsPages", StringComparison.Ordinal)));
        var calendar = new WorkingDayCalendar([2026], []);
        var context = new ComplaintContext(new DateOnly(2026, 6, 30), calendar, Guid.CreateVersion7);
        var typed = new[] { "Repairs", "repairs", " repairs ", "Anti social", "anti social" };
        for (var i = 0; i < typed.Length; i++)
        {
            var resident = new Resident { Id = Guid.CreateVersion7(), Name = $"Resident {i}", Tenure = Tenure.Lcra, CreatedAtUtc = DateTime.UtcNow };
            var (complaint, _) = Complaint.Receive(Guid.CreateVersion7(), $"CMP-M-{i}", new ReceiptDetails
            {
                ReceivedOn = new DateOnly(2026, 6, 1), Channel = Channel.Email, ResidentId = resident.Id, Description = "d", Category = typed[i],
            }, ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, context);
            db.Residents.Add(resident);
            db.Complaints.Add(complaint!);
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await migrator.MigrateAsync();

        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Key).ToListAsync();
        Assert.Equal(["anti-social", "repairs"], categories.Select(c => c.Key));
        Assert.Equal(["Anti social", "Repairs"], categories.Select(c => c.Name));
        Assert.Equal(["anti-social", "anti-social", "repairs", "repairs", "repairs"], (await db.Complaints.AsNoTracking().Select(c => c.Category).ToListAsync()).Order());
    }

    [Fact]
    public async Task Migration_GivesResidentsAlreadySavedTheirNameParts()
    {
        await using var db = await EmptyDatabaseAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_Categories", StringComparison.Ordinal)));
        foreach (var name in new[] { "Siobhan O'Neill", "Ann Smith-Jones", "Bob Brown" })
        {
            db.Residents.Add(new Resident { Id = Guid.CreateVersion7(), Name = name, Tenure = Tenure.Lcra, CreatedAtUtc = DateTime.UtcNow });
        }
        await db.SaveChangesAsync();
        // As saved before this migration: without name parts.
        await db.ResidentWords.ExecuteDeleteAsync();

        await migrator.MigrateAsync();

        var words = await db.ResidentWords.AsNoTracking().Select(w => w.Word).OrderBy(w => w).ToListAsync();
        Assert.Equal(["jones", "neill", "smith"], words);
    }

    [Fact]
    public async Task Migration_OnAnEmptyDatabase_GivesTheDefaultList()
    {
        await using var db = await EmptyDatabaseAsync();

        await db.Database.MigrateAsync();

        var names = await db.Categories.AsNoTracking().Select(c => c.Name).ToListAsync();
        Assert.Contains("Repairs", names);
        Assert.Contains("Damp and mould", names);
        Assert.Equal("damp-and-mould", await db.Categories.AsNoTracking().Where(c => c.Name == "Damp and mould").Select(c => c.Key).SingleAsync());
    }
}

[Trait("Database", "SQLite")]
public sealed class CategoryMigrationSqliteTests : CategoryMigrationTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"redress-migration-{Guid.NewGuid():N}.db");

    protected override Task<RedressDbContext> EmptyDatabaseAsync() => Task.FromResult<RedressDbContext>(new SqliteRedressDbContext(
        new DbContextOptionsBuilder<SqliteRedressDbContext>().UseSqlite($"Data Source={_path};Pooling=false").Options));

    public void Dispose() => File.Delete(_path);
}

[Trait("Database", "PostgreSQL")]
public sealed class CategoryMigrationPostgresTests : CategoryMigrationTests, IAsyncLifetime
{
    private readonly ThrowawayDatabase _database = new();

    protected override Task<RedressDbContext> EmptyDatabaseAsync() => Task.FromResult<RedressDbContext>(new PostgresRedressDbContext(
        new DbContextOptionsBuilder<PostgresRedressDbContext>().UseNpgsql(_database.ConnectionString).Options));

    public Task InitializeAsync() => _database.CreateAsync();

    public Task DisposeAsync() => _database.DropAsync();
}
