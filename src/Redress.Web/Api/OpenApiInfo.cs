using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Redress.Web.Api;

/// <summary>Title, description and the bearer-key security scheme of the OpenAPI document.</summary>
internal sealed class OpenApiInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new Microsoft.OpenApi.OpenApiInfo
        {
            Title = "Redress API",
            Version = "v1",
            Description = "Complaint handling under the Housing Ombudsman's Complaint Handling Code. Authenticate with 'Authorization: Bearer <api key>'. Errors are application/problem+json with a stable 'code'.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key issued to a user: POST /api/v1/users/{id}/api-keys.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] });
        return Task.CompletedTask;
    }
}
