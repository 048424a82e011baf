using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Training;

/// <summary>A serving member with their board seat (if any) and where they stand on training.</summary>
public sealed record MemberStanding(CouncilMember Member, string? BoardSeat, Compliance Compliance);

/// <summary>One row of the members' export: machine-readable dates, the status and its reasons.</summary>
public sealed record MemberExportRow(string Name, string? Email, string Ward, string Party, string ElectedOn, string? BoardMembership,
    string Training, int SessionsInLast12Months, string? InductionOn, string Why);

/// <summary>Loads members, their attendance and the rules, and asks <see cref="TrainingCompliance"/> about each.</summary>
public static class MemberCompliance
{
    /// <summary>The one rules row; the defaults when the council has not saved its own.</summary>
    public static async Task<CorporateParentingRules> RulesAsync(HubDbContext db, CancellationToken cancellationToken) =>
        await db.CorporateParentingRules.AsNoTracking().OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken) ?? new CorporateParentingRules();

    public static async Task<IReadOnlyList<MemberStanding>> ServingAsync(HubDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(db, cancellationToken);
        var members = (await db.CouncilMembers.AsNoTracking().ToListAsync(cancellationToken))
            .Where(m => m.IsServingOn(today)).OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var seats = await db.BoardMembers.AsNoTracking().ToDictionaryAsync(b => b.Id, b => $"{DisplayWords.Of(b.Role)} of the board", cancellationToken);
        var attended = await AttendanceAsync(db, cancellationToken);
        return members.Select(m => new MemberStanding(m, m.BoardMemberId is { } b ? seats.GetValueOrDefault(b) : null,
            TrainingCompliance.Assess(m.ElectedOn, attended[m.Id], rules, today))).ToList();
    }

    public static async Task<Compliance> ForAsync(HubDbContext db, CouncilMember member, DateOnly today, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(db, cancellationToken);
        var attended = await (from a in db.TrainingAttendances.AsNoTracking()
                              join s in db.TrainingSessions.AsNoTracking() on a.SessionId equals s.Id
                              where a.CouncilMemberId == member.Id
                              select new AttendedSession(s.Date, s.IsInduction)).ToListAsync(cancellationToken);
        return TrainingCompliance.Assess(member.ElectedOn, attended, rules, today);
    }

    public static IEnumerable<MemberExportRow> Export(IEnumerable<MemberStanding> rows) => rows.Select(r => new MemberExportRow(
        r.Member.Name, r.Member.Email, r.Member.Ward, r.Member.Party, DateDisplay.Iso(r.Member.ElectedOn), r.BoardSeat,
        r.Compliance.Words, r.Compliance.SessionsInYear, r.Compliance.InductionOn is { } i ? DateDisplay.Iso(i) : null, string.Join("; ", r.Compliance.Reasons)));

    private static async Task<ILookup<int, AttendedSession>> AttendanceAsync(HubDbContext db, CancellationToken cancellationToken) =>
        (await (from a in db.TrainingAttendances.AsNoTracking()
                join s in db.TrainingSessions.AsNoTracking() on a.SessionId equals s.Id
                select new { a.CouncilMemberId, s.Date, s.IsInduction }).ToListAsync(cancellationToken))
        .ToLookup(a => a.CouncilMemberId, a => new AttendedSession(a.Date, a.IsInduction));
}
