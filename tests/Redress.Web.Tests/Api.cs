using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Redress.Web.Tests;

/// <summary>Small helpers for calling the API as an outside client would: JSON in, JSON out.</summary>
internal static class Api
{
    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, object body, string? ifMatch = null, string? idempotencyKey = null) =>
        client.PostRaw(url, JsonSerializer.Serialize(body), ifMatch, idempotencyKey);

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string url, string json, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }

    public static async Task<JsonNode> Json(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    /// <summary>Asserts the status and returns the body, showing the body when the status is wrong.</summary>
    public static async Task<JsonNode> Expect(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a problem+json with the given status and code, and returns it.</summary>
    public static async Task<JsonNode> ExpectProblem(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Expect(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (string?)body["code"]);
        return body;
    }

    public static object Complaint(string receivedOn = "2025-12-19", string description = "My repair has not been done after three visits.") => new
    {
        receivedOn,
        channel = "email",
        resident = new { name = "Alex Brown", email = "alex@example.org", phone = "07700 900123", address = "1 High Street, Town, AB1 2CD", tenure = "lcra" },
        representative = (object?)null,
        description,
        issueOccurredOn = "2025-11-30",
        category = "repairs",
    };

    public static object Definition(params string[] points) => new
    {
        summary = "Repair outstanding after three visits",
        points = points.Length == 0 ? ["Repair not completed", "Missed appointments"] : points,
        outcomesSought = new[] { "Repair completed", "Compensation" },
        notResponsibleFor = Array.Empty<object>(),
    };

    /// <summary>A complete response: the first point upheld and the others not, so partly upheld when there are several.</summary>
    public static object Response(string respondedOn, params string[] points)
    {
        var answered = points.Length == 0 ? ["Repair not completed", "Missed appointments"] : points;
        return new
        {
            respondedOn,
            decision = answered.Length == 1 ? "upheld" : "partlyUpheld",
            findings = answered.Select((p, i) => new { point = p, decision = i == 0 ? "upheld" : "notUpheld", reasons = "The records show what happened." }),
        reasons = "We found fault with the repair service.",
            remedies = new[] { new { type = "financial", description = "Compensation for missed appointments", amountPence = 15000, dueOn = Later(respondedOn, 14) } },
            outstandingActions = new[] { new { description = "Complete the repair", dueOn = Later(respondedOn, 28) } },
        };
    }

    private static string Later(string date, int days) =>
        DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string> CreateUser(this HttpClient admin, string name, params string[] roles)
    {
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        var body = await (await admin.Post("/api/v1/users", new { name, email, roles })).Expect(HttpStatusCode.Created);
        return (string)body["id"]!;
    }

    public static async Task<string> KeyFor(this HttpClient admin, string userId)
    {
        var body = await (await admin.PostAsync($"/api/v1/users/{userId}/api-keys", null)).Expect(HttpStatusCode.Created);
        return (string)body["key"]!;
    }

    public static async Task<JsonNode> Get(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).Expect(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }
}
