using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Roles;

/// <summary>
/// What makes a nomination whole (ADR 27), checked wherever one is saved (the form, the demo): it ends after it starts;
/// a resolution needs its meeting and must be one of that meeting's; a member does not hold the same role twice at once.
/// Each problem names the nomination's property it is about.
/// </summary>
public static class NominationRules
{
    public static async Task<IReadOnlyList<(string Property, string Message)>> ProblemsAsync(HubDbContext db, Nomination nomination, CancellationToken cancellationToken)
    {
        var problems = new List<(string, string)>();
        if (nomination.EndsOn is { } ends && ends <= nomination.StartsOn)
            problems.Add((nameof(nomination.EndsOn), "The end date must be after the start date"));
        if (nomination.ResolutionId is { } resolutionId)
        {
            var meetingOfResolution = await db.Resolutions.Where(r => r.Id == resolutionId).Select(r => (int?)r.MeetingId).SingleOrDefaultAsync(cancellationToken);
            if (nomination.MeetingId is null)
                problems.Add((nameof(nomination.MeetingId), "Choose the meeting that made the nomination, as well as its resolution"));
            else if (meetingOfResolution != nomination.MeetingId)
                problems.Add((nameof(nomination.ResolutionId), "Choose a resolution of the meeting chosen: this one was made at another meeting"));
        }
        var others = await db.Nominations.AsNoTracking()
            .Where(n => n.Id != nomination.Id && n.RoleId == nomination.RoleId && n.CouncilMemberId == nomination.CouncilMemberId).ToListAsync(cancellationToken);
        if (others.Any(o => Overlap(o, nomination)))
            problems.Add((nameof(nomination.StartsOn), "The member already holds this role over some of these dates: end that nomination first"));
        return problems;
    }

    /// <summary>For code that saves without a form (the demo): refuses a nomination that is not whole.</summary>
    public static async Task EnsureAsync(HubDbContext db, Nomination nomination, CancellationToken cancellationToken)
    {
        if (await ProblemsAsync(db, nomination, cancellationToken) is { Count: > 0 } problems)
            throw new InvalidOperationException("This nomination is not right: " + string.Join("; ", problems.Select(p => p.Message)));
    }

    private static bool Overlap(Nomination a, Nomination b) =>
        a.StartsOn <= (b.EndsOn ?? DateOnly.MaxValue) && b.StartsOn <= (a.EndsOn ?? DateOnly.MaxValue);

    public static string Term(int? months) => months switch
    {
        null => "Open-ended",
        12 => "1 year",
        _ when months % 12 == 0 => $"{months / 12} years",
        1 => "1 month",
        _ => $"{months} months",
    };
}
