using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.Voice;

/// <summary>
/// A year of the demo council's voice of the child, wholly synthetic: surveys with answers, youth groups'
/// reports with the board's answers, the Pledge, and a "You said, we did" log. Each part is in its own file;
/// later parts link to earlier ones (the Pledge to survey questions, the log to youth groups' questions).
/// Runs once: a council that already has surveys is left alone.
/// </summary>
public sealed partial class DemoVoiceSeeder(HubDbContext db, TimeProvider clock, IServiceProvider services) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Surveys.AnyAsync(cancellationToken) || await db.YouthGroups.AnyAsync(cancellationToken)) return;
        await SeedSurveysAsync(cancellationToken);
        await SeedYouthGroupsAsync(cancellationToken);
        await SeedPledgeAsync(cancellationToken);
        await SeedYouSaidAsync(cancellationToken);
    }

    private partial Task SeedSurveysAsync(CancellationToken cancellationToken);
    private partial Task SeedYouthGroupsAsync(CancellationToken cancellationToken);
    private partial Task SeedPledgeAsync(CancellationToken cancellationToken);
    private partial Task SeedYouSaidAsync(CancellationToken cancellationToken);

    /// <summary>For a part that needs another service (the 903's eligible children), resolved when it runs.</summary>
    private T Service<T>() where T : notnull => services.GetRequiredService<T>();

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
