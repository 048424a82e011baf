using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data.Identity;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Security;

/// <summary>Sessions, links, forwarded headers, sign-in throttling and upload limits (issue 12, ADR 13).</summary>
public sealed partial class PerimeterTests(PerimeterHub hub) : IClassFixture<PerimeterHub>
{
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task A_cookie_kept_from_before_sign_out_is_refused_when_replayed()
    {
        var email = await CreateUserAsync("replay");
        using var browser = hub.ClientFrom("192.0.2.10");
        using var signedIn = await Forms.SignInAsync(browser, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var kept = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("cph.auth")).Select(c => c.Split(';')[0]));
        Assert.NotEmpty(kept);

        using var before = await ReplayAsync(kept);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);   // the kept cookie works while the session lasts

        using var signedOut = await Forms.PostAsync(browser, "/Account/SignOut", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var after = await ReplayAsync(kept);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/SignIn", after.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        using var thief = hub.ClientFrom("203.0.113.66", cookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        return await thief.SendAsync(request);
    }

    [Fact]
    public async Task An_invitation_sent_with_a_forged_host_links_to_the_public_address_only()
    {
        using var admin = hub.ClientFrom("192.0.2.11", baseAddress: "http://evil.example");
        await Forms.SignInAsync(admin, "admin@hub.example", HubFactory.DemoPassword);
        var email = $"invited-{Guid.NewGuid():N}@test.example";

        using var created = await Forms.PostAsync(admin, "/Admin/Users/Create",
        [
            new("Input.DisplayName", "Ivy Invited"), new("Input.Email", email),
            new("Input.Roles", HubRoles.BoardMember), new("Input.Access", "Invite"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var mail = Directory.GetFiles(Path.Combine(hub.DataDirectory, "mail"), "*.eml").Select(File.ReadAllText).Single(m => m.Contains(email));
        var links = Links().Matches(mail).Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(PerimeterHub.PublicUrl + "/Account/SetPassword?", link));
        Assert.DoesNotContain("evil.example", mail);
    }

    [Fact]
    public async Task The_calendar_feed_fetched_with_a_forged_host_links_to_the_public_address_only()
    {
        using var member = hub.ClientFrom("192.0.2.12", baseAddress: "http://evil.example");
        member.DefaultRequestHeaders.Add(TestSignIn.RoleHeader, HubRoles.BoardMember);

        var ics = (await member.GetStringAsync("/Governance/WorkProgramme?handler=Calendar")).Replace("\r\n ", "");   // unfold RFC 5545 lines

        var links = Links().Matches(ics).Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(PerimeterHub.PublicUrl + "/Governance/Meetings/Show/", link));
        Assert.DoesNotContain("evil.example", ics);
    }

    [Fact]
    public async Task Forwarded_for_is_honoured_from_the_trusted_proxy_and_ignored_from_any_other()
    {
        // The sign-in pages are limited per client address: behind the trusted proxy every forwarded client has its own
        // allowance; from an unlisted address the forwarded header is ignored and every request counts against that address.
        var throughProxy = await SignInPageStatusesAsync(PerimeterHub.TrustedProxy);
        var spoofed = await SignInPageStatusesAsync("10.0.0.99");

        Assert.All(throughProxy, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed[^1]);
    }

    private async Task<List<HttpStatusCode>> SignInPageStatusesAsync(string from)
    {
        using var client = hub.ClientFrom(from);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= PerimeterHub.SignInRequestsPerMinute; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/SignIn");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task One_address_is_limited_to_its_sign_in_requests_a_minute()
    {
        using var office = hub.ClientFrom("192.0.2.13");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= PerimeterHub.SignInRequestsPerMinute; i++) statuses.Add((await office.GetAsync("/Account/SignIn")).StatusCode);

        Assert.All(statuses[..^1], status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Repeated_failures_for_an_account_make_that_address_wait_even_with_the_right_password()
    {
        var email = await CreateUserAsync("guessed");
        using var attacker = hub.ClientFrom("192.0.2.20");
        for (var attempt = 0; attempt < 10; attempt++) await Forms.SignInAsync(attacker, email, $"guess number {attempt}");

        using var right = await Forms.SignInAsync(attacker, email, Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);   // the form again, not the redirect into the Hub
        Assert.Contains("too many failed attempts to sign in with this email address", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_attacker_elsewhere_cannot_lock_the_owner_out()
    {
        var email = await CreateUserAsync("targeted");
        using var attacker = hub.ClientFrom("192.0.2.30");
        using var secondAttacker = hub.ClientFrom("192.0.2.31");
        for (var attempt = 0; attempt < 10; attempt++) await Forms.SignInAsync(attacker, email, $"guess number {attempt}");
        // The account is now under attack (15 failures in all): the second address gets only three guesses.
        for (var attempt = 0; attempt < 5; attempt++) await Forms.SignInAsync(secondAttacker, email, $"other guess {attempt}");
        using var secondRight = await Forms.SignInAsync(secondAttacker, email, Password);
        Assert.Equal(HttpStatusCode.OK, secondRight.StatusCode);

        using var owner = hub.ClientFrom("192.0.2.32");
        using var signedIn = await Forms.SignInAsync(owner, email, Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        await using var scope = hub.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>().FindByEmailAsync(email);
        Assert.Null(user!.LockoutEnd);
    }

    [Fact]
    public async Task Failures_and_throttling_read_the_same_for_an_unknown_account_as_for_a_real_one()
    {
        var real = await CreateUserAsync("real");
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";
        // Two addresses only to stay under the per-address request limit; the throttle counts each (account, address) apart.
        using var first = hub.ClientFrom("192.0.2.40");
        using var second = hub.ClientFrom("192.0.2.41");

        var realAnswers = new List<string>();
        var unknownAnswers = new List<string>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            realAnswers.Add(await ErrorsAsync(await Forms.SignInAsync(first, real, "wrong password here")));
            unknownAnswers.Add(await ErrorsAsync(await Forms.SignInAsync(second, unknown, "wrong password here")));
        }

        Assert.Equal(realAnswers, unknownAnswers);
        Assert.Contains("Enter a correct email address and password", realAnswers[0]);
        Assert.Contains("too many failed attempts", realAnswers[^1]);
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            return $"{(int)response.StatusCode} " + string.Join(" | ", ErrorSummary().Matches(html).Select(m => m.Groups[1].Value));
        }
    }

    [Fact]
    public async Task An_upload_over_the_limit_gets_413_and_a_page_that_names_the_limit()
    {
        using var analyst = hub.ClientFrom("192.0.2.50");
        analyst.DefaultRequestHeaders.Add(TestSignIn.RoleHeader, HubRoles.PerformanceAnalyst);
        var tooBig = new byte[100 * 1024 * 1024 + 1];

        using var response = await Forms.PostFilesAsync(analyst, "/Performance/Imports", "Files", [("Header.csv", tooBig)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The file is too big", html);
        Assert.Contains("up to 100 MB", html);
        Assert.DoesNotContain("Page not found", html);
    }

    private async Task<string> CreateUserAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@test.example";
        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = new HubUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, HubRoles.BoardMember)).Succeeded);
        return email;
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Links();

    [GeneratedRegex(@"<a href=""#Input_\w+"">([^<]+)</a>")]
    private static partial Regex ErrorSummary();
}
