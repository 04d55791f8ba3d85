using Microsoft.AspNetCore.Diagnostics;

namespace Redress.Web.Api;

/// <summary>
/// Failures reach API callers as problem+json: a bad request the server could not read is 400 (or
/// its own status), anything unexpected is a logged 500 with no internals shown.
/// </summary>
public sealed class ApiErrors(RequestDelegate next, ILogger<ApiErrors> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await Problems.Problem(e.StatusCode, "bad-request", "The request could not be read", e.Message).ExecuteAsync(context);
        }
        catch (Data.WriterBusyException e) when (!context.Response.HasStarted)
        {
            // Too many inserts waiting on SQLite: say so at once, and when to try again.
            logger.LogWarning("Refused {Method} {Path}: the database writer's queue is full", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.Headers.RetryAfter = "1";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Problems.Problem(StatusCodes.Status503ServiceUnavailable, "busy", "Busy", e.Message).ExecuteAsync(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            logger.LogError(e, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await Problems.Internal().ExecuteAsync(context);
        }
    }

    /// <summary>Bodiless error statuses on API routes (unknown route, wrong method) become problems.</summary>
    public static async Task StatusCodePageAsync(StatusCodeContext status)
    {
        var http = status.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }
        var code = http.Response.StatusCode;
        var (key, title) = code switch
        {
            404 => ("not-found", "Not found"),
            405 => ("method-not-allowed", "Method not allowed"),
            415 => ("unsupported-media-type", "Send JSON"),
            _ => ("error", "Error"),
        };
        await Problems.Problem(code, key, title, $"{http.Request.Method} {http.Request.Path} gave {code}.").ExecuteAsync(http);
    }
}
