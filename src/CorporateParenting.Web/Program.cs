using CorporateParenting.Web.Infrastructure.Startup;

var command = args.Length > 0 && HubCommands.Names.Contains(args[0]) ? args : null;
var builder = WebApplication.CreateBuilder(command is null ? args : []);
if (command is not null)
{
    // Operator commands never migrate or seed implicitly: they do exactly what they say.
    builder.Configuration["Database:MigrateOnStartup"] = "false";
    builder.Configuration["Demo:Seed"] = "false";
}
builder.AddHubServices();
var app = builder.Build();
app.UseHubPipeline();

if (command is not null) return await HubCommands.RunAsync(app, command);
await app.RunAsync();
return 0;

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
