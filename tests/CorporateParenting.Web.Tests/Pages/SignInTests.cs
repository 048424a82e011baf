using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Identity;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

public sealed class SignInTests(DemoHub factory) : IClassFixture<DemoHub>
{
    public static TheoryData<string> Roles => new(HubRoles.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_demo_account_signs_in_with_the_demo_password_and_sees_its_role(string roleName)
    {
        var role = HubRoles.All.Single(r => r.Name == roleName);
        using var client = factory.CreateClient();

        using var response = await Forms.SignInAsync(client, DemoSeeder.EmailFor(role), HubFactory.DemoPassword);
        var home = await response.Content.ReadAsStringAsync();

        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"Your role: {role.DisplayName}", home);
        Assert.Contains("Testshire County Council", home);
    }

    [Fact]
    public async Task The_development_sign_in_page_lists_every_demo_account_and_the_password()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/Account/SignIn");

        foreach (var role in HubRoles.All) Assert.Contains($"{role.DemoAccount}@hub.example", html);
        Assert.Contains(HubFactory.DemoPassword, html);
    }

    [Fact]
    public async Task A_wrong_password_shows_a_specific_error_and_keeps_the_email_typed()
    {
        using var client = factory.CreateClient();
        using var response = await Forms.SignInAsync(client, "analyst@hub.example", "not-the-password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("Enter a correct email address and password", html);
        Assert.Contains("value=\"analyst@hub.example\"", html);
    }

    [Fact]
    public async Task Missing_fields_are_each_named_in_the_error_summary()
    {
        using var client = factory.CreateClient();
        using var response = await Forms.PostAsync(client, "/Account/SignIn", [new("Input.Email", ""), new("Input.Password", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("href=\"#Input_Email\">Enter your email address", html);
        Assert.Contains("href=\"#Input_Password\">Enter your password", html);
    }

    [Fact]
    public async Task Ten_wrong_passwords_make_the_address_wait_even_with_the_right_one()
    {
        var email = await CreateUserAsync("lockout");
        using var client = factory.CreateClient();
        for (var attempt = 0; attempt < 10; attempt++) await Forms.SignInAsync(client, email, "wrong-password-000");

        using var response = await Forms.SignInAsync(client, email, "correct-horse-battery");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("too many failed attempts to sign in with this email address", html);
        Assert.NotEqual("/", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var email = await CreateUserAsync("disabled", disabled: true);
        using var client = factory.CreateClient();

        using var response = await Forms.SignInAsync(client, email, "correct-horse-battery");

        Assert.Contains("If your account has been disabled", await response.Content.ReadAsStringAsync());
        Assert.Equal("/Account/SignIn", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Passwords_need_twelve_characters_and_nothing_else()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();

        var tooShort = await users.CreateAsync(new HubUser { UserName = "short@test.example", Email = "short@test.example" }, "elevenchars");
        var plainLong = await users.CreateAsync(new HubUser { UserName = "long@test.example", Email = "long@test.example" }, "twelve chars");

        Assert.False(tooShort.Succeeded);
        Assert.True(plainLong.Succeeded, string.Join(", ", plainLong.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        await using var limited = new HubFactory(DatabaseProvider.Sqlite, settings: new() { ["RateLimiting:SignInPerMinute"] = "3" });
        using var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await client.GetAsync("/Account/SignIn")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var page = await (await client.GetAsync("/Account/SignIn")).Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts", page);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = factory.CreateClient();
        await Forms.SignInAsync(client, "officer@hub.example", HubFactory.DemoPassword);

        using var signedOut = await Forms.PostAsync(client, "/Account/SignOut", []);
        using var home = await client.GetAsync("/");

        Assert.Contains("You have signed out", await signedOut.Content.ReadAsStringAsync());
        Assert.Equal("/Account/SignIn", home.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private async Task<string> CreateUserAsync(string name, bool disabled = false)
    {
        var email = $"{name}-{Guid.NewGuid():N}@test.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var result = await users.CreateAsync(new HubUser { UserName = email, Email = email, DisplayName = name, IsDisabled = disabled }, "correct-horse-battery");
        Assert.True(result.Succeeded);
        return email;
    }
}
