namespace Redress.Domain.Common;

/// <summary>
/// What an operation that makes something returns: the thing made, or the <see cref="DomainError"/> that
/// refused it (never both). A change to something that exists returns just its refusal, <c>DomainError?</c>,
/// null when it succeeded. Exceptions are for programmer errors only; the one rule that refuses deep inside a
/// calculation (a calendar year not loaded) is turned into a refusal where the operation runs.
/// </summary>
public readonly struct Result<T>
{
    private Result(T? value, DomainError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public DomainError? Error { get; }

    public bool Succeeded => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(DomainError error) => new(default, error);

    public void Deconstruct(out T? value, out DomainError? error) => (value, error) = (Value, Error);
}
