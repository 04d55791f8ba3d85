using Redress.Domain.Common;

namespace Redress.Web.Common;

public enum OutcomeKind
{
    Ok,
    Created,
    NotFound,
    /// <summary>Malformed input: 400 with errors per field.</summary>
    Invalid,
    /// <summary>A rule refused: 422 with its code.</summary>
    Refused,
    /// <summary>The resource changed since the caller read it: 409.</summary>
    Stale,
}

/// <summary>What an operation did, for a page or an API endpoint to present.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value = default, DomainError? Error = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Kind is OutcomeKind.Ok or OutcomeKind.Created;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value);

    public static Outcome<T> Created(T value) => new(OutcomeKind.Created, value);

    public static Outcome<T> NotFound(string what) => new(OutcomeKind.NotFound, Error: new DomainError("not-found", what));

    public static Outcome<T> Refused(DomainError error) => new(OutcomeKind.Refused, Error: error);

    /// <summary>Several refusals at once (each item a letter would miss): 422 with the first's code and every one by field.</summary>
    public static Outcome<T> RefusedAll(IReadOnlyList<DomainError> errors) => new(OutcomeKind.Refused,
        Error: errors.Count == 1 ? errors[0] : new DomainError(errors[0].Code, string.Join(" ", errors.Select(e => e.Message)), errors[0].Field),
        Errors: errors.GroupBy(e => e.Field ?? "").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    public static Outcome<T> Stale(string message) => new(OutcomeKind.Stale, Error: new DomainError("stale-write", message, "If-Match"));

    public static Outcome<T> Invalid(string field, string message) =>
        new(OutcomeKind.Invalid, Error: new DomainError("invalid-input", message, field), Errors: new Dictionary<string, string[]> { [field] = [message] });

    public Outcome<TOther> As<TOther>() => new(Kind, default, Error, Errors);
}
