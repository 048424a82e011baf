using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Data.Governance;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.CorporateParents;

/// <summary>
/// The demo council's homes and two years of members' visits (some homes overdue, two visits with actions in the
/// board's action log), the schools its children attend and the corporate-parenting checks on proposals.
/// Every name is invented.
/// </summary>
public sealed partial class DemoCorporateParentsSeeder
{
    private partial async Task SeedVisitsAndSchoolsAsync(CancellationToken cancellationToken)
    {
        var homes = new CareSetting[]
        {
            new() { Name = "Larkspur House", Kind = CareSettingKind.ChildrensHome, OfstedUrn = "SC482913", Area = "Northfield" },
            new() { Name = "The Willows", Kind = CareSettingKind.ChildrensHome, OfstedUrn = "SC517306", Area = "Eastbridge" },
            new() { Name = "Harbour View", Kind = CareSettingKind.ChildrensHome, OfstedUrn = "SC390174", Area = "Out of area" },
            new() { Name = "Meadowbank short breaks", Kind = CareSettingKind.ShortBreaks, OfstedUrn = "SC462058", Area = "Southgate" },
            new() { Name = "Stepping Stones flats", Kind = CareSettingKind.SupportedAccommodation, OfstedUrn = "2739165", Area = "Town centre" },
            new() { Name = "Kestrel Lodge", Kind = CareSettingKind.ChildrensHome, Area = "Westmoor" },
            new() { Name = "The council's fostering service", Kind = CareSettingKind.FosteringService, OfstedUrn = "SC058821", Area = "Council-wide" },
        };
        db.CareSettings.AddRange(homes);
        await db.SaveChangesAsync(cancellationToken);

        // Visits need members, which the members part of the demo adds: without them, no visits.
        var members = await db.CouncilMembers.OrderBy(m => m.Id).Take(12).ToListAsync(cancellationToken);
        if (members.Count >= 2)
        {
            var today = Today;
            MemberVisit Visit(CareSetting home, int monthsAgo, int[] who, string purpose, string findings) => new()
            {
                CareSettingId = home.Id, Date = today.AddMonths(-monthsAgo).AddDays(-3), Purpose = purpose, Findings = findings,
                RecordedBy = "board.officer@hub.example",
                Members = who.Select(i => members[i % members.Count].Id).Distinct().Select(id => new MemberVisitAttendee { CouncilMemberId = id }).ToList(),
            };
            var visits = new[]
            {
                Visit(homes[0], 11, [0, 1], "Annual visit; to see the refurbished kitchen.", "Warm welcome. Young people cook with staff twice a week now. Staff asked for help recruiting night workers."),
                Visit(homes[0], 3, [2, 3], "Follow-up on night staffing.", "Two night posts filled. The garden is overgrown and the young people would like to use it."),
                Visit(homes[1], 10, [1, 4], "First visit by two newly elected members.", "Calm and homely. Managers worry about how far some young people travel to school."),
                Visit(homes[1], 2, [5, 0], "To hear about the school-run pilot.", "The pilot has cut journeys. Young people asked for better Wi-Fi for homework."),
                Visit(homes[2], 9, [6, 7], "Out-of-area home: to see how our young people keep in touch with home.", "Family time is arranged well but costly; staff suggested video calls on a fixed evening."),
                Visit(homes[3], 8, [8, 2], "To meet the short-breaks team and parents' forum.", "Parents value the service; waiting list for weekend stays is growing."),
                Visit(homes[4], 4, [9, 3], "To see the flats before the board's care-leaver accommodation item.", "Flats clean and safe. Young people want help with budgeting for bills."),
                Visit(homes[6], 1, [10, 11], "To meet foster carers at their support group.", "Carers asked for quicker payment of allowances and more respite."),
                // The year before: the board's earlier rota of visits, so the last complete year's report has its own.
                Visit(homes[0], 23, [4, 8], "Annual visit.", "Young people showed members their rooms. The kitchen is tired and staff want young people to cook more."),
                Visit(homes[2], 21, [1, 9], "First visit to the out-of-area home.", "Good care; young people miss home and asked for help with train fares to see family."),
                Visit(homes[6], 19, [3, 7], "To meet the fostering panel and new carers.", "Panel is thorough; new carers asked for a buddy in their first year."),
                Visit(homes[1], 17, [0, 6], "Annual visit.", "A settled home. Two young people asked to stay on at their school after moving."),
                Visit(homes[4], 15, [2, 10], "To see the flats with the Making A Difference group.", "Flats are bare when young people move in; members asked about furniture before the keys."),
                Visit(homes[3], 13, [5, 11], "Annual visit to short breaks.", "Families praised the staff; the building needs a ramp at the garden door."),
            };
            // The demo board member (member@hub.example) went on the school-run visit: they see it on their own record and may change it.
            if (await db.CouncilMembers.FirstOrDefaultAsync(m => m.Name == DemoMemberName, cancellationToken) is { } demoMember
                && visits[3].Members.All(a => a.CouncilMemberId != demoMember.Id))
                visits[3].Members.Add(new MemberVisitAttendee { CouncilMemberId = demoMember.Id });
            db.MemberVisits.AddRange(visits);
            await db.SaveChangesAsync(cancellationToken);

            // Two visits raised follow-up actions that the board tracks like any other.
            var meetings = await db.Meetings.OrderBy(m => m.Date).ToListAsync(cancellationToken);
            if (meetings.Count > 0)
            {
                async Task FollowUp(MemberVisit visit, string description, string owner, int dueInMonths)
                {
                    // Logged at the first meeting after the visit whose minutes are still open: an approved meeting's
                    // agreed actions cannot change (on some days the meeting after a visit has been minuted already).
                    var meeting = meetings.FirstOrDefault(m => m.Date >= visit.Date && m.MinutesApprovedAtUtc is null) ?? meetings[^1];
                    var due = visit.Date.AddMonths(dueInMonths);
                    var home = homes.Single(h => h.Id == visit.CareSettingId).Name;
                    var action = new BoardAction
                    {
                        MeetingId = meeting.Id, Description = $"{description} (members' visit to {home})", Owner = owner,
                        DueDate = due, OriginalDueDate = due, Status = ActionStatus.Open,
                    };
                    db.BoardActions.Add(action);
                    await db.SaveChangesAsync(cancellationToken);
                    db.MemberVisitActions.Add(new MemberVisitAction { VisitId = visit.Id, BoardActionId = action.Id });
                }
                await FollowUp(visits[1], "Arrange for the garden to be cleared and planted with the young people", "Head of Residential Services", 2);
                await FollowUp(visits[3], "Upgrade the home's broadband for homework", "Head of Residential Services", 3);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        db.Schools.AddRange(
            School("Northfield Academy", "Ms R. Okafor", "Cllr A. Brennan", 14),
            School("Eastbridge High School", "Mr D. Lowe", null, 9),
            School("St Aidan's Catholic College", "Mrs P. Marsh", "Cllr J. Iqbal", 3),
            School("Southgate Primary School", "Miss L. Chen", null, 2),
            School("Westmoor Community Primary", "Mr S. Adeyemi", "Cllr H. Gould", 6),
            School("Riverside Pupil Referral Unit", "Ms K. Doyle", null, 4),
            School("Town Centre Studio School", null, null, 1),
            School("Harbour Coast Academy (out of area)", "Mr T. Reid", null, 5),
            School("Oakfield Special School", "Mrs M. Hussain", "Cllr D. Farrow", 8),
            School("Brookside Junior School", "Mr G. Evans", "Cllr A. Brennan", 3),
            School("Kingsmead Sixth Form College", null, "Cllr J. Iqbal", 11),
            School("Greenacre Infant School", "Ms F. Walsh", null, 2));

        db.DecisionChecks.AddRange(
            new DecisionCheck
            {
                Proposal = "Council tax support scheme for the coming year", DecisionMaker = DecisionMaker.Budget, DecidedOn = Today.AddMonths(-10),
                WhatItMeans = "Care leavers living on their own would have paid council tax from 18 under the draft scheme.",
                Changed = true, HowItChanged = "Care leavers are exempt until their 25th birthday.",
            },
            new DecisionCheck
            {
                Proposal = "Leisure centre concessions review", DecisionMaker = DecisionMaker.Cabinet, DecidedOn = Today.AddMonths(-8),
                WhatItMeans = "Children in care and their carers used the family pass; the draft review removed it.",
                Changed = true, HowItChanged = "Free passes kept for children in care, their foster families and care leavers up to 25.",
            },
            new DecisionCheck
            {
                Proposal = "Home-to-school transport policy", DecisionMaker = DecisionMaker.Cabinet, DecidedOn = Today.AddMonths(-6),
                WhatItMeans = "The Virtual School confirmed that children in care keep transport to stay at their school when they move.",
                Changed = false,
            },
            new DecisionCheck
            {
                Proposal = "Housing allocations policy refresh", DecisionMaker = DecisionMaker.FullCouncil, DecidedOn = Today.AddMonths(-4),
                WhatItMeans = "Care leavers already have priority banding; the refresh keeps it and adds no local-connection test for them.",
                Changed = false,
            },
            new DecisionCheck
            {
                Proposal = "Apprenticeship levy spending plan", DecisionMaker = DecisionMaker.Officer, DecidedOn = Today.AddMonths(-2),
                WhatItMeans = "A chance to ring-fence council apprenticeships for care leavers; the plan already guarantees interviews.",
                Changed = false,
            });
        await db.SaveChangesAsync(cancellationToken);

        School School(string name, string? teacher, string? governor, int children) => new()
        {
            Name = name, DesignatedTeacher = teacher,
            DesignatedTeacherEmail = teacher is null ? null : $"designated.teacher@{new string(name.ToLowerInvariant().Where(char.IsLetter).Take(16).ToArray())}.sch.example",
            LinkGovernor = governor, ChildrenOnRoll = children, CountedOn = Today.AddDays(-Today.Day + 1).AddMonths(-1),
        };
    }
}
