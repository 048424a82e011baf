using System.Globalization;
using System.Threading.RateLimiting;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using CorporateParenting.Web.Features.Account;
using CorporateParenting.Web.Features.Account.SingleSignOn;
using CorporateParenting.Web.Features.Demo;
using CorporateParenting.Web.Infrastructure.Mail;
using CorporateParenting.Web.Features.AnnualReports;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Infrastructure.Startup;

public static class HubServices
{
    public const string SignInRateLimit = "sign-in";

    public static WebApplicationBuilder AddHubServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var production = !builder.Environment.IsDevelopment();

        if (production) builder.Logging.ClearProviders().AddJsonConsole();

        services.Configure<HubOptions>(configuration.GetSection(HubOptions.Section));
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<Features.Governance.GovernanceOptions>(configuration.GetSection(Features.Governance.GovernanceOptions.Section));
        services.Configure<SingleSignOnOptions>(configuration.GetSection(SingleSignOnOptions.Section));
        services.AddSingleton<DataDirectory>();
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();

        builder.AddHubPerimeter();
        AddDatabase(builder);
        AddIdentity(services, configuration, production);

        services.AddAuthorization(options => options.AddCapabilityPolicies());
        services.AddRecordAuthorization();
        services.AddFormValidation();
        services.AddRazorPages(options => options.RootDirectory = "/Features");
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cph.antiforgery";
            options.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = "cph.tempdata";
            options.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddHealthChecks().AddDbContextCheck<HubDbContext>("database");
        services.AddHsts(options => { options.MaxAge = TimeSpan.FromDays(365); options.IncludeSubDomains = true; });
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en-GB");
            options.SupportedCultures = options.SupportedUICultures = [CultureInfo.GetCultureInfo("en-GB")];
        });
        AddSignInRateLimit(services, configuration);

        if (string.IsNullOrWhiteSpace(configuration["Email:Smtp:Host"])) services.AddSingleton<IHubMailer, PickupFolderMailer>();
        else services.AddSingleton<IHubMailer, SmtpMailer>();

        services.AddScoped<Features.Admin.Users.UserInvitations>();
        services.AddSingleton<Features.Performance.CouncilReturns>();
        services.AddSingleton<Features.Performance.CouncilMeasureOptions>();
        services.AddScoped<Features.Performance.Children.ViewerScope>();
        services.AddSingleton<Features.Performance.Imports.ImportStaging>();
        services.AddScoped<Features.Performance.Imports.Ssda903Importer>();
        services.AddScoped<Features.Performance.Scorecard.ScorecardBuilder>();
        services.AddSingleton<Features.Performance.Scorecard.ScorecardCache>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoPerformanceSeeder>();
        services.AddScoped<DemoGovernanceSeeder>();
        services.AddScoped<Features.Demo.DemoBoardRecords>();
        services.AddScoped<DemoStrategySeeder>();
        services.AddScoped<Features.Demo.Voice.DemoVoiceSeeder>();
        services.AddScoped<Features.Demo.CorporateParents.DemoCorporateParentsSeeder>();
        services.AddScoped<Features.Demo.LocalOffer.DemoLocalOfferSeeder>();
        services.AddScoped<Features.Demo.AnnualReports.DemoAnnualReportSeeder>();
        services.AddAnnualReportSections();
        services.AddScoped<Features.Voice.Surveys.SurveyAnswering>();
        services.AddSingleton<Features.Voice.Surveys.SurveyProgressCookie>();
        services.AddScoped<Features.Voice.Surveys.SurveyEligibility>();
        services.AddScoped<Features.Strategy.StrategyAccess>();
        services.AddScoped<Infrastructure.People.PersonNames>();
        Features.Home.Panels.HomePanels.AddHomePanels(services);
        services.AddScoped<Features.Strategy.WorkingGroupReportBuilder>();
        services.AddHostedService<DatabaseStartup>();
        services.AddScoped<Features.Governance.Papers.PaperReminders>();
        services.AddScoped<Features.CorporateParents.Training.TrainingReminders>();
        services.AddScoped<Features.CorporateParents.Members.MemberImport>();
        services.AddScoped<Features.Governance.WorkProgramme.WorkProgrammeBuilder>();
        services.AddScoped<Features.Governance.Pack.BoardPackBuilder>();
        services.AddScoped<Features.Governance.Pack.PackIssuer>();
        services.AddScoped<Features.Voice.Results.SurveyResults>();
        services.Configure<Documents.PackOptions>(configuration.GetSection(Documents.PackOptions.Section));
        services.AddSingleton<Documents.PaperConverter>();
        services.AddSingleton<Documents.PrintedPdfCache>();
        services.AddSingleton<Documents.PackPdfRenderer>();
        if (configuration.GetValue("Governance:SendReminders", true)) services.AddHostedService<Features.Governance.Papers.PaperReminderWorker>();
        return builder;
    }

    private static void AddDatabase(WebApplicationBuilder builder)
    {
        var provider = DatabaseSetup.ProviderFrom(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString(DatabaseSetup.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Hub is not set.");
            var dataDirectory = Path.GetFullPath(builder.Configuration["Hub:DataDirectory"] ?? "data", builder.Environment.ContentRootPath);
            Directory.CreateDirectory(dataDirectory);
            connectionString = $"Data Source={Path.Combine(dataDirectory, "hub.db")}";
        }
        builder.Services.AddHubDatabase(provider, connectionString);
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration, bool production)
    {
        services.AddIdentity<HubUser, IdentityRole>(options =>
            {
                // NCSC guidance: length, not composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<HubDbContext>()
            .AddSignInManager<HubSignInManager>()
            .AddDefaultTokenProviders();

        // A disabled account or changed roles take effect within a minute, not at cookie expiry.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = SessionCheck.RefreshInterval);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "cph.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            // Every request checks the cookie's security stamp, so signing out ends the session on the server (ADR 13).
            options.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            // Signed in but not allowed: a real 403 with the GOV.UK error page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.ConfigureExternalCookie(options =>
        {
            options.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthentication().AddSingleSignOn(configuration);
    }

    private static void AddSignInRateLimit(IServiceCollection services, IConfiguration configuration)
    {
        var permitsPerMinute = configuration.GetValue("RateLimiting:SignInPerMinute", 100);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
