using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Redress.Web.Tests.Deployment;

/// <summary>
/// Redress as it is deployed: `dotnet publish`, then started as deploy/redress.service starts it (its working
/// directory, command and environment, with the machine paths moved to a temporary folder and the database to a
/// throwaway PostgreSQL database). Pages, styles and scripts are served, compressed or not, with their bytes.
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class PublishedAppTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"redress-published-{Guid.NewGuid():N}");
    private readonly ThrowawayDatabase _database = new();
    private Process? _app;

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Redress.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Redress.slnx) was not found.");
    }

    public Task InitializeAsync() => _database.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }
        await _database.DropAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Published_StartedAsTheServiceUnitStartsIt_ServesPagesStylesAndScripts()
    {
        var repository = Repository();
        var app = Path.Combine(_root, "app");
        var publish = await RunAsync("dotnet", $"publish \"{Path.Combine(repository, "src", "Redress.Web")}\" -c Release -o \"{app}\" -nologo -v q", repository);
        Assert.True(publish.Code == 0, publish.Output);

        var unit = File.ReadAllLines(Path.Combine(repository, "deploy", "redress.service"));
        string Value(string line) => line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var command = Value(unit.Single(l => l.StartsWith("ExecStart=", StringComparison.Ordinal))).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("dotnet", command[0], StringComparison.Ordinal);
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var line in unit.Where(l => l.StartsWith("Environment=", StringComparison.Ordinal)))
        {
            var setting = Value(line);
            var (name, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            start.Environment[name] = value.Replace("/srv/redress", _root, StringComparison.Ordinal).Replace("127.0.0.1:5080", $"127.0.0.1:{port}", StringComparison.Ordinal);
        }
        // What /etc/redress/redress.env holds on a real machine.
        start.Environment["ConnectionStrings__Redress"] = _database.ConnectionString;
        start.Environment["Redress__BaseUrl"] = $"http://127.0.0.1:{port}";
        _app = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        _app.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        _app.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();

        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var ready = false;
        for (var i = 0; i < 120 && !ready && !_app.HasExited; i++)
        {
            try
            {
                ready = (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
            }
            if (!ready)
            {
                await Task.Delay(500);
            }
        }
        Assert.True(ready, "The published app did not become ready:\n" + output);

        var css = await http.GetAsync("/css/redress.css");
        var script = await http.GetAsync("/lib/govuk/govuk-frontend.min.js");
        var signIn = await http.GetStringAsync("/sign-in");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".govuk-template", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 10_000);
        Assert.Contains("/css/redress.css", signIn, StringComparison.Ordinal);
        // The start log is clean: the only warning is the set-up link, which is also printed plainly.
        var log = output.ToString();
        Assert.Contains("  Nobody can sign in yet. Create the first administrator here", log, StringComparison.Ordinal);
        var warnings = log.Split('\n').Where(l => l.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal) || l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.All(l => l.Contains("Nobody can sign in yet", StringComparison.Ordinal)), "Unexpected warnings at start:\n" + string.Join("\n", warnings));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
