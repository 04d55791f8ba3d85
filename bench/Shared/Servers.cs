using System.Diagnostics;
using System.Net;
using Npgsql;

namespace Redress.Bench;

/// <summary>What every benchmark needs: a database of its own, Redress started as a process, and waiting for it.</summary>
internal static class Servers
{
    public static string RedressDll()
    {
        var web = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Redress.Web/bin/Release/net10.0/Redress.Web.dll"));
        return File.Exists(web) ? web : throw new FileNotFoundException($"Build Redress first: dotnet build -c Release src/Redress.Web ({web} is missing)");
    }

    /// <summary>A new SQLite file, or a new database on the server REDRESS_BENCH_POSTGRES names; and how to drop it.</summary>
    public static (string ConnectionString, Action Drop) PrepareDatabase(string provider)
    {
        if (provider == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"redress-bench-{Guid.NewGuid():N}.db");
            return ($"Data Source={path}", () =>
            {
                foreach (var f in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(f);
                }
            });
        }
        var server = Environment.GetEnvironmentVariable("REDRESS_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set REDRESS_BENCH_POSTGRES to a PostgreSQL server connection string (the bench scripts start one).");
        var database = $"redress_bench_{Guid.NewGuid():N}";
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 64 }.ToString();
        return (cs, () =>
        {
            NpgsqlConnection.ClearAllPools();
            using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString());
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
            cmd.ExecuteNonQuery();
        });
    }

    /// <summary>
    /// Starts Redress's built DLL as deployed: with the runtime settings (DOTNET_*) that deploy/redress.service
    /// sets, such as the GC's gen0 budget, which only an environment variable can set.
    /// </summary>
    public static Process LaunchRedress(string[] arguments, Dictionary<string, string> environment)
    {
        var unit = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../deploy/redress.service"));
        foreach (var line in File.ReadLines(unit).Where(l => l.StartsWith("Environment=DOTNET_", StringComparison.Ordinal)))
        {
            var (name, value) = (line["Environment=".Length..].Split('=', 2)[0], line.Split('=', 3)[2]);
            environment.TryAdd(name, value);
        }
        return Launch("dotnet", [RedressDll(), .. arguments], environment);
    }

    public static Process Launch(string file, string[] arguments, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("  [server] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitReady(string url)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"{url} did not become ready");
    }
}
