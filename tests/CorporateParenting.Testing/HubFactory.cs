using CorporateParenting.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Testing;

/// <summary>
/// The whole Hub in-process on its own fresh database, migrated and seeded with the demo council
/// exactly as `dotnet run` does. Settings can be overridden per factory.
/// </summary>
public class HubFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "test-demo-password";

    private readonly TestDatabase _database;
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;

    /// <param name="seededOnce">
    /// Start from a copy of the database seeded by the first factory with the same settings in this test run, rather
    /// than migrating and seeding again (importing the 903 years takes most of a minute): <see cref="SeededTemplates"/>.
    /// </param>
    public HubFactory(DatabaseProvider provider, string environment = "Development", Dictionary<string, string?>? settings = null, bool seededOnce = false)
    {
        _database = new TestDatabase(provider);
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Hub"] = _database.ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Demo:Seed"] = "true",
            ["Demo:Password"] = DemoPassword,
            // The generated 903 years take seconds to import: only the PerformanceHub fixture seeds them.
            ["Demo:Performance"] = "false",
            ["Hub:CouncilName"] = "Testshire County Council",
            ["Hub:CouncilCode"] = "NBC",
            ["Hub:ChildPopulation"] = "89600",
            ["Hub:DataDirectory"] = Path.Combine(Path.GetTempPath(), "hub-test-data-" + Guid.NewGuid().ToString("N")),
            ["RateLimiting:SignInPerMinute"] = "1000",
        };
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
        if (seededOnce) SeededTemplates.CopyInto(_database, environment, settings ?? []);
    }

    public DatabaseProvider Provider => _database.Provider;
    public string ConnectionString => _database.ConnectionString;
    public string DataDirectory => _settings["Hub:DataDirectory"]!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
            // Requests carrying the test header are signed in by it; all others use the real Identity cookie.
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultAuthenticateScheme = "TestOrCookie";
            });
            services.AddAuthentication().AddPolicyScheme("TestOrCookie", null, options =>
                options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(TestSignIn.RoleHeader)
                    ? TestSignIn.SchemeName
                    : IdentityConstants.ApplicationScheme);
        });
    }

    /// <summary>A client signed in with one role through the test scheme; redirects are not followed.</summary>
    public HttpClient ClientAs(string? role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // A ceiling for a hang, not a timing under test: with the test projects side by side on a 2-core machine, an
        // import's consequences page (every year measured and protected) can take longer than HttpClient's 100 s.
        client.Timeout = TimeSpan.FromMinutes(5);
        if (role is not null) client.DefaultRequestHeaders.Add(TestSignIn.RoleHeader, role);
        return client;
    }

    /// <summary>For asynchronous work: the scope (and its DbContext) lives until the work is done.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>Chosen over the synchronous form for any lambda returning a task, so the scope cannot close under a running query.</summary>
    public Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> use) => WithScopeAsync(use);

    public T WithScope<T>(Func<IServiceProvider, T> use)
    {
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _database.Dispose();
        // The host's own folder (the mail it wrote): a run makes hundreds, and none is read after its host stops.
        try { if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The class fixture most tests share: the demo council on a fresh SQLite database.</summary>
public sealed class DemoHub() : HubFactory(DatabaseProvider.Sqlite, seededOnce: true);

/// <summary>The demo council with its five generated years of 903 data imported, as on first run.</summary>
public sealed class PerformanceHub() : HubFactory(DatabaseProvider.Sqlite, settings: PerformanceSettings, seededOnce: true)
{
    public static Dictionary<string, string?> PerformanceSettings => new() { ["Demo:Performance"] = "true" };
}
