using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;

namespace Redress.Web.Tests;

/// <summary>User administration, invitations and password reset by email, on both databases.</summary>
public abstract partial class AccountTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RedressFactory
{
    private string Outbox => Path.Combine(factory.DataFolder, "outbox");

    private async Task<MimeMessage> LastMailToAsync(string email)
    {
        var files = Directory.Exists(Outbox) ? Directory.GetFiles(Outbox, "*.eml") : [];
        foreach (var file in files.OrderByDescending(f => f, StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == email))
            {
                return message;
            }
        }
        throw new InvalidOperationException($"No mail to {email}");
    }

    private static string LinkIn(MimeMessage message) => new Uri(LinkPattern().Match(message.TextBody ?? "").Value).PathAndQuery;

    private async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await new PageSession(client).SubmitAsync("/sign-in", new() { ["Email"] = email, ["Password"] = password });
    }

    [Fact]
    public async Task AddUser_InvitationLink_SetsAPasswordThatSignsIn_Once()
    {
        var admin = await PageSession.SignInAsync(factory, "Admin Amy", "admin");
        var email = $"new.handler.{Guid.NewGuid():N}@example.org";

        var list = await admin.SubmitFollowAsync("/admin/users/new", new() { ["Name"] = "Nat New", ["Email"] = email, ["Roles"] = "handler" });
        var link = LinkIn(await LastMailToAsync(email));
        var visitor = new PageSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var set = await visitor.SubmitAsync(link, new() { ["Password"] = "a long new password", ["Confirm"] = "a long new password" });
        var again = await visitor.SubmitRefusedAsync(link, new() { ["Password"] = "another long password", ["Confirm"] = "another long password" });
        var signedIn = await SignInAsync(email, "a long new password");

        Assert.StartsWith("Nat New added.", list.Banner(), StringComparison.Ordinal);
        Assert.Contains("Invited", list.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Equal("/sign-in?passwordSet=true", set.Headers.Location?.OriginalString);
        Assert.Contains("expired or has already been used", Assert.Single(again.Errors()).Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Lock_StopsSignIn_UnlockRestoresIt()
    {
        var admin = await PageSession.SignInAsync(factory, "Admin Ben", "admin");
        var handler = await PageSession.SignInAsync(factory, "Lockable Lee", "handler");
        var email = factory.Query(db => db.Users.Single(u => u.Id == handler.UserId).Email!);

        var locked = await admin.SubmitFollowAsync($"/admin/users/{handler.UserId}?handler=Lock", []);
        var refused = await SignInAsync(email, "correct horse battery staple");
        await admin.SubmitFollowAsync($"/admin/users/{handler.UserId}?handler=Unlock", []);
        var allowed = await SignInAsync(email, "correct horse battery staple");

        Assert.Equal("Account locked: they cannot sign in.", locked.Banner());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal(2, factory.Query(db => db.AuditEvents.Count(e => e.EntityId == handler.UserId.ToString() && (e.Action == "user.locked" || e.Action == "user.unlocked"))));
    }

    [Fact]
    public async Task Roles_AdminRemovingTheirOwnAdminRole_Refused()
    {
        var admin = await PageSession.SignInAsync(factory, "Admin Cal", "admin");

        var page = await admin.SubmitRefusedAsync($"/admin/users/{admin.UserId}?handler=Roles", new() { ["Roles"] = "handler" });

        Assert.Equal("roles", Assert.Single(page.Errors()).Field);
        Assert.Equal(["admin"], factory.Query(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == admin.UserId select r.Name!).ToList()));
    }

    [Fact]
    public async Task ForgotPassword_UnknownEmail_SameAnswerAndNoMail_KnownEmail_ResetWorks()
    {
        var handler = await PageSession.SignInAsync(factory, "Forgetful Fay", "handler");
        var email = factory.Query(db => db.Users.Single(u => u.Id == handler.UserId).Email!);
        var visitor = new PageSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var before = Directory.Exists(Outbox) ? Directory.GetFiles(Outbox).Length : 0;

        var unknown = await visitor.SubmitRefusedAsync("/forgot-password", new() { ["Email"] = $"nobody.{Guid.NewGuid():N}@example.org" });
        var afterUnknown = Directory.Exists(Outbox) ? Directory.GetFiles(Outbox).Length : 0;
        var known = await visitor.SubmitRefusedAsync("/forgot-password", new() { ["Email"] = email });
        var reset = await visitor.SubmitAsync(LinkIn(await LastMailToAsync(email)), new() { ["Password"] = "fresh long password", ["Confirm"] = "fresh long password" });

        Assert.Equal("Check your email", unknown.QuerySelector("h1")!.TextContent);
        Assert.Equal("Check your email", known.QuerySelector("h1")!.TextContent);
        Assert.Equal(before, afterUnknown);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, "fresh long password")).StatusCode);
    }

    [Fact]
    public async Task AdminPages_Handler_Forbidden()
    {
        var handler = await PageSession.SignInAsync(factory, "Curious Cy", "handler");

        var response = await handler.Client.GetAsync("/admin/users");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have access to this page", html, StringComparison.Ordinal);
        Assert.Contains("govuk-template", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_WithAnotherHostHeader_LinkStartsWithTheConfiguredAddress()
    {
        var handler = await PageSession.SignInAsync(factory, "Hosted Hal", "handler");
        var email = factory.Query(db => db.Users.Single(u => u.Id == handler.UserId).Email!);
        var visitor = new PageSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        visitor.Client.DefaultRequestHeaders.Host = "attacker.example";

        await visitor.SubmitRefusedAsync("/forgot-password", new() { ["Email"] = email });
        var body = (await LastMailToAsync(email)).TextBody!;

        Assert.Contains("https://redress.example.org/reset-password?", body, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_OpenedByItsAddress_OffersTheButtonAndSignsOutOnlyWhenPressed()
    {
        var handler = await PageSession.SignInAsync(factory, "Leaving Lou", "handler");

        var page = await handler.GetAsync("/sign-out");
        var stillIn = await handler.Client.GetAsync("/work");
        var signedOut = await handler.SubmitAsync("/sign-out", []);
        var after = await handler.Client.GetAsync("/work");

        Assert.Equal("Sign out", page.QuerySelector("main button")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/sign-in", after.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/reset-password\?\S+")]
    private static partial Regex LinkPattern();
}

[Trait("Database", "SQLite")]
public sealed class AccountSqliteTests(SqliteFactory factory) : AccountTests<SqliteFactory>(factory);

[Trait("Database", "PostgreSQL")]
public sealed class AccountPostgresTests(PostgresFactory factory) : AccountTests<PostgresFactory>(factory);
