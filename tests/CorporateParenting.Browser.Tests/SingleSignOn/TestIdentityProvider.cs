using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CorporateParenting.Browser.Tests.SingleSignOn;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on its own Kestrel port, standing in for the council's
/// Entra ID: one registered client (the Hub), one person with a password, groups in the tokens, and
/// PKCE required on every authorization-code request. It runs without a database (OpenIddict's
/// "degraded mode"), so the client and redirect address are checked by the handlers below.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "corporate-parenting-hub";
    public const string Username = "sso.member@testshire.example";
    public const string DisplayName = "Sam Sso-Member";
    public const string BoardGroup = "cp-board-members";
    /// <summary>A group the Hub does not map: it must be ignored, not granted.</summary>
    public const string OtherGroup = "all-staff";

    private const string LoginScheme = "provider-session";

    private WebApplication? _app;

    public TestIdentityProvider()
    {
        Port = BrowserHost.FreePort();
    }

    public int Port { get; }
    public string Authority => $"http://localhost:{Port}/";
    /// <summary>Made afresh for each run; never stored anywhere.</summary>
    public string ClientSecret { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    public string Password { get; } = "pw-" + Guid.NewGuid().ToString("N");
    /// <summary>The Hub's callback; set once the Hub's port is known.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Every authorization request that was given a code, and every code redeemed, as the provider saw them.</summary>
    public ConcurrentQueue<OpenIddictRequest> AuthorizationRequests { get; } = new();
    public ConcurrentQueue<OpenIddictRequest> TokenRequests { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
        builder.Services.AddAuthentication()
            .AddCookie(LoginScheme, cookie =>
            {
                // Both sites are on localhost, where cookies ignore the port: keep the names apart.
                cookie.Cookie.Name = "test-provider-session";
                cookie.LoginPath = "/login";
            });
        builder.Services.AddAuthorization();
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetIssuer(new Uri(Authority));
            server.SetAuthorizationEndpointUris("connect/authorize")
                  .SetTokenEndpointUris("connect/token")
                  .SetUserInfoEndpointUris("connect/userinfo");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            server.EnableDegradedMode();
            server.UseAspNetCore()
                  .EnableAuthorizationEndpointPassthrough()
                  .EnableUserInfoEndpointPassthrough()
                  // Plain HTTP on the loopback address, as the rest of the tests.
                  .DisableTransportSecurityRequirement();

            server.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                else if (context.RedirectUri != RedirectUri)
                    context.Reject(Errors.InvalidRequest, "The redirect_uri is not registered for this client.");
                return default;
            }));
            server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                    context.Reject(Errors.InvalidClient, "The client credentials are not valid.");
                else
                    TokenRequests.Enqueue(context.Request);
                return default;
            }));
        });

        _app = builder.Build();
        _app.UseAuthentication();
        // Typed as route handlers, so the IResult each returns is written to the response.
        _app.MapGet("/login", (string? returnUrl) => Results.Content(LoginForm(returnUrl), "text/html"));
        _app.MapPost("/login", (Func<HttpContext, Task<IResult>>)SignInAsync);
        _app.MapMethods("/connect/authorize", ["GET", "POST"], (Func<HttpContext, Task<IResult>>)AuthorizeAsync);
        _app.MapMethods("/connect/userinfo", ["GET", "POST"], (Func<HttpContext, Task<IResult>>)UserInfoAsync);
        await _app.StartAsync();
    }

    private async Task<IResult> SignInAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        if (form["username"] != Username || form["password"] != Password)
            return Results.Content(LoginForm(returnUrl, "Wrong username or password."), "text/html", statusCode: 401);
        var person = new ClaimsIdentity([new Claim(Claims.Subject, "sso-member-1")], LoginScheme);
        await context.SignInAsync(LoginScheme, new ClaimsPrincipal(person));
        return Results.Redirect(returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal) ? returnUrl : "/");
    }

    /// <summary>Asks the person to sign in at the provider first, then issues the code with their claims.</summary>
    private async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await context.AuthenticateAsync(LoginScheme);
        if (!session.Succeeded)
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.Path + context.Request.QueryString }, [LoginScheme]);

        AuthorizationRequests.Enqueue(request);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, session.Principal!.FindFirstValue(Claims.Subject))
                .SetClaim(Claims.Email, Username)
                .SetClaim(Claims.Name, DisplayName)
                .SetClaims("groups", [BoardGroup, OtherGroup]);
        identity.SetScopes(request.GetScopes());
        // As Entra ID does: the person's details and groups go into the ID token (and the access token for userinfo).
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var token = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!token.Succeeded) return Results.Unauthorized();
        return Results.Json(new Dictionary<string, object?>
        {
            [Claims.Subject] = token.Principal!.GetClaim(Claims.Subject),
            [Claims.Email] = token.Principal.GetClaim(Claims.Email),
            [Claims.Name] = token.Principal.GetClaim(Claims.Name),
            ["groups"] = token.Principal.GetClaims("groups"),
        });
    }

    private static string LoginForm(string? returnUrl, string? problem = null) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><title>Testshire sign-in</title></head><body>
        <h1>Testshire County Council sign-in</h1>
        {(problem is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(problem)}</p>")}
        <form method="post" action="/login">
          <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}">
          <label for="username">Username</label> <input id="username" name="username">
          <label for="password">Password</label> <input id="password" name="password" type="password">
          <button type="submit">Sign in</button>
        </form>
        </body></html>
        """;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
