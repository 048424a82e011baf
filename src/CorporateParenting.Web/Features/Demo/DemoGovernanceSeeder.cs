using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Features.Governance;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>The demo board: invented members (no real person) and two years of meetings with their standing items (<see cref="DemoCalendar"/>). Runs once.</summary>
public sealed class DemoGovernanceSeeder(HubDbContext db, IOptions<GovernanceOptions> options, TimeProvider clock, DemoBoardRecords records) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.BoardMembers.AnyAsync(cancellationToken) || await db.Meetings.AnyAsync(cancellationToken)) return;
        var today = clock.UkToday();
        db.BoardMembers.AddRange(
            Member("Cllr Aisha Brennan", MemberCategory.ElectedMember, "Northbridge Borough Council", BoardRole.Chair, today.AddYears(-3), null),
            Member("Cllr Tom Okafor", MemberCategory.ElectedMember, "Northbridge Borough Council", BoardRole.ViceChair, today.AddYears(-2), null),
            Member("Cllr Rhian Patel", MemberCategory.ElectedMember, "Northbridge Borough Council", BoardRole.Member, today.AddYears(-1), null),
            Member("Cllr Graham Hollis", MemberCategory.ElectedMember, "Northbridge Borough Council", BoardRole.Member, today.AddYears(-4), null),
            Member("Director of Children's Services", MemberCategory.CouncilOfficer, "Northbridge Borough Council", BoardRole.SeniorAdviser, today.AddYears(-5), null),
            Member("Head of Children in Care", MemberCategory.CouncilOfficer, "Northbridge Borough Council", BoardRole.SeniorAdviser, today.AddYears(-2), null),
            Member("Virtual School Head", MemberCategory.CouncilOfficer, "Northbridge Borough Council", BoardRole.Member, today.AddYears(-3), null),
            Member("Designated Nurse for Children in Care", MemberCategory.PartnerAgency, "Northbridge and District Integrated Care Board", BoardRole.Member, today.AddYears(-2), null),
            Member("Corporate Parenting Officer", MemberCategory.CouncilOfficer, "Northbridge Borough Council", BoardRole.SupportOfficer, today.AddYears(-3), null),
            Member("Jordan (care leaver)", MemberCategory.CareExperiencedYoungPerson, "Northbridge Children in Care Council", BoardRole.Member, today.AddYears(-2).AddMonths(2), today.AddMonths(2)),
            Member("Kai (care leaver)", MemberCategory.CareExperiencedYoungPerson, "Northbridge Care Leavers' Forum", BoardRole.Member, today.AddYears(-1), today.AddYears(1)),
            Member("Sam (young person in care)", MemberCategory.CareExperiencedYoungPerson, "Northbridge Children in Care Council", BoardRole.Member, today.AddMonths(-6), today.AddMonths(18)),
            Member("Northbridge Foster Carers' Association", MemberCategory.FosterCarer, "Northbridge Foster Carers' Association", BoardRole.Member, today.AddYears(-2), null),
            Member("Independent adviser", MemberCategory.Adviser, "Independent", BoardRole.SeniorAdviser, today.AddYears(-1), null));

        // The board's current year began seven months ago: four held, two to come. Before it, eighteen months of earlier
        // meetings, all held with minutes approved, so the last complete financial year (which began 12 to 24 months ago,
        // whatever day the demo starts) is wholly in the record.
        var meetings = DemoCalendar.PlanMeetings(today, options.Value.StandingItems);
        string[] themes = ["Healthy lives", "Learning and work", "Stable homes and relationships", "Safe from harm", "Ready for adult life", ""];
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            // The current year keeps its order of themes (first meeting: healthy lives); earlier years cycle back from it.
            var theme = themes[((i - DemoCalendar.EarlierMeetings) % themes.Length + themes.Length) % themes.Length];
            meeting.Theme = theme.Length == 0 ? null : theme;
            var next = i + 1 < meetings.Count ? meetings[i + 1].Date : DateOnly.MaxValue;
            meeting.Status = meeting.Date >= today ? MeetingStatus.Planned : next < today ? MeetingStatus.MinutesApproved : MeetingStatus.Held;
            if (meeting.Theme is { } t)
                meeting.Items.Add(new AgendaItem { Order = meeting.Items.Count + 1, Title = $"Themed discussion: {t.ToLowerInvariant()}", Presenter = "Working-group chair", Purpose = ItemPurpose.Discussion });
        }
        meetings[^1].Items.Add(new AgendaItem { Order = meetings[^1].Items.Count + 1, Title = "Sufficiency of local residential places (commercially sensitive)", Presenter = "Head of Commissioning", Purpose = ItemPurpose.Decision, Confidential = true });
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync(cancellationToken);
        AddActions(meetings.Skip(DemoCalendar.EarlierMeetings).ToList(), today);
        await db.SaveChangesAsync(cancellationToken);
        await records.SeedAsync(meetings, today, cancellationToken);
    }

    /// <summary>Actions from the first meetings: one done, one moved and on track, one overdue.</summary>
    private void AddActions(IReadOnlyList<Meeting> meetings, DateOnly today)
    {
        var first = meetings[0];
        DateTime On(DateOnly day) => day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        var done = new BoardAction { MeetingId = first.Id, Description = "Bring the dental check recovery plan to the next meeting", Owner = "Designated Nurse for Children in Care", OriginalDueDate = first.Date.AddMonths(2), DueDate = first.Date.AddMonths(2), Status = ActionStatus.Done };
        done.Updates.Add(new ActionUpdate { WrittenAtUtc = On(first.Date.AddDays(30)), Author = "Designated Nurse for Children in Care", Text = "Plan drafted with the two practices that reopened their lists.", Status = ActionStatus.InProgress });
        done.Updates.Add(new ActionUpdate { WrittenAtUtc = On(first.Date.AddDays(55)), Author = "Designated Nurse for Children in Care", Text = "Plan presented and agreed; the waiting list is reviewed monthly.", Status = ActionStatus.Done });
        var moved = new BoardAction { MeetingId = first.Id, Description = "Offer every care leaver a council apprenticeship interview", Owner = "Head of Leaving Care", OriginalDueDate = first.Date.AddMonths(4), DueDate = first.Date.AddMonths(12), Status = ActionStatus.InProgress };
        moved.Updates.Add(new ActionUpdate { WrittenAtUtc = On(first.Date.AddMonths(3)), Author = "Head of Leaving Care", Text = "Human resources need to change the guaranteed-interview policy first; the board agreed a later date.", Status = ActionStatus.InProgress, MovedFrom = first.Date.AddMonths(4), MovedTo = first.Date.AddMonths(12) });
        var overdue = new BoardAction { MeetingId = meetings[1].Id, Description = "Report on return home interviews offered within 72 hours", Owner = "Head of Safeguarding", OriginalDueDate = today.AddDays(-20), DueDate = today.AddDays(-20), Status = ActionStatus.Open };
        db.BoardActions.AddRange(done, moved, overdue);
    }

    private static BoardMember Member(string name, MemberCategory category, string organisation, BoardRole role, DateOnly start, DateOnly? end) =>
        new() { Name = name, Category = category, Organisation = organisation, Role = role, TermStart = start, TermEnd = end };
}
