using Microsoft.AspNetCore.Http.HttpResults;
using Redress.Domain.Common;
using Redress.Web.Common;

namespace Redress.Web.Api;

/// <summary>RFC 9457 problems with a stable <c>code</c> and, for input errors, <c>errors</c> by field.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Invalid(IReadOnlyDictionary<string, string[]> errors) => Problem(
        StatusCodes.Status400BadRequest, "invalid-input", "The request has invalid input",
        string.Join(" ", errors.SelectMany(e => e.Value)), new Dictionary<string, object?> { ["errors"] = errors });

    public static IResult Refused(DomainError error) => Problem(
        StatusCodes.Status422UnprocessableEntity, error.Code, "The action was refused", error.Message,
        error.Field is null ? null : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [error.Field] = [error.Message] } });

    public static IResult NotFound(string message) => Problem(StatusCodes.Status404NotFound, "not-found", "Not found", message);

    public static IResult Stale(string message) => Problem(StatusCodes.Status409Conflict, "stale-write", "The resource has changed", message);

    public static IResult Conflict(string code, string message) => Problem(StatusCodes.Status409Conflict, code, "Conflict", message);

    public static IResult UnsupportedMediaType() => Problem(
        StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Send JSON", "The request body must be JSON with Content-Type: application/json.");

    public static IResult Problem(int status, string code, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            all[key] = value;
        }
        return TypedResults.Problem(detail, statusCode: status, title: title, type: $"https://redress.invalid/problems/{code}", extensions: all);
    }

    /// <summary>Presents an operation's outcome: 200/201 with the value, or the matching problem.</summary>
    public static IResult From<T>(Outcome<T> outcome, Func<T, IResult> ok) => outcome.Kind switch
    {
        OutcomeKind.Ok or OutcomeKind.Created => ok(outcome.Value!),
        OutcomeKind.NotFound => NotFound(outcome.Error!.Message),
        OutcomeKind.Invalid => Invalid(outcome.Errors!),
        OutcomeKind.Stale => Stale(outcome.Error!.Message),
        _ when outcome.Errors is { } errors => Problem(StatusCodes.Status422UnprocessableEntity, outcome.Error!.Code, "The action was refused",
            outcome.Error.Message, new Dictionary<string, object?> { ["errors"] = errors }),
        _ => Refused(outcome.Error!),
    };

    public static ProblemHttpResult Internal() => TypedResults.Problem(
        "Something went wrong on our side. It has been logged.", statusCode: 500, title: "Server error",
        extensions: new Dictionary<string, object?> { ["code"] = "server-error" });
}
