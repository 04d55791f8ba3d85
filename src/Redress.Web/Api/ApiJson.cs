using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Redress.Web.Api;

/// <summary>JSON as API.md fixes it: camelCase, enums as camelCase strings, dates as YYYY-MM-DD.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new TextConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.MaxDepth = 32;
        return options;
    }

    /// <summary>
    /// Reads the body as <typeparamref name="T"/>. A malformed body is a 400 problem that names the
    /// field and what it must be, never an unexplained failure.
    /// </summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType());
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, ct);
            return value is null
                ? (null, Problems.Invalid("body", "The request body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            return (null, Problems.Invalid(field, $"'{field}' {Expectation(typeof(T), e.Path)}."));
        }
    }

    /// <summary>
    /// Reads the body as changes to <paramref name="current"/>: each member sent replaces the one held (an
    /// object member merges member by member), each member left out keeps its value, and an explicit null
    /// clears it. The body must be a JSON object; a malformed member is a 400 problem naming it.
    /// </summary>
    public static async Task<(T? Value, IResult? Problem)> MergeAsync<T>(HttpRequest request, T current, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType());
        }
        JsonNode? sent;
        try
        {
            sent = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return (null, Problems.Invalid("body", "The request body must be a JSON object."));
        }
        if (sent is not JsonObject changes)
        {
            return (null, Problems.Invalid("body", "The request body must be a JSON object."));
        }
        var merged = JsonSerializer.SerializeToNode(current, Options)!.AsObject();
        Merge(merged, changes);
        try
        {
            var value = merged.Deserialize<T>(Options);
            return value is null ? (null, Problems.Invalid("body", "The request body must be a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            return (null, Problems.Invalid(field, $"'{field}' {Expectation(typeof(T), e.Path)}."));
        }
    }

    private static void Merge(JsonObject into, JsonObject changes)
    {
        foreach (var (name, value) in changes.ToList())
        {
            var key = into.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? name;
            if (value is JsonObject inner && into[key] is JsonObject held)
            {
                Merge(held, inner);
            }
            else
            {
                into[key] = value?.DeepClone();
            }
        }
    }

    /// <summary>
    /// Text may not hold the NUL character (PostgreSQL cannot store it, and no person types it):
    /// refused while reading, so it is a 400 naming the field.
    /// </summary>
    private sealed class TextConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            return value is not null && value.Contains('\0', StringComparison.Ordinal)
                ? throw new JsonException("Text must not contain the NUL character.")
                : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>What the value at a JSON path must look like, found from the request type.</summary>
    internal static string Expectation(Type root, string? path)
    {
        var type = TypeAt(root, path);
        if (type is null)
        {
            return "is not valid JSON of the expected shape";
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n));
            return $"must be one of: {string.Join(", ", names)}";
        }
        return type switch
        {
            _ when type == typeof(DateOnly) => "must be a real calendar date in the form YYYY-MM-DD",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "must be an instant in ISO 8601 form with an offset, such as 2025-12-19T10:30:00Z",
            _ when type == typeof(int) || type == typeof(long) => "must be a whole number",
            _ when type == typeof(bool) => "must be true or false",
            _ when type == typeof(string) => "must be text, without the NUL character",
            _ when type == typeof(Guid) => "must be an id (a UUID)",
            _ when typeof(IEnumerable).IsAssignableFrom(type) => "must be a list",
            _ => "must be an object",
        };
    }

    private static Type? TypeAt(Type root, string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return root;
        }
        Type? current = root;
        foreach (var segment in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment;
            var indexed = segment.IndexOf('[', StringComparison.Ordinal);
            if (indexed >= 0)
            {
                name = segment[..indexed];
            }
            current = PropertyType(current!, name);
            if (current is null)
            {
                return null;
            }
            if (indexed >= 0)
            {
                current = ElementType(current);
            }
        }
        return current;
    }

    private static Type? PropertyType(Type type, string jsonName) => (Nullable.GetUnderlyingType(type) ?? type)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .FirstOrDefault(p => string.Equals(p.Name, jsonName, StringComparison.OrdinalIgnoreCase))?.PropertyType;

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType() : type.IsGenericType ? type.GetGenericArguments()[0] : null;
}
