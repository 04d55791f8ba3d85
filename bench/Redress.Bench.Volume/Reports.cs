using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Web.Data;
using Redress.Web.Time;

namespace Redress.Bench.Volume;

/// <summary>
/// Issue 4's target: with a million complaints, the TSM figures for a year, the dashboard and the annual
/// report's figures each within a second. Times each over HTTP (the API with a key, the pages signed in), and
/// prints the query plans of the main counts to show they read indexes.
/// </summary>
internal static class Reports
{
    public static async Task<int> RunAsync(string provider, string connectionString, HttpClient session, HttpClient api, int years)
    {
        var year = ReportingYear.Containing(TimeProvider.System.TodayInUk()).Year - 1;
        var targets = new (string Name, HttpClient Client, string Path)[]
        {
            ($"TSM CH01/CH02 for {year}/{(year + 1) % 100} (API)", api, $"/api/v1/reports/tsm?year={year}"),
            ("Every measure for the year (API)", api, $"/api/v1/reports/measures?year={year}"),
            ("Oversight dashboard, the year beside the one before", session, $"/oversight?year={year}"),
            ("Oversight dashboard, a quarter", session, $"/oversight?year={year}&quarter=3"),
            ("Annual report with its figures (draft, computed live)", session, $"/oversight/annual-report?reportingYear={year}"),
            ("MRC pack for a quarter", session, $"/oversight/mrc-pack?year={year}&quarter=3"),
        };
        var worst = 0.0;
        foreach (var (name, client, path) in targets)
        {
            var times = new List<double>();
            for (var i = 0; i < 12; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
                }
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            var timed = times.Skip(2).Order().ToList();
            worst = Math.Max(worst, timed[^1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-56} median {timed[timed.Count / 2],7:F0} ms  max {timed[^1],7:F0} ms  (first {times[0]:F0} ms)  GET {path}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Worst: {worst:F0} ms (target: under 1,000 ms)"));
        await PlansAsync(provider, connectionString, year);
        return worst < 1000 ? 0 : 1;
    }

    /// <summary>The plans of the counts the reports run, as the database reports them.</summary>
    private static async Task PlansAsync(string provider, string connectionString, int year)
    {
        await using var db = provider == "sqlite"
            ? (RedressDbContext)new SqliteRedressDbContext(new DbContextOptionsBuilder<SqliteRedressDbContext>().UseSqlite(connectionString).Options)
            : new PostgresRedressDbContext(new DbContextOptionsBuilder<PostgresRedressDbContext>().UseNpgsql(connectionString).Options);
        var (from, to) = (new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31));
        var queries = new (string Name, IQueryable Query)[]
        {
            ("received in the year, by status", db.Complaints.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to).GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() })),
            ("responses in the year, by stage", db.ComplaintStages.Where(s => s.RespondedOn >= from && s.RespondedOn <= to).GroupBy(s => s.Number).Select(g => new { g.Key, Count = g.Count(), Late = g.Count(s => s.RespondedOn > s.RespondBy) })),
            ("acknowledgements in the year", db.ComplaintStages.Where(s => s.AcknowledgedOn >= from && s.AcknowledgedOn <= to).GroupBy(s => s.Number).Select(g => new { g.Key, Count = g.Count() })),
            ("remedies offered in the year", db.Remedies.Where(r => r.OfferedOn >= from && r.OfferedOn <= to).GroupBy(r => 1).Select(g => new { Count = g.Count() })),
            ("open and overdue now", db.Complaints.Where(c => (c.Status == ComplaintStatus.AwaitingAcknowledgement || c.Status == ComplaintStatus.Investigating) && c.NextDueOn < to)),
        };
        Console.WriteLine("Query plans:");
        foreach (var (name, query) in queries)
        {
            var sql = query.ToQueryString();
            var explain = provider == "sqlite" ? "EXPLAIN QUERY PLAN " + Strip(sql) : "EXPLAIN " + Strip(sql);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = explain;
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetValue(reader.FieldCount - 1).ToString()!);
                }
            }
            await connection.CloseAsync();
            Console.WriteLine($"  {name}:");
            foreach (var line in lines.Where(l => l.Contains("INDEX", StringComparison.OrdinalIgnoreCase) || l.Contains("Scan", StringComparison.OrdinalIgnoreCase) || l.Contains("SCAN", StringComparison.Ordinal)).Take(6))
            {
                Console.WriteLine($"    {line.Trim()}");
            }
        }
    }

    /// <summary>ToQueryString declares the parameters first (".param set" / SET lines); the plan needs the statement with values in place.</summary>
    private static string Strip(string sql)
    {
        var lines = sql.Split('\n');
        var values = new Dictionary<string, string>();
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal) || l.StartsWith("-- @", StringComparison.Ordinal)))
        {
            var parts = line.StartsWith(".param", StringComparison.Ordinal) ? line[11..].Split(' ', 2) : line[3..].Split('=', 2);
            var value = parts[1].Trim();
            if (line.StartsWith("-- ", StringComparison.Ordinal))
            {
                var quote = value.IndexOf('\'', StringComparison.Ordinal);
                value = quote >= 0 ? value[quote..(value.LastIndexOf('\'') + 1)] : value.Split(' ')[0];
            }
            values[parts[0].Trim()] = value;
        }
        var statement = string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal) && !l.StartsWith("-- ", StringComparison.Ordinal)));
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            statement = statement.Replace(name, value, StringComparison.Ordinal);
        }
        return statement;
    }
}
