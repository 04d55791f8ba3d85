using System.Net.Mail;

namespace Redress.Web.Api;

/// <summary>Collects input errors by field, worded so that a person can fix them.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public IResult Problem() => Problems.Invalid(Errors);

    public Validator Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public bool Required<T>(string field, T? value, string what) where T : struct
    {
        if (value is null)
        {
            Add(field, $"Enter {what} ('{field}' is required).");
            return false;
        }
        return true;
    }

    public bool Required(string field, object? value, string what)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s))
        {
            Add(field, $"Enter {what} ('{field}' is required).");
            return false;
        }
        return true;
    }

    public void Text(string field, string? value, string what, int maxLength, bool required = true)
    {
        if (required && !Required(field, value, what))
        {
            return;
        }
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{Capitalise(what)} must be {maxLength:N0} characters or fewer ('{field}' has {value.Length:N0}).");
        }
    }

    public void Email(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        if (value.Length > 320 || !MailAddress.TryCreate(value, out var parsed) || parsed.Address != value.Trim() || !value.Contains('.', StringComparison.Ordinal))
        {
            Add(field, $"Enter an email address in the correct format, like name@example.org ('{field}').");
        }
    }

    public void Range(string field, int? value, int min, int max, string what)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(field, $"{Capitalise(what)} must be between {min} and {max} ('{field}' is {v}).");
        }
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
