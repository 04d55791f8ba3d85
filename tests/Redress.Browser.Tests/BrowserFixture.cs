using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Redress.Browser.Tests;

/// <summary>One server and one browser for all browser tests, which run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

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

    public IServiceProvider Services => _factory!.Services;

    /// <summary>The JSON API on the same server, with the bootstrap key: how tests arrange their data.</summary>
    public HttpClient Api { get; private set; } = null!;

    public static string Outbox { get; } = Path.Combine(Path.GetTempPath(), $"redress-browser-outbox-{Guid.NewGuid():N}");

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
            b.UseSetting("Storage:Attachments", Path.Combine(Path.GetTempPath(), $"redress-browser-attachments-{Guid.NewGuid():N}"));
            b.UseSetting("Mail:Outbox", Outbox);
            b.UseSetting("Reminders:Enabled", "false");
            b.UseSetting("Letters:Email", "false");
            b.UseSetting("Redress:BaseUrl", "https://redress.example.org");
            b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            b.UseStaticWebAssets();
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // The administrator is also the complaints officer, as at a small landlord: only a casework role can hold complaints.
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Redress.Web.Data.Entities.RedressUser>>();
            var admin = await users.FindByEmailAsync(AdminEmail) ?? throw new InvalidOperationException("The bootstrap administrator was not created.");
            Assert.True((await users.AddToRoleAsync(admin, "complaintsOfficer")).Succeeded);
        }
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
            Args = ["--no-sandbox", "--disable-gpu", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows", "--disable-background-timer-throttling", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(Artifacts);
        // A loaded CI machine can be slow to render: wait longer than Playwright's 5 s before failing.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>Today's date in the UK: browser tests run on the real clock.</summary>
    public static string Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in as the bootstrap administrator, sent on to <paramref name="path"/>.</summary>
    public async Task<IPage> SignedInAsync(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"/sign-in?returnUrl={Uri.EscapeDataString(path)}");
        await page.GetByLabel("Email address").FillAsync(AdminEmail);
        await page.GetByLabel("Password").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    /// <summary>A member of staff with <paramref name="roles"/> whose password is <see cref="AdminPassword"/>.</summary>
    public async Task<(Guid Id, string Email)> StaffAsync(string name, params string[] roles)
    {
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        var user = new Redress.Web.Data.Entities.RedressUser { Id = Guid.CreateVersion7(), Name = name, Email = email, UserName = email, EmailConfirmed = true };
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Redress.Web.Data.Entities.RedressUser>>();
        Assert.True((await users.CreateAsync(user, AdminPassword)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return (user.Id, email);
    }

    /// <summary>A page signed in as a new member of staff with <paramref name="roles"/>, sent on to <paramref name="path"/>.</summary>
    public async Task<(IPage Page, Guid UserId)> SignedInAsAsync(string path, string name, params string[] roles)
    {
        var (id, email) = await StaffAsync(name, roles);
        var user = new { Id = id };
        var page = await NewPageAsync();
        await page.GotoAsync($"/sign-in?returnUrl={Uri.EscapeDataString(path)}");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return (page, user.Id);
    }

    /// <summary>Arranges data through the API; fails the test with the body when the API refuses.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> PostAsync(string url, object body)
    {
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(Api, url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return System.Text.Json.Nodes.JsonNode.Parse(text)!;
    }

    /// <summary>Changes data through the API (members left out keep their values); fails the test when the API refuses.</summary>
    public async Task PutAsync(string url, object body)
    {
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(Api, url, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
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
