using System.Collections;
using System.Text.RegularExpressions;

namespace Redress.Web.Letters;

/// <summary>
/// Finds the fields a Liquid template names that letters do not have ("complaint.refrence"), with the line each
/// is on, so that a mistyped field is refused when the template is saved rather than printing nothing.
/// The known fields are those of <see cref="LetterModel"/>, read from a model built for a sample complaint.
/// </summary>
public static partial class TemplateFields
{
    private static readonly HashSet<string> Keywords = ["blank", "empty", "nil", "null", "true", "false", "and", "or", "contains", "in", "with", "reversed", "limit", "offset"];
    private static readonly HashSet<string> Members = ["size", "first", "last"];

    /// <summary>Each unknown field as "line N: name".</summary>
    public static IReadOnlyList<(int Line, string Field)> Unknown(string source, IReadOnlyDictionary<string, object?> model)
    {
        var unknown = new List<(int, string)>();
        var declared = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (Match tag in Tags().Matches(source))
        {
            var line = source[..tag.Index].Count(c => c == '\n') + 1;
            var output = tag.Value.StartsWith("{{", StringComparison.Ordinal);
            var inner = tag.Groups["inner"].Value.Trim().TrimStart('-').TrimEnd('-').Trim();
            var expression = inner;
            if (!output)
            {
                var parts = inner.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
                var name = parts.Length == 0 ? "" : parts[0];
                expression = parts.Length > 1 ? parts[1] : "";
                switch (name)
                {
                    case "for":
                        var loop = ForLoop().Match(expression);
                        if (loop.Success)
                        {
                            var over = Resolve(loop.Groups["list"].Value, model, declared);
                            if (over is Missing)
                            {
                                unknown.Add((line, loop.Groups["list"].Value));
                            }
                            declared[loop.Groups["item"].Value] = over is IList list && list.Count > 0 ? list[0] : null;
                            declared["forloop"] = new Dictionary<string, object?> { ["index"] = 1, ["first"] = true, ["last"] = true, ["length"] = 1 };
                        }
                        continue;
                    case "assign" or "capture":
                        var target = expression.Split('=', 2);
                        declared[target[0].Trim()] = "";
                        expression = target.Length > 1 ? target[1] : "";
                        break;
                    case "if" or "elsif" or "unless" or "case" or "when":
                        break;
                    default:
                        continue; // else, endif, endfor, comment, raw, ...
                }
            }
            foreach (var path in Paths(expression))
            {
                if (Resolve(path, model, declared) is Missing)
                {
                    unknown.Add((line, path));
                }
            }
        }
        return unknown;
    }

    private sealed class Missing
    {
        public static readonly Missing Value = new();
    }

    /// <summary>The variable paths an expression names, leaving out strings, numbers, keywords and filter names.</summary>
    private static IEnumerable<string> Paths(string expression)
    {
        var withoutStrings = Strings().Replace(expression, " ");
        var segments = withoutStrings.Split('|');
        // The first segment is the value; after each filter's name come its arguments (after ':').
        var parts = new List<string> { segments[0] };
        parts.AddRange(segments.Skip(1).Select(s => s.Contains(':', StringComparison.Ordinal) ? s[(s.IndexOf(':', StringComparison.Ordinal) + 1)..] : ""));
        foreach (var part in parts)
        {
            foreach (Match m in Path().Matches(part))
            {
                if (!Keywords.Contains(m.Value))
                {
                    yield return m.Value;
                }
            }
        }
    }

    private static object? Resolve(string path, IReadOnlyDictionary<string, object?> model, Dictionary<string, object?> declared)
    {
        var names = Index().Replace(path, "").Split('.');
        object? node;
        if (declared.TryGetValue(names[0], out var local))
        {
            node = local;
        }
        else if (!model.TryGetValue(names[0], out node))
        {
            return Missing.Value;
        }
        foreach (var name in names.Skip(1))
        {
            switch (node)
            {
                case IDictionary<string, object?> fields when fields.TryGetValue(name, out var next):
                    node = next;
                    break;
                case IList list when Members.Contains(name):
                    node = name == "size" ? 0 : list.Count > 0 ? list[0] : null;
                    break;
                case string when name == "size":
                    node = 0;
                    break;
                case null:
                    return null; // a value the sample lacks: its members cannot be checked
                default:
                    return Missing.Value;
            }
        }
        return node;
    }

    [GeneratedRegex(@"\{\{(?<inner>.*?)\}\}|\{%(?<inner>.*?)%\}", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?<item>[A-Za-z_]\w*)\s+in\s+(?<list>[A-Za-z_][\w.]*)")]
    private static partial Regex ForLoop();

    [GeneratedRegex(@"'[^']*'|""[^""]*""")]
    private static partial Regex Strings();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*")]
    private static partial Regex Path();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
