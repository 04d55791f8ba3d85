using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Npgsql;
using Redress.Bench;
using Redress.Bench.Load;

// Usage (after a Release build of src/Redress.Web; bench/load.sh does both):
//   dotnet bench/Redress.Bench.Load/bin/Release/net10.0/Redress.Bench.Load.dll --provider sqlite|postgres [--seconds 10] [--clients 32] [--warmup 15]
//   ... --letters [--rounds 300]: what issuing a letter adds to the step that issues it (LetterCost.cs)
//   (postgres needs REDRESS_BENCH_POSTGRES, a server connection string with rights to create databases)
// Internal: --serve-bare URL PROVIDER CONNECTION-STRING runs the ADO.NET yardstick server.
if (args.Length > 0 && args[0] == "--serve-bare")
{
    await BareServer.RunAsync(args[1], args[2], args[3]);
    return 0;
}

var options = Options.Parse(args);

var (connectionString, dropDatabase) = Servers.PrepareDatabase(options.Provider);
const string key = "bench-bootstrap-key-0123456789abcdef";
using var redress = Servers.LaunchRedress(["--urls", "http://127.0.0.1:5091"], new()
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Database__Provider"] = options.Provider,
    ["ConnectionStrings__Redress"] = connectionString,
    ["REDRESS_BOOTSTRAP_API_KEY"] = key,
    ["Logging__LogLevel__Default"] = "Warning",
    // Letters to residents are emailed as in production; without an SMTP server they are written here.
    ["Mail__Outbox"] = Path.Combine(Path.GetTempPath(), "redress-bench-outbox"),
});
try
{
    await Servers.WaitReady("http://127.0.0.1:5091/health/ready");
    using var bare = Servers.Launch("dotnet", [typeof(BareServer).Assembly.Location, "--serve-bare", "http://127.0.0.1:5092", options.Provider, connectionString], []);
    try
    {
        await Servers.WaitReady("http://127.0.0.1:5092/ready");
        var body = """
        { "receivedOn": "2025-12-19", "channel": "email",
          "resident": { "name": "Alex Brown", "email": "alex@example.org", "phone": "07700 900123", "address": "1 High Street, Town, AB1 2CD", "tenure": "lcra" },
          "representative": null, "description": "My repair has not been done after three visits.", "issueOccurredOn": "2025-11-30", "category": "repairs" }
        """;
        if (args.Contains("--letters"))
        {
            await LetterCost.RunAsync("http://127.0.0.1:5091", key, int.Parse(Value(args, "--rounds", "300"), CultureInfo.InvariantCulture));
            return 0;
        }
        Console.WriteLine($"Provider: {options.Provider}; {options.Clients} concurrent clients; {options.Seconds} s per run after a {options.Warmup} s warm-up; {Environment.ProcessorCount} cores");

        // The warm-up lets the tiered JIT finish: on two cores it takes 10-15 s of load (its instrumented tier runs
        // the first seconds at about half speed), so a short warm-up measures the JIT, not the server.
        var warm = await Load.RunAsync("http://127.0.0.1:5091/api/v1/complaints", body, key, options.Clients, options.Warmup);
        var api = await Load.RunAsync("http://127.0.0.1:5091/api/v1/complaints", body, key, options.Clients, options.Seconds);
        var memory = Memory.Of(redress.Id);
        await Load.RunAsync("http://127.0.0.1:5092/bare/complaints", body, null, options.Clients, 3);
        var baseline = await Load.RunAsync("http://127.0.0.1:5092/bare/complaints", body, null, options.Clients, options.Seconds);

        Console.WriteLine(warm.Describe("Redress warm-up (not counted)"));
        Console.WriteLine(api.Describe("Redress POST /api/v1/complaints"));
        Console.WriteLine($"  server memory: peak RSS {memory.PeakMb:F0} MB, RSS now {memory.NowMb:F0} MB");
        Console.WriteLine(baseline.Describe("Bare ADO.NET insert of the same rows"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio Redress / bare: {api.PerSecond / baseline.PerSecond:F2} of the throughput; p99 {api.P99:F1} ms vs {baseline.P99:F1} ms"));
        return api.Errors == 0 ? 0 : 1;
    }
    finally
    {
        bare.Kill(entireProcessTree: true);
    }
}
finally
{
    redress.Kill(entireProcessTree: true);
    await redress.WaitForExitAsync();
    dropDatabase();
}

static string Value(string[] args, string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

internal sealed record Options(string Provider, int Seconds, int Clients, int Warmup)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        return new Options(Value("--provider", "sqlite"), int.Parse(Value("--seconds", "10"), CultureInfo.InvariantCulture), int.Parse(Value("--clients", "32"), CultureInfo.InvariantCulture), int.Parse(Value("--warmup", "15"), CultureInfo.InvariantCulture));
    }
}

internal sealed record Result(int Count, int Errors, double Seconds, double P50, double P95, double P99, double Max)
{
    public double PerSecond => Count / Seconds;

    public string Describe(string what) => string.Create(CultureInfo.InvariantCulture,
        $"{what}: {PerSecond:F0} per second ({Count} created, {Errors} errors in {Seconds:F1} s); latency p50 {P50:F1} ms, p95 {P95:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms");
}

internal static class Load
{
    public static async Task<Result> RunAsync(string url, string body, string? key, int clients, int seconds)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler);
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var errors = 0;
        var latencies = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var mine = new List<double>(4096);
            while (Stopwatch.GetTimestamp() < until)
            {
                var t0 = Stopwatch.GetTimestamp();
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(url, content);
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            return mine;
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        return new Result(all.Length, errors, elapsed, P(0.50), P(0.95), P(0.99), all.Length == 0 ? 0 : all[^1]);
    }
}

internal static class Memory
{
    public static (double PeakMb, double NowMb) Of(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        double Kb(string field) => double.Parse(lines.First(l => l.StartsWith(field, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return (Kb("VmHWM") / 1024, Kb("VmRSS") / 1024);
    }
}
