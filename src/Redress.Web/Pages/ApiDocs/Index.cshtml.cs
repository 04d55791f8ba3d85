using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.Metadata;

namespace Redress.Web.Pages.ApiDocs;

/// <summary>The API reference, built from the endpoints themselves so it cannot drift; no CDN, no script.</summary>
public sealed class IndexModel(EndpointDataSource endpoints) : PageModel
{
    public sealed record Operation(string Method, string Route, string Summary, string? Description, string Tag, string? Policy, IReadOnlyList<Field> Body, IReadOnlyList<int> Statuses);

    public sealed record Field(string Name, string Type);

    public IReadOnlyList<IGrouping<string, Operation>> Groups { get; private set; } = [];

    public void OnGet()
    {
        Groups = [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(Describe)
            .OrderBy(o => o.Route, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .GroupBy(o => o.Tag)
            .OrderBy(g => g.Key, StringComparer.Ordinal)];
    }

    private static IEnumerable<Operation> Describe(RouteEndpoint e)
    {
        var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
        var summary = e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? "";
        var description = e.Metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description;
        var tags = e.Metadata.GetMetadata<ITagsMetadata>()?.Tags;
        var tag = tags is { Count: > 0 } ? tags[0] : "Other";
        var policy = string.Join(", ", e.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null));
        var body = e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var statuses = e.Metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).Distinct().Order().ToList();
        var route = Clean(e.RoutePattern.RawText!);
        return methods.Select(m => new Operation(m, route, summary, description, tag, policy.Length == 0 ? null : policy, Fields(body), statuses));
    }

    private static string Clean(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+):\w+\}", "{$1}").TrimEnd('/');

    private static List<Field> Fields(Type? type, string prefix = "", int depth = 0)
    {
        if (type is null || type == typeof(object) || depth > 2)
        {
            return [];
        }
        var fields = new List<Field>();
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null && p.CanWrite))
        {
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(p.Name);
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            fields.Add(new Field(name, TypeName(t)));
            if (IsObject(t))
            {
                fields.AddRange(Fields(t, name + ".", depth + 1));
            }
            else if (t.IsGenericType && typeof(IEnumerable).IsAssignableFrom(t) && IsObject(t.GetGenericArguments()[0]))
            {
                fields.AddRange(Fields(t.GetGenericArguments()[0], name + "[].", depth + 1));
            }
        }
        return fields;
    }

    private static bool IsObject(Type t) => t.IsClass && t != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(t);

    private static string TypeName(Type t)
    {
        if (t.IsEnum)
        {
            return "one of: " + string.Join(", ", Enum.GetNames(t).Select(JsonNamingPolicy.CamelCase.ConvertName));
        }
        return t switch
        {
            _ when t == typeof(string) => "text",
            _ when t == typeof(DateOnly) => "date (YYYY-MM-DD)",
            _ when t == typeof(DateTimeOffset) => "instant (ISO 8601 with offset)",
            _ when t == typeof(TimeOnly) => "time (HH:MM:SS)",
            _ when t == typeof(int) || t == typeof(long) => "whole number",
            _ when t == typeof(bool) => "true or false",
            _ when t == typeof(Guid) => "id (UUID)",
            _ when t.IsGenericType && typeof(IEnumerable).IsAssignableFrom(t) => $"list of {TypeName(Nullable.GetUnderlyingType(t.GetGenericArguments()[0]) ?? t.GetGenericArguments()[0])}",
            _ => "object",
        };
    }
}
