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
/// The search-key migrations give residents already saved the keys new residents get.
/// </summary>
public abstract class CategoryMigrationTests
{
    protected abstract Task<RedressDbContext> EmptyDatabaseAsync();

    /// <summary>A resident as an older schema holds one: in SQL, as the model now has columns it lacks.</summary>
    private static async Task<Guid> OldResidentAsync(RedressDbContext db, string name, string? nameKey = null, string? email = null, string? phone = null, params string[] words)
    {
        var id = Guid.CreateVersion7();
        // SQLite keeps EF's Guids as upper-case text.
        object key = db.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();
        nameKey ??= SearchKeys.Name(name);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Residents" ("Id", "Name", "Email", "Phone", "NameKey", "SurnameKey", "Tenure", "CreatedAtUtc") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, 'Lcra', {6})""",
            key, name, email!, phone!, nameKey, nameKey.Split(' ')[^1], new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        foreach (var word in words)
        {
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ResidentWords" ("Word", "ResidentId") VALUES ({0}, {1})""", word, key);
        }
        return id;
    }

    /// <summary>
    /// An entity saved as the schema the database has now holds it: the columns of its table that exist, in SQL, so
    /// that columns added by later migrations do not stop the older schema taking it.
    /// </summary>
    private static async Task OldRowAsync(RedressDbContext db, object entity)
    {
        var type = db.Model.FindEntityType(entity.GetType())!;
        var table = type.GetTableName()!;
        var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, type.GetSchema());
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync();
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = $"""SELECT * FROM "{table}" WHERE 1 = 0""";
            await using var reader = await command.ExecuteReaderAsync();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                existing.Add(reader.GetName(i));
            }
        }
        var entry = db.Entry(entity);
        var columns = new List<string>();
        var values = new List<object?>();
        foreach (var property in type.GetProperties())
        {
            if (property.GetColumnName(store) is not { } column || !existing.Contains(column))
            {
                continue;
            }
            var value = entry.Property(property.Name).CurrentValue;
            if (value is not null && (property.GetValueConverter() ?? property.GetTypeMapping().Converter) is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }
            // SQLite keeps EF's Guids as upper-case text.
            columns.Add($"\"{column}\"");
            values.Add(value is Guid g && !db.Database.IsNpgsql() ? g.ToString().ToUpperInvariant() : value);
        }
        var placeholders = string.Join(", ", values.Select((_, i) => $"{{{i}}}"));
        // The table and column names come from the model, never from input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{table}" ({string.Join(", ", columns)}) VALUES ({placeholders})""", values!);
#pragma warning restore EF1002
    }

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
            var resident = await OldResidentAsync(db, $"Resident {i}");
            var (complaint, _) = Complaint.Receive(Guid.CreateVersion7(), $"CMP-M-{i}", new ReceiptDetails
            {
                ReceivedOn = new DateOnly(2026, 6, 1), Channel = Channel.Email, ResidentId = resident, Description = "d", Category = typed[i],
            }, ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, context);
            await OldRowAsync(db, complaint!);
        }

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
        // As saved before this migration: without name parts.
        foreach (var name in new[] { "Siobhan O'Neill", "Ann Smith-Jones", "Bob Brown" })
        {
            await OldResidentAsync(db, name);
        }

        await migrator.MigrateAsync();

        var words = await db.ResidentWords.AsNoTracking().Select(w => w.Word).OrderBy(w => w).ToListAsync();
        Assert.Equal(["jones", "neill", "smith"], words);
    }

    [Fact]
    public async Task Migration_GivesResidentsAlreadySavedTheKeysNewResidentsGet_WithoutAccents_AndByEmailAndPhone()
    {
        await using var db = await EmptyDatabaseAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_SearchNameParts", StringComparison.Ordinal)));
        // As saved before: keys and words with accents ("zabia" too, as a second address would leave), no email or phone key.
        var id = await OldResidentAsync(db, "Łucja Ćwik-Żak", "łucja ćwik-żak", " Lucja.C@EXAMPLE.org", "+44 (0)20-7946.0000", "żabia", "zabia", "street", "ćwik", "żak");
        var plain = await OldResidentAsync(db, "Bob Brown", email: "bob@example.org", phone: "ext. 4");

        await migrator.MigrateAsync();

        var saved = await db.Residents.AsNoTracking().SingleAsync(r => r.Id == id);
        var fresh = new Resident { Name = saved.Name, Email = saved.Email, Phone = saved.Phone };
        Assert.Equal(("lucja cwik-zak", "cwik-zak", "lucja.c@example.org", "02079460000"), (saved.NameKey, saved.SurnameKey, saved.EmailKey, saved.PhoneKey));
        Assert.Equal((fresh.NameKey, fresh.SurnameKey, fresh.EmailKey, fresh.PhoneKey), (saved.NameKey, saved.SurnameKey, saved.EmailKey, saved.PhoneKey)); // the SQL and the C# agree
        Assert.Equal(["cwik", "street", "zabia", "zak"], await db.ResidentWords.AsNoTracking().Where(w => w.ResidentId == id).Select(w => w.Word).OrderBy(w => w).ToListAsync());
        var bob = await db.Residents.AsNoTracking().SingleAsync(r => r.Id == plain);
        Assert.Equal(("bob brown", "bob@example.org", null), (bob.NameKey, bob.EmailKey, bob.PhoneKey)); // "ext. 4" is not a number to search by
    }

    [Fact]
    [Trait("Code", "5.12")]
    public async Task Migration_LettersCanBeAboutFeedback_EveryLetterIssuedBeforeKeptByteForByte()
    {
        await using var db = await EmptyDatabaseAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_LetterFormatSent", StringComparison.Ordinal)));
        var resident = await OldResidentAsync(db, "Lou Letter");
        var context = new ComplaintContext(new DateOnly(2026, 6, 30), new WorkingDayCalendar([2026], []), Guid.CreateVersion7);
        var (complaint, _) = Complaint.Receive(Guid.CreateVersion7(), "CMP-L-1", new ReceiptDetails
        {
            ReceivedOn = new DateOnly(2026, 6, 1), Channel = Channel.Email, ResidentId = resident, Description = "d", Category = "repairs",
        }, ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, context);
        await OldRowAsync(db, complaint!);
        var pdf = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
        var letter = new Redress.Web.Letters.Letter
        {
            Id = Guid.CreateVersion7(), ComplaintId = complaint!.Id, Number = 1, Kind = Domain.Letters.LetterKind.Acknowledgement, Stage = 1,
            IssuedAtUtc = new DateTime(2026, 6, 2, 9, 0, 0, DateTimeKind.Utc), IssuedOn = new DateOnly(2026, 6, 2), IssuedBy = "Hana", Recipient = "Lou Letter",
            Title = "We have received your complaint", Text = "text", Html = "<p>html</p>", Pdf = pdf, Sha256 = "ab",
        };
        await OldRowAsync(db, letter);

        await migrator.MigrateAsync();

        var kept = await db.Letters.AsNoTracking().SingleAsync(l => l.Id == letter.Id);
        Assert.Equal((complaint.Id, (Guid?)null, (Guid?)null, "text", "We have received your complaint"), (kept.ComplaintId!.Value, kept.FeedbackId, kept.ServiceRequestId, kept.Text, kept.Title));
        Assert.Equal(pdf, kept.Pdf);
        // A letter about nothing, or about two things, is refused by the database itself.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "Letters" SET "ComplaintId" = NULL"""));
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
