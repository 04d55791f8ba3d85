using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Redress.Web;
using Redress.Web.Api;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Calendar;
using Redress.Web.Complaints;
using Redress.Web.Documents;
using Redress.Web.Jobs;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Reports;
using Redress.Web.Requests;
using Redress.Web.Residents;
using Redress.Web.Settings;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose(args) });
// Run from a build (dotnet run) in any environment, the styles and scripts (and their compressed copies) are
// found through the build's static web assets manifest, as Development does by default; a published app has
// them in its own wwwroot and no manifest, so this does nothing there.
builder.WebHost.UseStaticWebAssets();

// Clock, settings and calendar: one of each per process.
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SettingsStore>();
builder.Services.AddSingleton<CalendarService>();
builder.Services.AddSingleton<AuditTrail>();
builder.Services.AddSingleton<FirstAdministrator>();
builder.Services.AddMemoryCache();

// Database: SQLite file by default, PostgreSQL by configuration.
builder.Services.AddRedressDatabase(builder.Configuration, builder.Environment);
builder.Services.AddIdentityCore<RedressUser>(o =>
    {
        o.User.RequireUniqueEmail = true;
        // Length over complexity (NCSC password guidance); lock out after 5 failures for 15 minutes.
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    })
    .AddRoles<RedressRole>()
    .AddEntityFrameworkStores<RedressDbContext>()
    .AddSignInManager()
    .AddClaimsPrincipalFactory<RedressClaims>()
    .AddDefaultTokenProviders();
// Reset and invitation links work for 24 hours (and once: the password change renews the security stamp).
builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));
// A locked account or changed roles take effect within a minute, not at the default 30.
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

// The operations that pages and the API both call.
builder.Services.AddScoped<ComplaintOperations>();
builder.Services.AddSingleton<Redress.Web.Letters.LetterComposer>();
builder.Services.AddScoped<Redress.Web.Letters.LetterQueries>();
builder.Services.AddScoped<Redress.Web.Letters.LetterPosting>();
builder.Services.AddScoped<Redress.Web.Letters.OfferLetters>();
builder.Services.AddScoped<Redress.Web.Letters.EvidenceBundle>();
builder.Services.AddScoped<Redress.Web.Letters.LetterTemplates>();
builder.Services.AddSingleton<Redress.Web.Letters.LetterMail>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<Redress.Web.Letters.LetterMail>());
builder.Services.AddScoped<CalendarAdministration>();
builder.Services.AddScoped<SettingsAdministration>();
builder.Services.AddScoped<HomesStore>();
builder.Services.AddSingleton<Redress.Web.Jobs.ServiceLinks>();
builder.Services.AddScoped<LogoStore>();
builder.Services.AddSingleton<Redress.Web.Categories.CategoryCatalogue>();
builder.Services.AddScoped<Redress.Web.Categories.CategoryAdministration>();
builder.Services.AddScoped<Redress.Web.Categories.CategoryNames>();
builder.Services.AddScoped<UserAdministration>();
builder.Services.AddScoped<TsmReports>();
builder.Services.AddScoped<MeasureReports>();
builder.Services.AddScoped<MeasureList>();
builder.Services.AddScoped<Redress.Web.Assessment.AssessmentOperations>();
builder.Services.AddScoped<Redress.Web.Assessment.AssessmentEvidence>();
builder.Services.AddScoped<Redress.Web.Common.RecordChanges>();
builder.Services.AddScoped<AnnualReports>();
builder.Services.AddScoped<MrcPacks>();
builder.Services.AddScoped<Caseload>();
builder.Services.AddScoped<Handlers>();
builder.Services.AddScoped<TeamList>();
builder.Services.AddScoped<ResidentOperations>();
builder.Services.AddScoped<FollowUps>();
builder.Services.AddScoped<ServiceRequestOperations>();
builder.Services.AddScoped<FeedbackOperations>();
builder.Services.AddScoped<CorrespondenceOperations>();
builder.Services.AddSingleton<AttachmentStore>();
builder.Services.AddSingleton<Mailer>();
builder.Services.AddScoped<AccountMail>();
builder.Services.AddScoped<Reminders>();
builder.Services.AddHostedService<ReminderJob>();

// Pages: the Identity cookie. API: API keys as bearer tokens, never the cookie (no cross-site writes).
var authentication = builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
authentication.AddIdentityCookies();
ExternalSignIn.Add(authentication, builder.Configuration);
builder.Services.AddScoped<ExternalSignIn>();
builder.Services.ConfigureApplicationCookie(o =>
{
    o.Cookie.Name = "redress";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.LoginPath = Redress.Web.Pages.Paths.SignIn;
    o.LogoutPath = "/sign-out";
    o.AccessDeniedPath = "/status/403";
    // A page the signed-in person may not see answers 403 with the GOV.UK page, not a redirect to a 200.
    o.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
    o.SlidingExpiration = true;
});
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Read, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(Roles.All))
    .AddPolicy(Policies.Casework, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(Roles.Casework))
    .AddPolicy(Policies.Audit, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(Roles.All))
    .AddPolicy(Policies.Figures, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(Roles.Admin, Roles.ComplaintsOfficer, Roles.SeniorLead))
    .AddPolicy(Policies.Admin, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(Roles.Admin))
    .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.All))
    .AddPolicy(Policies.CaseworkPages, p => p.RequireRole(Roles.Casework))
    .AddPolicy(Policies.SupportNeedPages, p => p.RequireRole(Roles.SupportNeeds))
    .AddPolicy(Policies.AdminPages, p => p.RequireRole(Roles.Admin))
    .AddPolicy(Policies.OversightPages, p => p.RequireRole(Roles.Oversight))
    .AddPolicy(Policies.AssessmentPages, p => p.RequireRole(Roles.AssessmentEditors));

builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer<OpenApiInfo>());
builder.Services.AddHealthChecks().AddDbContextCheck<RedressDbContext>("database", tags: ["ready"]);
builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/Work", Policies.Staff);
    o.Conventions.AuthorizeFolder("/Complaints", Policies.Staff);
    o.Conventions.AuthorizeFolder("/Residents", Policies.Staff);
    o.Conventions.AuthorizeFolder("/ServiceRequests", Policies.Staff);
    o.Conventions.AuthorizeFolder("/FeedbackRecords", Policies.Staff);
    o.Conventions.AuthorizeFolder("/Admin", Policies.AdminPages);
    o.Conventions.AuthorizeFolder("/Oversight", Policies.OversightPages);
    o.Conventions.AuthorizeFolder("/SelfAssessment", Policies.OversightPages);
});
builder.Services.AddDataProtection()
    .SetApplicationName("Redress")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, "data", "keys")));

var app = builder.Build();

await DatabaseSetup.InitialiseAsync(app.Services, app.Configuration, app.Logger);

app.UseMiddleware<ApiErrors>();
// Errors without a body: problem+json on the API, a GOV.UK page elsewhere.
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePages(ApiErrors.StatusCodePageAsync));
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/status/{0}"));
// A page that fails shows the GOV.UK error page (problem+json is for the API).
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/status/500",
    StatusCodeSelector = e => e is Redress.Web.Data.WriterBusyException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
}));
// Routing after the status pages, so that a re-executed request is routed again.
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticAssets();
app.MapRazorPages();
app.MapLandlordLogo();
app.MapOpenApi();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Health.WriteAsync });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = Health.WriteAsync });

var api = app.MapGroup("/api/v1");
api.MapCalendar();
api.MapUsers();
api.MapComplaints();
api.MapSettings();
api.MapCategories();
api.MapReports();
api.MapRequests();
api.MapCorrespondence();
api.MapLetters();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
