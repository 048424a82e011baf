using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.KeyQuestions;
using CorporateParenting.Web.Features.CorporateParents.Training;
using CorporateParenting.Web.Features.Performance.Scorecard;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.CorporateParents.Me;

/// <summary>
/// The signed-in member's own record as a corporate parent, found by their e-mail address: training and compliance,
/// nominations and roles, visits, pen picture status and the next board meeting. Read only; anyone without a
/// record gets a plain page saying so.
/// </summary>
[Authorize(Policy = Capability.UseHub)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock, ScorecardBuilder scorecard) : PageModel
{
    public sealed record SessionRow(DateOnly Date, string Title, string Topic, bool IsInduction);
    public sealed record RoleRow(string Title, DateOnly StartsOn, DateOnly? EndsOn, bool Current, string? Meeting);
    public sealed record VisitRow(DateOnly Date, string Place, string Purpose);
    public sealed record NextMeeting(int Id, DateOnly Date, TimeOnly StartTime, string Place, bool PackIssued);

    public CouncilMember? Member { get; private set; }
    public string? BoardSeat { get; private set; }
    public Compliance? Compliance { get; private set; }
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];
    public IReadOnlyList<VisitRow> Visits { get; private set; } = [];
    public PenPictureStatus? PenPicture { get; private set; }
    public NextMeeting? Meeting { get; private set; }
    /// <summary>The children looked after by ward, as members see them; null when the council has not loaded its postcode lookup.</summary>
    public WardPicture? Wards { get; private set; }
    /// <summary>The member's own ward's two figures; null when the lookup has no ward of that name.</summary>
    public WardRow? OwnWard { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var email = User.Identity?.Name;
        if (string.IsNullOrEmpty(email)) return;
        var lower = email.ToLowerInvariant();
        Member = await db.CouncilMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Email != null && m.Email.ToLower() == lower, cancellationToken);
        if (Member is null) return;
        var today = clock.UkToday();

        Compliance = await MemberCompliance.ForAsync(db, Member, today, cancellationToken);
        if (Member.BoardMemberId is { } seat && await db.BoardMembers.AsNoTracking().FirstOrDefaultAsync(b => b.Id == seat, cancellationToken) is { } board)
            BoardSeat = $"{DisplayWords.Of(board.Role)} of the Corporate Parenting Board";
        Sessions = await (from a in db.TrainingAttendances.AsNoTracking()
                          join s in db.TrainingSessions.AsNoTracking() on a.SessionId equals s.Id
                          where a.CouncilMemberId == Member.Id
                          orderby s.Date descending
                          select new SessionRow(s.Date, s.Title, s.Topic, s.IsInduction)).ToListAsync(cancellationToken);
        var nominations = await (from n in db.Nominations.AsNoTracking()
                                 join r in db.ChampionRoles.AsNoTracking() on n.RoleId equals r.Id
                                 where n.CouncilMemberId == Member.Id
                                 select new { n, r.Title }).ToListAsync(cancellationToken);
        var meetingIds = nominations.Where(x => x.n.MeetingId != null).Select(x => x.n.MeetingId!.Value).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        Roles = nominations.OrderByDescending(x => x.n.StartsOn)
            .Select(x => new RoleRow(x.Title, x.n.StartsOn, x.n.EndsOn, x.n.IsCurrentOn(today),
                x.n.MeetingId is { } id && meetings.TryGetValue(id, out var d) ? DateDisplay.Long(d) : null)).ToList();
        Visits = await (from a in db.MemberVisitAttendees.AsNoTracking()
                        join v in db.MemberVisits.AsNoTracking() on a.VisitId equals v.Id
                        join c in db.CareSettings.AsNoTracking() on v.CareSettingId equals c.Id
                        where a.CouncilMemberId == Member.Id
                        orderby v.Date descending
                        select new VisitRow(v.Date, c.Name, v.Purpose)).ToListAsync(cancellationToken);
        PenPicture = await db.PenPictures.AsNoTracking().Where(p => p.CouncilMemberId == Member.Id)
            .OrderByDescending(p => p.Version).Select(p => (PenPictureStatus?)p.Status).FirstOrDefaultAsync(cancellationToken);
        var next = await db.Meetings.AsNoTracking().Where(m => m.Date >= today && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.AgendaPublished))
            .OrderBy(m => m.Date).FirstOrDefaultAsync(cancellationToken);
        if (next is not null)
            Meeting = new NextMeeting(next.Id, next.Date, next.StartTime, next.Place, await db.IssuedPacks.AnyAsync(p => p.MeetingId == next.Id, cancellationToken));
        // The same suppressed figures as the key questions page (ADR 29), whoever is signed in.
        var years = await scorecard.YearsAsync(cancellationToken);
        if (years.Count > 0)
        {
            Wards = await new KeyQuestionAnswers(db, scorecard).WardsAsync(years.Max(), cancellationToken);
            OwnWard = Wards?.For(Member.Ward);
        }
    }

    public static string Of(PenPictureStatus? status) => status switch
    {
        null => "You have no pen picture yet",
        PenPictureStatus.Draft => "Your draft: young people see nothing until you approve it",
        PenPictureStatus.AwaitingApproval => "Waiting for your approval: young people see nothing until you approve it",
        PenPictureStatus.Approved => "Approved and shown to young people",
        PenPictureStatus.Withdrawn => "Withdrawn: young people do not see it",
        _ => "Replaced by a newer version",
    };
}
