using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.CorporateParents;

/// <summary>
/// The demo council's corporate parents, wholly synthetic: about forty members with ward and party, a year of
/// training, pen pictures in several states, champion roles, homes and a year of visits, schools and decisions'
/// checks. Each part is in its own file; later parts look up earlier parts' rows (members by name or e-mail).
/// Runs once: a council that already has members is left alone.
/// </summary>
public sealed partial class DemoCorporateParentsSeeder(HubDbContext db, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.CouncilMembers.AnyAsync(cancellationToken)) return;
        await SeedMembersAsync(cancellationToken);
        await SeedPenPicturesAndRolesAsync(cancellationToken);
        await SeedVisitsAndSchoolsAsync(cancellationToken);
        await SeedKeyQuestionsAsync(cancellationToken);
    }

    private partial Task SeedMembersAsync(CancellationToken cancellationToken);
    private partial Task SeedPenPicturesAndRolesAsync(CancellationToken cancellationToken);
    private partial Task SeedVisitsAndSchoolsAsync(CancellationToken cancellationToken);
    private partial Task SeedKeyQuestionsAsync(CancellationToken cancellationToken);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
