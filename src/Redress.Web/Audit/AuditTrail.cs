using System.Text.Json;
using System.Text.Json.Nodes;
using Redress.Web.Data.Entities;

namespace Redress.Web.Audit;

/// <summary>Builds audit events whose changes are the fields that differ between two snapshots.</summary>
public sealed class AuditTrail(TimeProvider clock)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public AuditEvent Record(Actor actor, string action, string entityType, string entityId, Guid? complaintId, JsonNode? before, JsonNode? after) =>
        Event(actor, action, entityType, entityId, complaintId, Diff(before, after).ToJsonString());

    /// <summary>A creation: the whole new record, { "created": ... }, serialised once without diffing.</summary>
    public AuditEvent Created<T>(Actor actor, string action, string entityType, string entityId, Guid? complaintId, T created) =>
        Event(actor, action, entityType, entityId, complaintId, "{\"created\":" + JsonSerializer.Serialize(created, Options) + "}");

    private AuditEvent Event(Actor actor, string action, string entityType, string entityId, Guid? complaintId, string changes) => new()
    {
        OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
        ActorKind = actor.Kind,
        ActorId = actor.Id,
        ActorName = actor.Name,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        ComplaintId = complaintId,
        Changes = changes,
    };

    public static JsonNode? Snapshot<T>(T value) => JsonSerializer.SerializeToNode(value, Options);

    /// <summary>{ "stages[0].acknowledgedOn": { "before": null, "after": "2025-12-22" }, ... }</summary>
    public static JsonObject Diff(JsonNode? before, JsonNode? after)
    {
        var left = new Dictionary<string, JsonNode?>();
        var right = new Dictionary<string, JsonNode?>();
        Flatten(before, "", left);
        Flatten(after, "", right);
        var changes = new JsonObject();
        foreach (var path in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
        {
            left.TryGetValue(path, out var b);
            right.TryGetValue(path, out var a);
            if (!JsonNode.DeepEquals(b, a))
            {
                changes[path] = new JsonObject { ["before"] = b?.DeepClone(), ["after"] = a?.DeepClone() };
            }
        }
        return changes;
    }

    private static void Flatten(JsonNode? node, string path, Dictionary<string, JsonNode?> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Flatten(value, path.Length == 0 ? key : $"{path}.{key}", into);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{path}[{i}]", into);
                }
                if (array.Count == 0)
                {
                    into[path] = new JsonArray();
                }
                break;
            default:
                into[path] = node;
                break;
        }
    }
}
