using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Redress.Web.Auth;
using Redress.Web.Data.Entities;

namespace Redress.Web.Tests;

/// <summary>OpenID Connect sign-in, when configured: the challenge to the provider, and matching its people to Redress accounts.</summary>
public abstract class ExternalSignInTests<TFactory> where TFactory : RedressFactory, new()
{
    private static TFactory Configured()
    {
        var factory = new TFactory();
        factory.Settings["Authentication:Oidc:Authority"] = "https://login.example.org/tenant/v2.0";
        factory.Settings["Authentication:Oidc:ClientId"] = "redress-client";
        factory.Settings["Authentication:Oidc:ClientSecret"] = "secret";
        factory.Settings["Authentication:Oidc:DisplayName"] = "Contoso Homes account";
        // The provider's metadata as its discovery document would give it: no network in tests.
        var metadata = new OpenIdConnectConfiguration
        {
            Issuer = "https://login.example.org/tenant/v2.0",
            AuthorizationEndpoint = "https://login.example.org/tenant/oauth2/v2.0/authorize",
            TokenEndpoint = "https://login.example.org/tenant/oauth2/v2.0/token",
        };
        factory.TestServices.Add(s => s.PostConfigure<OpenIdConnectOptions>(ExternalSignIn.Scheme, o =>
        {
            o.Configuration = metadata;
            o.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
        }));
        return factory;
    }

    [Fact]
    public async Task SignInPage_Configured_OffersTheProvider_AndSendsThereWithPkce()
    {
        using var factory = Configured();
        var visitor = new PageSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        var page = await visitor.GetAsync("/sign-in?returnUrl=%2Fwork");
        var challenge = await visitor.SubmitAsync("/sign-in?handler=External", new() { ["ReturnUrl"] = "/work" });

        Assert.Equal("Sign in with Contoso Homes account", page.QuerySelector("form button")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!.ToString();
        Assert.StartsWith("https://login.example.org/tenant/oauth2/v2.0/authorize?", location, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(challenge.Headers.Location!.Query);
        Assert.Equal("redress-client", query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Equal("openid profile email", query["scope"].ToString());
        Assert.EndsWith("/signin-oidc", query["redirect_uri"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_NotConfigured_PasswordOnly()
    {
        using var factory = new TFactory();
        var visitor = new PageSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        var page = await visitor.GetAsync("/sign-in");
        var challenge = await visitor.SubmitAsync("/sign-in?handler=External", []);

        Assert.DoesNotContain("Sign in with", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
    }

    [Fact]
    public async Task Find_ByEmailFirstThenByLogin_OnlyKnownUnlockedPeople()
    {
        using var factory = Configured();
        var admin = factory.AdminClient();
        var id = Guid.Parse(await admin.CreateUser("Ext Erin", "handler"));
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RedressUser>>();
        var external = scope.ServiceProvider.GetRequiredService<ExternalSignIn>();
        var email = (await users.FindByIdAsync(id.ToString()))!.Email!;
        static ClaimsPrincipal Person(string email) => new(new ClaimsIdentity([new Claim("email", email)], "oidc"));

        var first = await external.FindAsync("oidc", "subject-1", Person(email), CancellationToken.None);
        var later = await external.FindAsync("oidc", "subject-1", Person("changed@example.org"), CancellationToken.None);
        var stranger = await external.FindAsync("oidc", "subject-2", Person($"stranger.{Guid.NewGuid():N}@example.org"), CancellationToken.None);
        await users.SetLockoutEndDateAsync((await users.FindByIdAsync(id.ToString()))!, DateTimeOffset.MaxValue);
        var locked = await external.FindAsync("oidc", "subject-1", Person(email), CancellationToken.None);

        Assert.Equal(id, first?.Id);
        Assert.Equal(id, later?.Id);
        Assert.Null(stranger);
        Assert.Null(locked);
        Assert.Equal(1, factory.Query(db => db.AuditEvents.Count(e => e.Action == "user.external-login-linked" && e.EntityId == id.ToString())));
    }
}

[Trait("Database", "SQLite")]
public sealed class ExternalSignInSqliteTests : ExternalSignInTests<SqliteFactory>;

[Trait("Database", "PostgreSQL")]
public sealed class ExternalSignInPostgresTests : ExternalSignInTests<PostgresFactory>;
