using Microsoft.EntityFrameworkCore.Infrastructure;
using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Redress.Web.Auth;
using Redress.Web.Calendar;
using Redress.Web.Data.Entities;
using Redress.Web.Settings;

namespace Redress.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite by default (a file under data/, made on first start); PostgreSQL when
    /// Database:Provider is "postgres". ConnectionStrings:Redress names the database in both cases.
    /// </summary>
    public static IServiceCollection AddRedressDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = (configuration["Database:Provider"] ?? "sqlite").Trim().ToLowerInvariant();
        var connectionString = configuration.GetConnectionString("Redress");
        switch (provider)
        {
            case "sqlite":
                var sqlite = SqliteConnectionString(connectionString, environment.ContentRootPath);
                services.AddDbContextPool<SqliteRedressDbContext>(o => Common(o
                    .UseSqlite(sqlite, s => s.MigrationsAssembly(typeof(DatabaseSetup).Assembly.FullName))
                    .AddInterceptors(new SqlitePragmas())));
                services.AddScoped<RedressDbContext>(sp => sp.GetRequiredService<SqliteRedressDbContext>());
                AddWriter(services, configuration, isSqlite: true);
                break;
            case "postgres" or "postgresql":
                if (string.IsNullOrWhiteSpace(connectionString) || connectionString.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException("Database:Provider is postgres: set ConnectionStrings:Redress to a PostgreSQL connection string, e.g. Host=localhost;Database=redress;Username=redress;Password=...");
                }
                services.AddDbContextPool<PostgresRedressDbContext>(o => Common(o.UseNpgsql(connectionString)));
                services.AddScoped<RedressDbContext>(sp => sp.GetRequiredService<PostgresRedressDbContext>());
                AddWriter(services, configuration, isSqlite: false);
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not known: use sqlite or postgres.");
        }
        services.AddSingleton<ReferenceNumbers>();
        return services;
    }

    private static void AddWriter(IServiceCollection services, IConfiguration configuration, bool isSqlite)
    {
        var capacity = configuration.GetValue("Database:WriterQueue", DatabaseWriter.DefaultQueueCapacity);
        services.AddSingleton(sp => new DatabaseWriter(sp.GetRequiredService<IServiceScopeFactory>(), isSqlite, sp.GetRequiredService<ILogger<DatabaseWriter>>(), capacity));
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseWriter>());
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/redress.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }
        var directory = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>
    /// Stops with a clear message, before anything is changed, when the database was made by migrations this
    /// build does not have: a pre-release database from before the migrations were squashed into one
    /// initial migration per provider, or one written by a newer build.
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(RedressDbContext db, CancellationToken ct)
    {
        // A new database has no history yet: it is made empty first, since asking a PostgreSQL database without
        // one for its history (as migrating does) logs a failed query, and a fresh start's log should be clean.
        // (Npgsql finds out whether the history exists by querying it, so the table is looked up in the catalogue.)
        // The database is made first if the role may make it (migrating would, but after asking for its history).
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }
        var history = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>();
        if (!await HistoryExistsAsync(db, history, ct))
        {
            await history.CreateIfNotExistsAsync(ct);
            return;
        }
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database holds migrations this build of Redress does not know ({string.Join(", ", unknown)}). " +
                "Databases made before the first release (25 November 2026 builds) cannot be upgraded: move the old database aside " +
                "(for SQLite, the file named in ConnectionStrings__Redress) and start again, or run the build that made it.");
        }
    }

    private static async Task<bool> HistoryExistsAsync(RedressDbContext db, Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository history, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return await history.ExistsAsync(ct);
        }
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL";
            return await command.ExecuteScalarAsync(ct) is true;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>Migrates the database and seeds what a new installation needs; safe to run on every start.</summary>
    public static async Task InitialiseAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RedressDbContext>();
        await RefuseUnknownHistoryAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while one writer writes; it is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }


        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<RedressRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new RedressRole { Id = Guid.CreateVersion7(), Name = role });
            }
        }
        if (!await db.Settings.AnyAsync(ct))
        {
            db.Settings.Add(new SettingsRow { Id = 1, Json = SettingsStore.Serialize(new LandlordSettings()), Version = 1 });
            await db.SaveChangesAsync(ct);
        }
        await scope.ServiceProvider.GetRequiredService<CalendarAdministration>().SeedShippedAsync(ct);
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        await users.BootstrapAsync(configuration["REDRESS_BOOTSTRAP_API_KEY"], logger, ct);
        await users.BootstrapAdministratorAsync(configuration["REDRESS_BOOTSTRAP_ADMIN_EMAIL"], configuration["REDRESS_BOOTSTRAP_ADMIN_PASSWORD"], logger, ct);
        if (!await db.Users.AnyAsync(u => u.PasswordHash != null, ct))
        {
            var token = scope.ServiceProvider.GetRequiredService<FirstAdministrator>().Open();
            var baseUrl = scope.ServiceProvider.GetRequiredService<Jobs.ServiceLinks>().BaseUrl
                ?? (configuration["Urls"] ?? "http://localhost:5080").Split(';')[0].Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
            var link = $"{baseUrl}/set-up?token={token}";
            logger.LogWarning("Nobody can sign in yet. Create the first administrator at {SetUpUrl} (the link works once, until the next restart)", link);
            // Also plainly, outside any log format, so it is easy to find and copy in a JSON log.
            Console.Out.WriteLine($"{Environment.NewLine}  Nobody can sign in yet. Create the first administrator here (the link works once, until the next restart):{Environment.NewLine}  {link}{Environment.NewLine}");
        }
    }

    /// <summary>
    /// Options both databases share. Counts are capped (Take(10,001) then Count) so a broad filter stays fast;
    /// the order of the rows counted does not matter, so EF's warning about a limit without an order is not
    /// wanted. Every list a page shows orders its rows.
    /// </summary>
    private static DbContextOptionsBuilder Common(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>Per-connection SQLite settings: NORMAL sync is durable with WAL up to the last checkpoint.</summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
            command.ExecuteNonQuery();
        }
    }
}
