using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Security;

public sealed class SecurityBaselineTests(DemoHub factory) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = factory.ClientAs(null);
        using var response = await client.GetAsync("/Account/SignIn");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotContain(" style=\"", html);
    }

    [Fact]
    public async Task A_form_post_without_an_antiforgery_token_is_refused()
    {
        using var client = factory.ClientAs(null);
        using var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(
            [new("Input.Email", "admin@hub.example"), new("Input.Password", HubFactory.DemoPassword)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("cph.auth")));
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        using var client = factory.ClientAs(null);
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Outside_development_there_is_hsts_https_redirection_secure_cookies_and_no_stack_trace()
    {
        await using var production = new ThrowingHubFactory();
        using var http = production.CreateClient(new() { AllowAutoRedirect = false });
        using var redirect = await http.GetAsync("/Account/SignIn");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.StartsWith("https://", redirect.Headers.Location!.ToString());

        using var https = production.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://hub.testshire.example") });  // HSTS is never sent to localhost
        using var signIn = await https.GetAsync("/Account/SignIn");
        Assert.Contains("max-age=", signIn.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        Assert.All(cookies, c => { Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase); Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase); });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/throw-for-test");
        request.Headers.Add(TestSignIn.RoleHeader, "BoardMember");   // past the fallback policy, into the failing code
        using var failure = await https.SendAsync(request);
        var body = await failure.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("at CorporateParenting", body);
    }

    [Fact]
    public async Task The_sign_in_page_never_lists_demo_accounts_in_production()
    {
        await using var production = new ThrowingHubFactory();
        using var https = production.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        var html = await https.GetStringAsync("/Account/SignIn");

        Assert.Contains("Sign in", html);
        Assert.DoesNotContain("admin@hub.example", html);
        Assert.DoesNotContain(HubFactory.DemoPassword, html);
    }

    /// <summary>The Hub in Production, with one extra path that throws, to see what users get.</summary>
    private sealed class ThrowingHubFactory() : HubFactory(DatabaseProvider.Sqlite, "Production", new() { ["https_port"] = "443", ["Hub:PublicUrl"] = "https://hub.testshire.example" })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowOnPath>());
        }
    }

    private sealed class ThrowOnPath : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate inner) =>
                context.Request.Path == "/throw-for-test" ? throw new InvalidOperationException("boom for test") : inner(context));
        };
    }
}
