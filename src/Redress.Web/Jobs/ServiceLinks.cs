namespace Redress.Web.Jobs;

/// <summary>
/// The address that links in mail start with: Redress:BaseUrl, never the Host header of a request (anyone can
/// send any Host, and a reset link pointing at their own site would hand them the token). Without it, links are
/// made only in Development (to http://localhost:5080 or the first of Urls); elsewhere no link is sent, and the
/// log and the outbox page say why.
/// </summary>
public sealed class ServiceLinks
{
    public const string Setting = "Redress:BaseUrl";

    public ServiceLinks(IConfiguration configuration, IHostEnvironment environment, ILogger<ServiceLinks> logger)
    {
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
            }
            else
            {
                Problem = $"{Setting} is '{configured}', which is not a full http or https address, so mail is sent without links.";
            }
        }
        else if (environment.IsDevelopment())
        {
            BaseUrl = (configuration["Urls"] ?? "http://localhost:5080").Split(';')[0].Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
        }
        else
        {
            Problem = $"{Setting} is not set, so mail is sent without links (invitations, password resets, deadline reminders). Set it to the address people use to reach Redress, like https://redress.example.org.";
        }
        if (Problem is not null)
        {
            logger.LogWarning("{Problem}", Problem);
        }
    }

    /// <summary>The start of every link, without a trailing slash; null when links cannot be made.</summary>
    public string? BaseUrl { get; }

    /// <summary>Why links cannot be made, for the log and the outbox page; null when they can.</summary>
    public string? Problem { get; }

    /// <summary>The full address of <paramref name="path"/>, or null when links cannot be made.</summary>
    public string? To(string path) => BaseUrl is null ? null : BaseUrl + (path.StartsWith('/') ? path : "/" + path);
}
