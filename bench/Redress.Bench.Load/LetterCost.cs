using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Redress.Bench.Load;

/// <summary>
/// What issuing a letter adds to the step that issues it: the same acknowledgement and response, one client
/// at a time, with the letter rendered, checked, turned into a PDF and stored (as the pages and API do by
/// default), and with the letter recorded as sent by another system (nothing rendered). Alternates the two so
/// that the machine's drift falls on both. Prints p50 and p95 of each and the difference.
/// </summary>
internal static class LetterCost
{
    public static async Task RunAsync(string baseUrl, string key, int rounds)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var handler = (string)(await Json(await client.PostAsJsonAsync("/api/v1/users", new { name = "Bench Handler", email = $"bench.{Guid.NewGuid():N}@example.org", roles = new[] { "handler" } })))["id"]!;
        var timings = new Dictionary<string, List<double>> { ["acknowledge, letter issued"] = [], ["acknowledge, issued elsewhere"] = [], ["respond, letter issued"] = [], ["respond, issued elsewhere"] = [] };
        for (var i = 0; i < rounds + 20; i++)
        {
            foreach (var external in new[] { false, true })
            {
                var letter = external ? new { issuedExternally = true, reference = "BENCH" } : null;
                var id = (string)(await Json(await client.PostAsJsonAsync("/api/v1/complaints", Complaint())))["id"]!;
                var ack = await Time(() => client.PostAsJsonAsync($"/api/v1/complaints/{id}/acknowledgement", new
                {
                    acknowledgedOn = "2025-12-22", handlerId = handler, letter,
                    definition = new { summary = "Repair outstanding after three visits", points = new[] { "Repair not completed", "Missed appointments" }, outcomesSought = new[] { "Repair completed" }, notResponsibleFor = Array.Empty<object>() },
                }));
                var respond = await Time(() => client.PostAsJsonAsync($"/api/v1/complaints/{id}/response", new
                {
                    respondedOn = "2026-01-06", decision = "partlyUpheld", reasons = "We found fault with the repair service.", letter,
                    findings = new[] { new { point = "Repair not completed", decision = "upheld", reasons = "The records show it." }, new { point = "Missed appointments", decision = "notUpheld", reasons = "The operative called." } },
                    remedies = new[] { new { type = "financial", description = "Compensation for the delay", amountPence = 7500, dueOn = "2026-01-20" } },
                    outstandingActions = new[] { new { description = "Replace the tap", dueOn = "2026-01-27" } },
                }));
                if (i >= 20) // the first rounds warm the server up
                {
                    timings[external ? "acknowledge, issued elsewhere" : "acknowledge, letter issued"].Add(ack);
                    timings[external ? "respond, issued elsewhere" : "respond, letter issued"].Add(respond);
                }
            }
        }
        var p = timings.ToDictionary(t => t.Key, t => (P50: Percentile(t.Value, 0.50), P95: Percentile(t.Value, 0.95)));
        Console.WriteLine($"Letters: {rounds} of each step, one at a time, alternating");
        foreach (var (what, (p50, p95)) in p)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: p50 {p50:F1} ms, p95 {p95:F1} ms"));
        }
        foreach (var step in new[] { "acknowledge", "respond" })
        {
            var (with, without) = (p[$"{step}, letter issued"], p[$"{step}, issued elsewhere"]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  issuing the {step} letter adds: p50 {with.P50 - without.P50:F1} ms, p95 {with.P95 - without.P95:F1} ms"));
        }
    }

    private static object Complaint() => new
    {
        receivedOn = "2025-12-19", channel = "email", description = "My repair has not been done after three visits.", issueOccurredOn = "2025-11-30", category = "repairs",
        resident = new { name = "Alex Brown", email = "alex@example.org", phone = "07700 900123", address = "1 High Street, Town, AB1 2CD", tenure = "lcra" },
    };

    private static async Task<double> Time(Func<Task<HttpResponseMessage>> call)
    {
        var t0 = Stopwatch.GetTimestamp();
        using var response = await call();
        await response.Content.ReadAsByteArrayAsync();
        var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return ms;
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"{response.StatusCode}: {text}");
    }

    private static double Percentile(List<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    }
}
