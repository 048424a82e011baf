namespace CorporateParenting.Web.Features.Demo;

/// <summary>One part of the demo council, seeded at start-up when "Demo:Seed" is true (DatabaseStartup runs them in order).</summary>
public interface IDemoSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
