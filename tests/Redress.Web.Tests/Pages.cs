using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Redress.Web.Data.Entities;

namespace Redress.Web.Tests;

/// <summary>
/// A browser without a browser: a signed-in cookie session that reads pages as HTML (AngleSharp) and
/// posts forms with their anti-forgery token, as the server renders them.
/// </summary>
public sealed class PageSession(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public Guid UserId { get; init; }

    public HttpClient Client => client;

    public static async Task<PageSession> SignInAsync(RedressFactory factory, string name, params string[] roles)
    {
        const string password = "correct horse battery staple";
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        Guid id;
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RedressUser>>();
            var user = new RedressUser { Id = Guid.CreateVersion7(), Name = name, Email = email, UserName = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
            id = user.Id;
        }
        var session = new PageSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })) { UserId = id };
        var signedIn = await session.SubmitAsync("/sign-in", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }

    public async Task<IHtmlDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>Reads the form page for its anti-forgery token, then posts the fields to it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, Dictionary<string, string> fields)
    {
        var form = await GetAsync(url);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no anti-forgery token");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a form that should be refused, and returns the page shown again.</summary>
    public async Task<IHtmlDocument> SubmitRefusedAsync(string url, Dictionary<string, string> fields)
    {
        var response = await SubmitAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form that should succeed, follows its redirect and returns the page it lands on.</summary>
    public async Task<IHtmlDocument> SubmitFollowAsync(string url, Dictionary<string, string> fields)
    {
        var response = await SubmitAsync(url, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: expected a redirect, got {(int)response.StatusCode}: {ErrorsIn(body)}");
        return await GetAsync(response.Headers.Location!.OriginalString);
    }

    private static string ErrorsIn(string html) =>
        string.Join(" | ", Parser.ParseDocument(html).QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()));
}

internal static class Html
{
    /// <summary>The error summary's messages, with the id of the field each links to ("" for one about nothing on the page).</summary>
    public static IReadOnlyList<(string Field, string Message)> Errors(this IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.QuerySelector("a") is { } a
            ? (a.GetAttribute("href")!.TrimStart('#'), a.TextContent.Trim())
            : ("", li.TextContent.Trim()))];

    /// <summary>A summary list's rows as key and value text.</summary>
    public static string? Row(this AngleSharp.Dom.IParentNode scope, string key) =>
        scope.QuerySelectorAll(".govuk-summary-list__row")
            .FirstOrDefault(r => r.QuerySelector(".govuk-summary-list__key")?.TextContent.Trim() == key)
            ?.QuerySelector(".govuk-summary-list__value")?.TextContent.Trim();

    public static string? Banner(this IHtmlDocument page) => page.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim();
}
