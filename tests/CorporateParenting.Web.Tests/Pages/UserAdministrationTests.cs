using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Identity;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

public sealed class UserAdministrationTests(DemoHub factory) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task An_invited_user_gets_an_email_link_sets_a_password_and_signs_in_with_their_roles()
    {
        using var admin = await SignedInAdminAsync();
        var email = $"new-analyst-{Guid.NewGuid():N}@test.example";

        using var created = await Forms.PostAsync(admin, "/Admin/Users/Create",
        [
            new("Input.DisplayName", "Nia Analyst"), new("Input.Email", email),
            new("Input.Roles", HubRoles.PerformanceAnalyst), new("Input.Access", "Invite"),
        ]);
        Assert.Contains($"Nia Analyst has been added and sent an invitation to {email}", await created.Content.ReadAsStringAsync());

        var mail = Directory.GetFiles(Path.Combine(factory.DataDirectory, "mail"), "*.eml").Select(File.ReadAllText).Single(m => m.Contains(email));
        var link = Regex.Match(mail, @"https?://\S+/Account/SetPassword\?\S+").Value;
        Assert.NotEmpty(link);

        using var invitee = factory.CreateClient();
        var path = new Uri(link).PathAndQuery;
        using var set = await Forms.PostAsync(invitee, path, [new("Input.Password", "a long chosen phrase"), new("Input.ConfirmPassword", "a long chosen phrase")]);
        Assert.Contains("Your password has been set", await set.Content.ReadAsStringAsync());

        using var signedIn = await Forms.SignInAsync(invitee, email, "a long chosen phrase");
        Assert.Contains("Your role: Performance analyst", await signedIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Creating_a_user_is_audited_as_the_administrator_who_did_it()
    {
        using var admin = await SignedInAdminAsync();
        var email = $"audited-{Guid.NewGuid():N}@test.example";

        await Forms.PostAsync(admin, "/Admin/Users/Create",
        [
            new("Input.DisplayName", "Audited Person"), new("Input.Email", email), new("Input.Roles", HubRoles.BoardMember),
            new("Input.Access", "Password"), new("Input.Password", "temporary password 1"),
        ]);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var created = await db.AuditEvents.SingleAsync(e => e.EntityType == "HubUser" && e.EntityId == user.Id && e.Action == AuditAction.Created);
        Assert.Equal("admin@hub.example", created.UserName);
        Assert.Contains("Audited Person", created.NewValues);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "IdentityUserRole`1" && e.Action == AuditAction.Created && e.NewValues!.Contains(user.Id)));
    }

    [Fact]
    public async Task A_failed_save_shows_each_error_and_keeps_what_was_typed()
    {
        using var admin = await SignedInAdminAsync();

        using var response = await Forms.PostAsync(admin, "/Admin/Users/Create",
        [
            new("Input.DisplayName", "Kept Name"), new("Input.Email", "not-an-email"), new("Input.Access", "Password"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter an email address in the correct format", html);
        Assert.Contains("Select at least one role", html);
        Assert.Contains("Enter a temporary password", html);
        Assert.Contains("value=\"Kept Name\"", html);
        Assert.Contains("value=\"not-an-email\"", html);
    }

    [Fact]
    public async Task Disabling_a_user_stops_them_signing_in_and_enabling_lets_them_back()
    {
        var (id, email) = await CreateUserAsync();
        using var admin = await SignedInAdminAsync();

        await Forms.PostAsync(admin, $"/Admin/Users/Edit/{id}", [], handler: "Disable");
        using (var blocked = factory.CreateClient())
            Assert.Equal("/Account/SignIn", (await Forms.SignInAsync(blocked, email, "correct-horse-battery")).RequestMessage!.RequestUri!.AbsolutePath);

        await Forms.PostAsync(admin, $"/Admin/Users/Edit/{id}", [], handler: "Enable");
        using var allowed = factory.CreateClient();
        Assert.Equal("/", (await Forms.SignInAsync(allowed, email, "correct-horse-battery")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Roles_are_assigned_on_the_edit_page()
    {
        var (id, _) = await CreateUserAsync();
        using var admin = await SignedInAdminAsync();

        await Forms.PostAsync(admin, $"/Admin/Users/Edit/{id}",
            [new("Input.DisplayName", "Two Roles"), new("Input.Roles", HubRoles.WorkingGroupChair), new("Input.Roles", HubRoles.ServiceManager)], handler: "Save");

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = await users.FindByIdAsync(id);
        Assert.Equal("Two Roles", user!.DisplayName);
        Assert.Equal([HubRoles.ServiceManager, HubRoles.WorkingGroupChair], (await users.GetRolesAsync(user)).Order());
    }

    [Fact]
    public async Task The_users_list_exports_as_csv()
    {
        using var admin = await SignedInAdminAsync();
        using var response = await admin.GetAsync("/Admin/Users?handler=Csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Name,Email,Roles,Status,LastSignedIn", csv.TrimStart('\uFEFF'));
        Assert.Contains("youngperson@hub.example", csv);
    }

    private async Task<HttpClient> SignedInAdminAsync()
    {
        var client = factory.CreateClient();
        var response = await Forms.SignInAsync(client, "admin@hub.example", HubFactory.DemoPassword);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    private async Task<(string Id, string Email)> CreateUserAsync()
    {
        var email = $"user-{Guid.NewGuid():N}@test.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = new HubUser { UserName = email, Email = email, DisplayName = "Someone" };
        Assert.True((await users.CreateAsync(user, "correct-horse-battery")).Succeeded);
        await users.AddToRoleAsync(user, HubRoles.BoardMember);
        return (user.Id, email);
    }
}
