using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Identity;
using CorporateParenting.Testing;
using CorporateParenting.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Security;

/// <summary>The operator's first step in production: <c>create-admin</c> prints a whole link from Hub:PublicUrl.</summary>
public sealed class CreateAdminCommandTests
{
    [Fact]
    public async Task Create_admin_prints_an_absolute_link_at_the_public_address_that_sets_the_password()
    {
        using var database = new TestDatabase(DatabaseProvider.Sqlite);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:PublicUrl"] = "https://hub.testshire.example/",
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Hub"] = database.ConnectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["Demo:Seed"] = "false",
            ["Governance:SendReminders"] = "false",
        });
        builder.AddHubServices();
        await using var app = builder.Build();
        var output = new StringWriter();

        Assert.Equal(0, await HubCommands.RunAsync(app, ["migrate"], output));
        Assert.Equal(0, await HubCommands.RunAsync(app, ["create-admin", "first.admin@testshire.example"], output));

        var link = Regex.Match(output.ToString(), @"open: (\S+)").Groups[1].Value;
        Assert.StartsWith("https://hub.testshire.example/Account/SetPassword?userId=", link);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var admin = await users.FindByIdAsync(query["userId"].ToString());
        Assert.NotNull(admin);
        Assert.True((await users.ResetPasswordAsync(admin, query["token"].ToString(), "a long chosen phrase")).Succeeded);
    }
}
