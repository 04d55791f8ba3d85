using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Redress.Web;
using Redress.Web.Api;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Calendar;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Reports;
using Redress.Web.Settings;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose(args) });

// Clock, settings and calendar: one of each per process.
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SettingsStore>();
builder.Services.AddSingleton<CalendarService>();
builder.Services.AddSingleton<AuditTrail>();
builder.Services.AddMemoryCache();

// Database: SQLite file by default, PostgreSQL by configuration.
builder.Services.AddRedressDatabase(builder.Configuration, builder.Environment);
builder.Services.AddIdentityCore<RedressUser>(o => o.User.RequireUniqueEmail = true)
    .AddRoles<RedressRole>()
    .AddEntityFrameworkStores<RedressDbContext>();

// The operations that pages and the API both call.
builder.Services.AddScoped<ComplaintOperations>();
builder.Services.AddScoped<CalendarAdministration>();
builder.Services.AddScoped<UserAdministration>();
builder.Services.AddScoped<TsmReports>();

// API keys as bearer tokens; roles as in API.md.
builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Read, p => p.RequireRole(Roles.All))
    .AddPolicy(Policies.Casework, p => p.RequireRole(Roles.Casework))
    .AddPolicy(Policies.Audit, p => p.RequireRole(Roles.ComplaintsOfficer, Roles.SeniorLead, Roles.Governance, Roles.Admin, Roles.Handler))
    .AddPolicy(Policies.Figures, p => p.RequireRole(Roles.Admin, Roles.ComplaintsOfficer, Roles.SeniorLead))
    .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer<OpenApiInfo>());
builder.Services.AddHealthChecks().AddDbContextCheck<RedressDbContext>("database", tags: ["ready"]);
builder.Services.AddRazorPages();
builder.Services.AddDataProtection()
    .SetApplicationName("Redress")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, "data", "keys")));

var app = builder.Build();

await DatabaseSetup.InitialiseAsync(app.Services, app.Configuration, app.Logger);

app.UseMiddleware<ApiErrors>();
app.UseStatusCodePages(ApiErrors.StatusCodePageAsync);
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticAssets();
app.MapRazorPages();
app.MapOpenApi();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Health.WriteAsync });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = Health.WriteAsync });

var api = app.MapGroup("/api/v1");
api.MapCalendar();
api.MapUsers();
api.MapComplaints();
api.MapSettings();
api.MapReports();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
