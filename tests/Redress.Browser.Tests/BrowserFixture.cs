using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

/// <summary>
/// Redress on a real port (Kestrel, in process, a new SQLite file) and Debian's chromium driven by
/// Playwright. A missing browser fails the tests: it is never a skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.org";
    public const string AdminPassword = "correct horse battery staple";
    public const string ApiKey = "browser-tests-bootstrap-key-0123456789";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"redress-browser-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The JSON API on the same server, with the bootstrap key: how tests arrange their data.</summary>
    public HttpClient Api { get; private set; } = null!;

    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("ConnectionStrings:Redress", $"Data Source={_database}");
            b.UseSetting("REDRESS_BOOTSTRAP_ADMIN_EMAIL", AdminEmail);
            b.UseSetting("REDRESS_BOOTSTRAP_ADMIN_PASSWORD", AdminPassword);
            b.UseSetting("REDRESS_BOOTSTRAP_API_KEY", ApiKey);
            b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            b.UseStaticWebAssets();
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        Api = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);

        var executable = Environment.GetEnvironmentVariable("REDRESS_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No browser at {executable}: install Debian's chromium (./test.sh does) or set REDRESS_CHROMIUM.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(Artifacts);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        Api?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
