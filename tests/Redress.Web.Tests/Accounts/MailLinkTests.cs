using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Redress.Web.Tests;

/// <summary>Without Redress:BaseUrl outside Development, no mail carries a link made from a request: the invitation is not sent and the pages say why.</summary>
public sealed class MailLinkTests : OwnInstance<SqliteFactory>
{
    public MailLinkTests()
    {
        Factory.Settings["Redress:BaseUrl"] = "";
        Factory.TestServices.Add(s => s.AddSingleton<HealthCheckService, FailingHealth>());
    }

    /// <summary>A part of a page that throws, as an unexpected failure would.</summary>
    private sealed class FailingHealth : HealthCheckService
    {
        public override Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("boom");
    }

    [Fact]
    [Trait("Database", "SQLite")]
    public async Task NoBaseUrl_InvitationNotSent_TheBannerAndTheOutboxSayWhy()
    {
        var admin = await PageSession.SignInAsync(Factory, "Admin Ada", "admin");
        var email = $"no.link.{Guid.NewGuid():N}@example.org";

        var list = await admin.SubmitFollowAsync("/admin/users/new", new() { ["Name"] = "Nat New", ["Email"] = email, ["Roles"] = "handler" });
        var outbox = await admin.GetAsync("/admin/outbox");

        Assert.Contains("The email was not sent", list.Banner(), StringComparison.Ordinal);
        Assert.Contains("Redress:BaseUrl", list.Banner(), StringComparison.Ordinal);
        Assert.Contains("Redress:BaseUrl is not set", outbox.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var folder = Path.Combine(Factory.DataFolder, "outbox");
        Assert.False(Directory.Exists(folder) && Directory.GetFiles(folder).Length > 0);
    }

    [Fact]
    [Trait("Database", "SQLite")]
    public async Task PageThatFails_ShowsTheGovukErrorPage_NotProblemJson()
    {
        var response = await Factory.CreateClient().GetAsync("/service-status");
        var missing = await Factory.CreateClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Sorry, there is a problem with the service", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", missing.Content.Headers.ContentType!.MediaType);
    }
}
