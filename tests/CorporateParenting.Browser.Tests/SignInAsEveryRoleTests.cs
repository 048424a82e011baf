using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Demo;
using Microsoft.Playwright;

namespace CorporateParenting.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInAsEveryRoleTests(BrowserHost host)
{
    public static TheoryData<string> Roles => new(HubRoles.All.Select(r => r.Name));

    [Fact]
    public async Task The_sign_in_page_is_accessible_and_lists_the_demo_accounts()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");

        Assert.EndsWith("/Account/SignIn?ReturnUrl=%2F", page.Url);
        await Expect(page.GetByTestId("demo-accounts")).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "sign-in");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>The accessibility check itself can fail: a page with an unlabelled field and an image without words.</summary>
    [Fact]
    public async Task The_accessibility_check_names_what_it_finds()
    {
        var page = await host.NewPageAsync();
        await page.SetContentAsync("<html lang=\"en\"><head><title>t</title></head><body><main><img src=\"x.png\"><input type=\"text\"></main></body></html>");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.AssertNoViolationsAsync(page));
        Assert.Contains("image-alt", failure.Message);
        Assert.Contains("label", failure.Message);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_an_accessible_error_summary()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync("member@hub.example");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByTestId("sign-in").ClickAsync();

        await Expect(page.GetByText("There is a problem")).ToBeVisibleAsync();
        Assert.Equal("member@hub.example", await page.GetByLabel("Email address").InputValueAsync());
        await Accessibility.ScreenshotAsync(page, "sign-in-error");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>
    /// Each role's home page (ADR 33): its own panel of tasks at desktop width (axe there), then narrowed to a 390-pixel
    /// phone (fits the width; a narrowed desktop browser, as the phone crawl uses, since phone emulation widens the
    /// layout to fit the page), each kept as a screenshot for a person to look at; then signing out.
    /// </summary>
    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_demo_role_signs_in_reaches_an_accessible_home_page_that_fits_a_phone_and_signs_out(string roleName)
    {
        var role = HubRoles.All.Single(r => r.Name == roleName);
        await using var context = await host.NewContextAsync(1280);
        var page = await context.NewPageAsync();
        await Accessibility.SignInAsync(page, DemoSeeder.EmailFor(role));
        Assert.Contains(role.DisplayName, await page.GetByTestId("roles").InnerTextAsync());
        await Expect(page.GetByTestId($"panel-{role.Name.ToLowerInvariant()}")).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, $"home-{role.DemoAccount}");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.SetViewportSizeAsync(390, 900);
        await Expect(page.GetByTestId($"panel-{role.Name.ToLowerInvariant()}")).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, $"home-{role.DemoAccount}-phone");
        await Accessibility.AssertFitsWidthAsync(page, $"{role.DisplayName}'s home page");

        // Signing out from the desktop header (on a phone it sits behind the menu button).
        await page.SetViewportSizeAsync(1280, 900);
        await page.GetByTestId("sign-out").ClickAsync();
        await page.ArrivedAtAsync(url => url.Contains("/Account/SignIn"));
    }

    [Fact]
    public async Task The_administrators_pages_are_accessible()
    {
        var page = await host.NewPageAsync();
        await Accessibility.SignInAsync(page, "admin@hub.example");

        foreach (var (path, name) in new[] { ("/Admin/Users", "users"), ("/Admin/Users/Create", "users-create"), ("/Admin/Audit", "audit"), ("/accessibility", "accessibility"), ("/no-such-page", "not-found") })
        {
            await page.GotoAsync(path);
            await Accessibility.ScreenshotAsync(page, name);
            await Accessibility.AssertNoViolationsAsync(page);
        }
        await page.GotoAsync("/Admin/Users/Create");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(page.GetByText("Select at least one role").First).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "users-create-errors");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
