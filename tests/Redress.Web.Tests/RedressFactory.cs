using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Redress.Web.Data;

namespace Redress.Web.Tests;

/// <summary>
/// Redress on a real database of its own: a new SQLite file, or a new PostgreSQL database on the
/// server named by REDRESS_TEST_POSTGRES (the test command starts one). The clock is fake and fixed.
/// </summary>
public abstract class RedressFactory : WebApplicationFactory<Program>
{
    public const string BootstrapKey = "test-bootstrap-key-0123456789";

    /// <summary>Tuesday 30 June 2026, 09:00 UK time.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 30, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Per-fixture state shared by the tests of one class, such as a data set seeded once.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task>> Once { get; } = new();

    protected abstract string Provider { get; }

    /// <summary>More configuration for one test's own instance, such as an SMTP server to send through.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Service changes for one test's own instance.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    /// <summary>Where this instance keeps attachments (and later the mail outbox): a folder of its own.</summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"redress-test-data-{Guid.NewGuid():N}");

    protected abstract string ConnectionString { get; }

    public HttpClient AdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BootstrapKey);
        return client;
    }

    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public T Query<T>(Func<RedressDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<RedressDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Redress", ConnectionString);
        builder.UseSetting("REDRESS_BOOTSTRAP_API_KEY", BootstrapKey);
        builder.UseSetting("Storage:Attachments", Path.Combine(DataFolder, "attachments"));
        builder.UseSetting("Mail:Outbox", Path.Combine(DataFolder, "outbox"));
        // Tests run the reminders themselves, at the fake clock's time.
        builder.UseSetting("Reminders:Enabled", "false");
        // Tests that email letters send them themselves (LetterMail.SendDueAsync), so nothing arrives at a moment of its own.
        builder.UseSetting("Letters:Email", "false");
        // Links in mail start with the configured address, never the request's Host.
        builder.UseSetting("Redress:BaseUrl", "https://redress.example.org");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            TestServices.ForEach(change => change(services));
        });
    }
}

public sealed class SqliteFactory : RedressFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"redress-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={_path}";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

public sealed class PostgresFactory : RedressFactory
{
    private readonly string _database = $"redress_test_{Guid.NewGuid():N}";
    private readonly string _server;

    public PostgresFactory()
    {
        _server = Environment.GetEnvironmentVariable("REDRESS_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "REDRESS_TEST_POSTGRES is not set. The PostgreSQL tests need a server: run ./test.sh, which starts one, " +
                "or set REDRESS_TEST_POSTGRES to a connection string such as 'Host=127.0.0.1;Port=5432;Username=postgres'.");
    }

    protected override string Provider => "postgres";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ToString();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
