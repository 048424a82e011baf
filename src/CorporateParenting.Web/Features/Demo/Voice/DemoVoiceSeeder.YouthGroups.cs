using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Governance;
using CorporateParenting.Web.Features.Voice.YouthGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Demo.Voice;

public sealed partial class DemoVoiceSeeder
{
    /// <summary>One report: the board meeting (by its place in the year), what the group wrote, its questions, and the board's answers.</summary>
    private sealed record DemoReport(string Group, int Meeting, string TalkedAbout, string WantBoardToKnow, (string Question, string? Answer, string? By)[] Questions, bool Draft = false);

    /// <summary>
    /// The two groups of the seed (Youth Ambassadors, 11 to 15; Making A Difference, 16 plus), their own meetings
    /// before each board, and six reports over the board's year: answered at the held meetings, one sent for the next
    /// meeting and one still a draft; before that year, both groups reported to every meeting. Each sent report is the group's paper on the youth groups' standing item.
    /// Wholly invented.
    /// </summary>
    private async partial Task SeedYouthGroupsAsync(CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.Include(m => m.Items).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        if (meetings.Count < 5) return;
        var today = Today;
        var ambassadors = new YouthGroup
        {
            Name = "Youth Ambassadors", MinAge = 11, MaxAge = 15,
            Description = "Young people in care aged 11 to 15. They meet every month after school, visit services with board members and report to every board meeting.",
        };
        var difference = new YouthGroup
        {
            Name = "Making A Difference", MinAge = 16,
            Description = "Care-experienced young people aged 16 and over. Four of its members sit on the board; the group helps train foster carers and new councillors.",
        };
        foreach (var (group, day, place) in new[] { (ambassadors, 10, "The Base youth centre, Northbridge"), (difference, 12, "Leaving care hub, Station Road") })
            foreach (var board in meetings.Where(m => m.Date.AddDays(-day) <= today))
                group.Meetings.Add(new YouthGroupMeeting
                {
                    Date = board.Date.AddDays(-day), Place = place,
                    Notes = group == ambassadors ? "Pizza and planning: the group chose what to tell the board and wrote its questions." : "The group went through the board's papers with the participation team and agreed its report.",
                });
        db.YouthGroups.AddRange(ambassadors, difference);
        await db.SaveChangesAsync(cancellationToken);

        var groups = new Dictionary<string, YouthGroup> { [ambassadors.Name] = ambassadors, [difference.Name] = difference };
        var officer = DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.ParticipationOfficer));
        var youngPerson = DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.YoungPerson));
        var deadline = Service<IOptions<GovernanceOptions>>().Value.PaperDeadlineDays;
        // The current board year's reports are placed by the meeting's place in that year; each earlier held meeting heard
        // from both groups, on a cycle of earlier topics.
        var thisYear = meetings.Skip(Math.Max(0, meetings.Count - MeetingPlanner.MeetingsInAYear)).ToList();
        var earlier = meetings.Take(meetings.Count - thisYear.Count).Where(m => m.Date <= today).ToList();
        var all = earlier.SelectMany((m, i) => new[] { (Meeting: m, Demo: EarlierReports[(2 * i) % EarlierReports.Length]), (Meeting: m, Demo: EarlierReports[(2 * i + 1) % EarlierReports.Length]) })
            .Concat(DemoReports.Select(d => (Meeting: thisYear[d.Meeting], Demo: d)));
        foreach (var ((meeting, demo), n) in all.Select((x, n) => (x, n)))
        {
            var group = groups[demo.Group];
            var sentOn = meeting.Date.AddDays(-deadline - 1);
            var report = new YouthGroupReport
            {
                YouthGroupId = group.Id, YouthGroup = group, MeetingId = meeting.Id, TalkedAbout = demo.TalkedAbout, WantBoardToKnow = demo.WantBoardToKnow.Length == 0 ? null : demo.WantBoardToKnow,
                Status = demo.Draft ? YouthReportStatus.Draft : YouthReportStatus.Submitted,
                SubmittedBy = demo.Draft ? null : n % 2 == 0 ? officer : youngPerson,
                SubmittedAtUtc = demo.Draft ? null : sentOn.ToDateTime(new TimeOnly(17, 30), DateTimeKind.Utc),
                Questions = demo.Questions.Select((q, i) => new YouthGroupQuestion
                {
                    Order = i + 1, Text = q.Question,
                    // Answers only for meetings that have happened.
                    BoardAnswer = meeting.Date <= today ? q.Answer : null, AnsweredBy = meeting.Date <= today && q.Answer is not null ? q.By : null,
                    AnsweredAtUtc = meeting.Date <= today && q.Answer is not null ? meeting.Date.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc) : null,
                }).ToList(),
            };
            db.YouthGroupReports.Add(report);
            if (!demo.Draft)
            {
                var paper = new ReportRequest
                {
                    MeetingId = meeting.Id, Title = $"{group.Name} report", Owner = group.Name, FromYouthGroup = true,
                    AgendaItemId = YouthReports.StandingItem(meeting)?.Id, DueDate = meeting.Date.AddDays(-deadline),
                };
                YouthReports.Fill(paper, report, group, report.SubmittedAtUtc!.Value);
                db.ReportRequests.Add(paper);
                await db.SaveChangesAsync(cancellationToken);
                report.ReportRequestId = paper.Id;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private const string Chair = "Cllr Aisha Brennan, Chair";
    private const string Director = "Director of Children's Services";

    /// <summary>Earlier years' reports, one per group in turn (even: Youth Ambassadors; odd: Making A Difference), every question answered.</summary>
    private static readonly DemoReport[] EarlierReports =
    [
        new("Youth Ambassadors", 0,
            "We talked about bedrooms: being allowed to decorate them, and having a lock on the door.",
            "A bedroom should feel like ours. Some of us have lived somewhere for a year and still cannot put up a poster.",
            [("Can every home let us choose the colours and posters in our room?", "Yes. Carers and homes have been asked to let you decorate your room, and the welcome pack now says so.", "Head of Children in Care")]),
        new("Making A Difference", 0,
            "We talked about personal advisers: how often we see them and what happens when they leave.",
            "Some of us have not seen our personal adviser for months. We want to know who to call when they are off.",
            [("Can every care leaver have a named back-up adviser?", "Yes. Each personal adviser now has a named colleague who covers, and the duty number is in the Local Offer.", "Head of Leaving Care")]),
        new("Youth Ambassadors", 0,
            "We talked about school: being taken out of lessons for meetings, and who knows we are in care.",
            "We do not want everyone at school to know. Meetings should be after school where possible.",
            [("Can our reviews and meetings be held outside lesson time?", "The Virtual School has asked schools and social workers to book meetings outside lessons unless you choose otherwise.", "Virtual School Head")]),
        new("Making A Difference", 0,
            "We talked about money: setting-up-home grants, bank accounts and savings from when we were in care.",
            "Some of us did not know we had savings in a junior ISA. We want to be told at 16, not at 18.",
            [("Can we be told about our savings at our 16th birthday review?", "Yes. It is now on the pathway plan checklist at 16.", "Head of Leaving Care")]),
        new("Youth Ambassadors", 0,
            "We talked about seeing our brothers and sisters, and about how family time is arranged.",
            "Family time gets cancelled at the last minute and nobody says why. We want to help plan it.",
            [("Can we be asked before family time is changed?", "Yes. Social workers will ask you first unless it is not safe, and tell you why if it has to change.", "Head of Children in Care")]),
        new("Making A Difference", 0,
            "We talked about health: registering with a doctor after a move, and getting help with anxiety.",
            "Moving house means starting again with a new doctor. Waiting for counselling is too long.",
            [("Can the leaving care team help us register with a doctor when we move?", "Yes. Personal advisers now register you with a doctor in your first week in a new home.", "Designated Nurse for Children in Care")]),
    ];

    private static readonly DemoReport[] DemoReports =
    [
        new("Youth Ambassadors", 0,
            "We talked about pocket money and why it is different in every home. We also talked about school trips, and how long it takes to get a form signed so we can go.",
            "Some of us miss trips because nobody signs the form in time. It makes us feel different from our friends. Pocket money should be fair, and we should know what we are meant to get.",
            [
                ("Can every young person be told in writing how much pocket money they should get?", "Yes. The Head of Children in Care will write one leaflet for all homes and carers by the summer, and the Youth Ambassadors will check the words.", "Head of Children in Care"),
                ("Who can sign a school trip form when our social worker is away?", "Your carer can sign for most trips. The board has asked for this to be made clear to every school and every carer.", Chair),
            ]),
        new("Making A Difference", 1,
            "We talked about moving into our own flats: the deposit, furniture, and bills we did not know about. We also talked about council tax.",
            "The first month in your own place is the hardest. Some of us had no bed for a week. We want a welcome pack and someone to call in the evening.",
            [
                ("Will the council stop charging care leavers council tax until they are 25?", "The board supports this. A paper on the cost goes to the budget meeting, and we will tell you what was decided.", Chair),
                ("Can a bed and a cooker be in the flat before we move in?", "Yes. From April the leaving care team will arrange basic furniture before the keys are handed over.", "Head of Leaving Care"),
                ("Is there a number we can call after 5pm?", "The out-of-hours team will take calls from care leavers. The number is going on the back of the Local Offer booklet.", Director),
            ]),
        new("Youth Ambassadors", 2,
            "We talked about changing social workers. Some of us have had four this year. We also talked about our reviews and who comes to them.",
            "When our social worker changes, nobody tells us until the new one turns up. We want a goodbye and a hello, and to be asked where our review happens.",
            [
                ("Can we always be told before our social worker changes?", "Yes. Managers will now tell you, or ask your carer to tell you, before a change, and your old worker will say goodbye where they can.", "Head of Children in Care"),
                ("Can we choose where our review meeting is held?", "Your Independent Reviewing Officer will ask you where and when you want your review. You can also chair part of it.", Director),
            ]),
        new("Making A Difference", 3,
            "We talked about jobs and apprenticeships at the council, and about health: getting a dentist, and our health records when we turn 18.",
            "Guaranteed interviews are good but most of us did not know about them. Nobody told us we could have our health history.",
            [
                ("Can every care leaver be told about guaranteed interviews at their pathway plan review?", "Yes. It is now on the pathway plan checklist, and the council's jobs page has a care leavers' section.", "Head of Leaving Care"),
                ("Can we get a summary of our health history when we leave care?", "The Designated Nurse will give every 18-year-old a health summary, starting with those leaving care this year.", "Designated Nurse for Children in Care"),
                ("Why is it so hard to find an NHS dentist?", null, null),
            ]),
        new("Youth Ambassadors", 4,
            "We talked about feeling safe online and about phones: who pays, and the rules in different homes. We also planned our visit to a children's home with the board.",
            "Rules about phones should be explained to us, not just made. We want to help write the guidance for carers.",
            [
                ("Can Youth Ambassadors help write the guidance on phones and the internet for carers?", null, null),
                ("Will the board visit a children's home with us before the summer?", null, null),
            ]),
        new("Making A Difference", 4,
            "We have started writing about mental health support after 18 and the wait for counselling.",
            "",
            [("How long is the wait for counselling for care leavers?", null, null)],
            Draft: true),
    ];
}
