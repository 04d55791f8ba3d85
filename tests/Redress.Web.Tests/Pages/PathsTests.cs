using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Redress.Web.Pages;

namespace Redress.Web.Tests.Pages;

/// <summary>Every address the pages link to (<see cref="Paths"/>) is served by a page's route: a renamed route fails here.</summary>
public sealed class PathsTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public void EveryPath_IsServedByAPageOrAGetEndpoint()
    {
        _ = factory.Server;
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true).ToList();
        var constraints = factory.Services.GetRequiredService<IInlineConstraintResolver>();
        var paths = AllPaths().ToList();

        Assert.True(paths.Count > 50, $"only {paths.Count} paths");
        var unserved = paths.Where(p => !routes.Any(r => Serves(r, p, constraints))).ToList();

        Assert.True(unserved.Count == 0, "No page serves: " + string.Join(", ", unserved));
    }

    [Fact]
    public void ComplaintAction_WithoutAJourney_HasNoPath() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Paths.Complaint(Guid.NewGuid(), Domain.Complaints.ComplaintAction.RemindOverdue));

    private static bool Serves(RouteEndpoint route, string path, IInlineConstraintResolver resolver)
    {
        var values = new RouteValueDictionary();
        var template = TemplateParser.Parse(route.RoutePattern.RawText!.TrimStart('/'));
        if (!new TemplateMatcher(template, new RouteValueDictionary()).TryMatch(new PathString(path), values))
        {
            return false;
        }
        return route.RoutePattern.ParameterPolicies.All(p => p.Value.All(policy =>
            policy.Content is null || resolver.ResolveConstraint(policy.Content)?.Match(null, null, p.Key, values, RouteDirection.IncomingRequest) != false));
    }

    /// <summary>Each constant of <see cref="Paths"/>, and each method called with sample arguments (every journey for a complaint).</summary>
    private static IEnumerable<string> AllPaths()
    {
        var type = typeof(Paths);
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            yield return (string)field.GetValue(null)!;
        }
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(string)))
        {
            foreach (var arguments in Samples(method.GetParameters()))
            {
                yield return Bare((string)method.Invoke(null, arguments)!);
            }
        }
    }

    private static IEnumerable<object?[]> Samples(ParameterInfo[] parameters)
    {
        if (parameters.Any(p => p.ParameterType == typeof(Domain.Complaints.ComplaintAction)))
        {
            return Paths.Journeys.Select(action => parameters.Select(p => p.ParameterType == typeof(Domain.Complaints.ComplaintAction) ? action : Sample(p)).ToArray());
        }
        if (parameters.Any(p => p.ParameterType == typeof(Domain.Letters.LetterKind)))
        {
            return Redress.Web.Letters.LetterTemplates.Editable.Select(kind => parameters.Select(p => p.ParameterType == typeof(Domain.Letters.LetterKind) ? kind : Sample(p)).ToArray());
        }
        if (parameters.Any(p => p.ParameterType == typeof(Redress.Web.Letters.OfferTarget)))
        {
            Redress.Web.Letters.OfferTarget[] targets = [Redress.Web.Letters.OfferTarget.Feedback(Guid.NewGuid()), Redress.Web.Letters.OfferTarget.ServiceRequest(Guid.NewGuid())];
            return targets.Select(target => parameters.Select(p => p.ParameterType == typeof(Redress.Web.Letters.OfferTarget) ? target : Sample(p)).ToArray());
        }
        if (parameters.Any(p => p.ParameterType == typeof(bool)))
        {
            return new[] { true, false }.Select(flag => parameters.Select(p => p.ParameterType == typeof(bool) ? flag : Sample(p)).ToArray());
        }
        return [[.. parameters.Select(Sample)]];
    }

    private static object? Sample(ParameterInfo p) => p.ParameterType switch
    {
        var t when t == typeof(Guid) => Guid.NewGuid(),
        var t when t == typeof(int) => 2025,
        _ when p.Name == "section" => null,
        _ when p.Name == "number" => "6.13",
        _ when p.Name == "periodQuery" => "year=2025",
        _ => "message.eml",
    };

    /// <summary>The path alone: a query or a fragment is not routed.</summary>
    private static string Bare(string path) => path.Split('?', '#')[0];
}
