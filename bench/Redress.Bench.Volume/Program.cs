using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Redress.Bench;
using Redress.Bench.Volume;
using Redress.Domain.Calendar;
using Redress.Web.Data;
using Redress.Web.Time;

// Pages at volume: seeds complaints with the generator, then times My work and the team list over HTTP with
// a signed-in session. bench/pages.sh builds and runs it on both databases.
//   dotnet bench/Redress.Bench.Volume/bin/Release/net10.0/Redress.Bench.Volume.dll --provider sqlite|postgres [--complaints 100000] [--years 8] [--requests 200]
string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var provider = Arg("--provider", "sqlite");
var count = int.Parse(Arg("--complaints", "100000"), CultureInfo.InvariantCulture);
var years = int.Parse(Arg("--years", "8"), CultureInfo.InvariantCulture);
var requests = int.Parse(Arg("--requests", "200"), CultureInfo.InvariantCulture);
var mode = Arg("--mode", "pages");
const string Key = "bench-bootstrap-key-0123456789abcdef";
const string Email = "bench.admin@example.org";
const string Password = "bench admin password";
const string Url = "http://127.0.0.1:5093";

// --database FILE: measure an SQLite file seeded by an earlier run (it is migrated, not seeded again, nor deleted).
var reuse = Arg("--database", "");
var (connectionString, drop) = reuse.Length > 0 ? ($"Data Source={reuse}", () => { }) : Servers.PrepareDatabase(provider);
using var redress = Servers.LaunchRedress(["--urls", Url], new()
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Database__Provider"] = provider,
    ["ConnectionStrings__Redress"] = connectionString,
    ["REDRESS_BOOTSTRAP_API_KEY"] = Key,
    ["REDRESS_BOOTSTRAP_ADMIN_EMAIL"] = Email,
    ["REDRESS_BOOTSTRAP_ADMIN_PASSWORD"] = Password,
    ["Reminders__Enabled"] = "false",
    ["Logging__LogLevel__Default"] = "Warning",
});
try
{
    await Servers.WaitReady($"{Url}/health/ready");
    using var api = new HttpClient { BaseAddress = new Uri(Url) };
    api.DefaultRequestHeaders.Authorization = new("Bearer", Key);
    if (reuse.Length == 0)
    {
        for (var i = 0; i < 50; i++)
        {
            await api.PostAsJsonAsync("/api/v1/users", new { name = $"Handler {i:00}", email = $"handler{i}@example.org", roles = new[] { "handler" } });
        }
    }
    var users = await api.GetFromJsonAsync<JsonArray>("/api/v1/users");
    var me = Guid.Parse((string)users!.Single(u => (string)u!["email"]! == Email)!["id"]!);
    var handlers = users!.Where(u => ((string)u!["email"]!).StartsWith("handler", StringComparison.Ordinal)).Select(u => Guid.Parse((string)u!["id"]!)).Order().ToList();

    if (reuse.Length == 0)
    {
        var seeding = Stopwatch.StartNew();
        await Seed(provider, connectionString, count, years, handlers, me);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Provider: {provider}; seeded {count:N0} complaints over {years} years in {seeding.Elapsed.TotalSeconds:F0} s (seed 42); {Environment.ProcessorCount} cores"));
    }
    else
    {
        Console.WriteLine($"Provider: {provider}; the database {reuse} as seeded before; {Environment.ProcessorCount} cores");
    }

    await GrantAsync(provider, connectionString, me, "seniorLead");
    using var session = await SignIn();
    if (mode == "reports")
    {
        return await Reports.RunAsync(provider, connectionString, session, api, years);
    }
    var urls = new[]
    {
        ("My work", "/work"),
        ("Team list, first page", "/work/team"),
        ("Team list, open and overdue", "/work/team?overdue=true"),
        ($"Team list, one handler at stage 1", $"/work/team?assignedTo={handlers[7]}&stage=1"),
        ("Team list, investigating, repairs", "/work/team?status=Investigating&category=repairs"),
        ("Team list, search by name", "/work/team?q=priya+khan"),
        ("Team list, search by surname", "/work/team?q=okafor"),
        ("Team list, search by postcode", "/work/team?q=ab17"),
        ("Team list, search by street", "/work/team?q=mill+road"),
        ("Team list, search by reference", "/work/team?q=CMP-2024-0000"),
        ("Team list, page 200 (the last)", "/work/team?page=200"),
    };
    var worst = 0.0;
    foreach (var (name, path) in urls)
    {
        var (p50, p95, p99, max, bytes) = await Time(session, path, requests);
        worst = Math.Max(worst, p95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-38} p50 {p50,6:F1} ms  p95 {p95,6:F1} ms  p99 {p99,6:F1} ms  max {max,6:F1} ms  ({bytes / 1024} KB)  GET {path}"));
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Worst p95: {worst:F1} ms (target: under 100 ms)"));
    return worst < 100 ? 0 : 1;
}
finally
{
    redress.Kill(entireProcessTree: true);
    await redress.WaitForExitAsync();
    drop();
}

static async Task Seed(string provider, string connectionString, int count, int years, IReadOnlyList<Guid> handlers, Guid me)
{
    var days = BankHolidayFeed.LoadShipped()[Division.EnglandAndWales];
    var calendar = new WorkingDayCalendar(days.Select(d => d.Date.Year).Distinct(), days, provisionalYears: BankHolidayFeed.ShippedProvisionalYears);
    var generator = new Generator(42, TimeProvider.System.TodayInUk(), years, calendar, handlers, me);
    const int batch = 5000;
    for (var done = 0; done < count; done += batch)
    {
        await using var db = Context(provider, connectionString);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < Math.Min(batch, count - done); i++)
        {
            var (complaint, resident) = generator.Next();
            if (resident is not null)
            {
                db.Residents.Add(resident);
            }
            db.Complaints.Add(complaint);
        }
        await db.SaveChangesAsync();
    }
    await using var analyse = Context(provider, connectionString);
    // PostgreSQL: VACUUM sets the visibility map, so that counts can be answered from the indexes alone.
    await analyse.Database.ExecuteSqlRawAsync(provider == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE");
}

// The oversight pages are for governance and the senior lead: the signed-in administrator also gets that role.
static async Task GrantAsync(string provider, string connectionString, Guid user, string role)
{
    await using var db = Context(provider, connectionString);
    var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
    if (await db.UserRoles.AnyAsync(ur => ur.UserId == user && ur.RoleId == roleId))
    {
        return;
    }
    db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = user, RoleId = roleId });
    await db.SaveChangesAsync();
}

static RedressDbContext Context(string provider, string connectionString) => provider == "sqlite"
    ? new SqliteRedressDbContext(new DbContextOptionsBuilder<SqliteRedressDbContext>().UseSqlite(connectionString).Options)
    : new PostgresRedressDbContext(new DbContextOptionsBuilder<PostgresRedressDbContext>().UseNpgsql(connectionString).Options);

static async Task<HttpClient> SignIn()
{
    var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(Url) };
    var form = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/sign-in"));
    var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Email"] = Email, ["Password"] = Password, ["__RequestVerificationToken"] = token,
    }));
    return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException("Could not sign in");
}

static async Task<(double P50, double P95, double P99, double Max, long Bytes)> Time(HttpClient client, string path, int requests)
{
    long bytes = 0;
    for (var i = 0; i < 20; i++)
    {
        bytes = (await client.GetByteArrayAsync(path)).Length;
    }
    var times = new double[requests];
    for (var i = 0; i < requests; i++)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || body.Length < 1000)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }
    }
    Array.Sort(times);
    double P(double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
    return (P(0.50), P(0.95), P(0.99), times[^1], bytes);
}
