using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.PenPictures;
using CorporateParenting.Web.Features.CorporateParents.Roles;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.CorporateParents;

/// <summary>
/// Pen pictures in every state (approved, awaiting approval, a member's own draft, withdrawn, superseded history) and
/// the four champion roles with current and past holders, linked to the demo board's meetings and resolutions.
/// Written in our own words, in the spirit of seed 004 (5.16 to 5.18). Every change goes through the same rules as the
/// pages (<see cref="PenPictureRules"/>, <see cref="NominationRules"/>).
/// </summary>
public sealed partial class DemoCorporateParentsSeeder
{
    private static readonly (string WhoIAm, string WhyICare, string WhatIDo)[] PenPictureWords =
    [
        ("I have lived in my ward all my life and I was a youth worker for twelve years before I became a councillor.",
         "Some of the young people I worked with were in care. They taught me that a good adult who keeps turning up makes all the difference.",
         "I sit on the Corporate Parenting Board and I ask hard questions when the council is not doing well enough for you."),
        ("I am a mum of three and I run a small bakery on the high street.",
         "Every child should have someone who notices when things are going well and when they are not. The council should be that someone.",
         "I visit children's homes twice a year and I tell the board what young people told me."),
        ("I was a teacher for twenty years, mostly in secondary schools.",
         "I saw how moving school in the middle of a year can knock a young person back. I want that to happen less.",
         "I am the link governor for a secondary school and I check that the designated teacher has what they need."),
        ("I grew up in foster care myself, in a town not far from here.",
         "I know what it feels like when the adults around you change all the time. I want you to have people who stay.",
         "I go to the young people's conference every year and I make sure what you say there reaches the council's cabinet."),
        ("I am a retired nurse and a keen gardener.",
         "Good health starts with someone checking in on you. I want every young person to get their health checks and their dentist.",
         "I champion health for children in care and I ask for the health figures at every board meeting."),
        ("I moved here fifteen years ago and I work in a local warehouse.",
         "My first job changed my life. I want care leavers to get a fair chance at work and training.",
         "I push for apprenticeships in the council for care leavers and I help find employers who will offer them."),
        ("I am a dad and a football coach for an under-14s team on Saturdays.",
         "Sport gave me friends and confidence. Young people in care should get the same chances to join in.",
         "I make sure the leisure pass for children in care is used and I ask you what activities you want."),
        ("I worked in housing for most of my career.",
         "Nobody should leave care and have nowhere safe to live. A home is where everything else starts.",
         "I represent the council on the strategy working group about homes for care leavers."),
        ("I am a grandmother and I volunteer at the library.",
         "Reading opened doors for me. I want every child in care to have books of their own and someone to share them with.",
         "I read the reports from the Virtual School and I ask how you are getting on in school."),
        ("I run a small business and I have been a councillor for eight years.",
         "Being a corporate parent means asking: would this be good enough for my own child? If not, we change it.",
         "I am the practice champion: I learn how social workers work with families and I explain it to other councillors."),
    ];

    private async partial Task SeedPenPicturesAndRolesAsync(CancellationToken cancellationToken)
    {
        // This part runs after the members part. With no council members yet (that part not written or not run),
        // there is nobody to write about: nothing is created, roles included, so no role is shown without its holders.
        var members = await db.CouncilMembers.Where(m => m.LeftOn == null).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        if (members.Count == 0) return;

        var demoMemberEmail = DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.BoardMember));
        var officer = DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.BoardOfficer));
        // The demo board member first, so they always have a version waiting for them to approve.
        var demoMember = members.FirstOrDefault(m => string.Equals(m.Email, demoMemberEmail, StringComparison.OrdinalIgnoreCase));
        var chosen = (demoMember is null ? members : members.Where(m => m != demoMember).Prepend(demoMember)).Take(PenPictureWords.Length).ToList();
        var now = clock.GetUtcNow().UtcDateTime;

        for (var i = 0; i < chosen.Count; i++)
        {
            var member = chosen[i];
            var versions = new List<PenPicture>();
            PenPicture Write(int daysAgo, bool byTheMember, string? changedWhoIAm = null)
            {
                var (who, why, what) = PenPictureWords[i];
                var version = PenPictureRules.NewVersion(versions, member.Id, changedWhoIAm ?? who, why, what, photoConsent: false, photo: null, photoContentType: null,
                    byTheMember ? member.Email ?? member.Name : officer, byTheMember, now.AddDays(-daysAgo));
                versions.Add(version);
                return version;
            }
            var plan = i switch
            {
                0 => "approved, then a newer one awaiting approval",
                1 or 2 or 3 => "approved",
                4 => "superseded, then approved",
                5 => "awaiting approval",
                6 => "withdrawn",
                7 => "own draft",
                8 => "approved, then a newer one awaiting approval",
                _ => "approved",
            };
            switch (plan)
            {
                case "approved":
                    PenPictureRules.Approve(Write(120, byTheMember: false), versions, true, now.AddDays(-110));
                    break;
                case "superseded, then approved":
                    PenPictureRules.Approve(Write(300, byTheMember: true, $"{PenPictureWords[i].WhoIAm} (My first pen picture.)"), versions, true, now.AddDays(-299));
                    PenPictureRules.Approve(Write(60, byTheMember: true), versions, true, now.AddDays(-59));
                    break;
                case "approved, then a newer one awaiting approval":
                    PenPictureRules.Approve(Write(200, byTheMember: true), versions, true, now.AddDays(-190));
                    Write(5, byTheMember: false, $"{PenPictureWords[i].WhoIAm} Since last year I have also joined the fostering panel.");
                    break;
                case "awaiting approval":
                    Write(14, byTheMember: false);
                    break;
                case "withdrawn":
                    var shown = Write(240, byTheMember: false);
                    PenPictureRules.Approve(shown, versions, true, now.AddDays(-230));
                    PenPictureRules.Withdraw(shown, true, now.AddDays(-30));
                    break;
                case "own draft":
                    Write(3, byTheMember: true);
                    break;
            }
            db.PenPictures.AddRange(versions);
        }

        var roles = new[]
        {
            new ChampionRole { Title = "Elected member champion for corporate parenting", TermMonths = 24,
                Description = "Leads the council's members as corporate parents: chairs the pre-meeting with young people, speaks for children in care at cabinet and full council, and checks every member has had their induction." },
            new ChampionRole { Title = "Strategy working group representative", TermMonths = 12,
                Description = "Sits on one of the corporate parenting strategy's working groups and reports its progress back to the board." },
            new ChampionRole { Title = "Representative at the young people's conference", TermMonths = 12,
                Description = "Goes to the annual conference run by and for children in care and care leavers, listens, and brings what was said back to the board." },
            new ChampionRole { Title = "Practice champion", TermMonths = 12,
                Description = "Learns the council's practice model with social workers (half a day of training) and explains it to other members." },
        };
        db.ChampionRoles.AddRange(roles);
        await db.SaveChangesAsync(cancellationToken);

        // Past board meetings, oldest first, each with its decision on appointments to the roles where it made one.
        var today = Today;
        var meetings = await db.Meetings.Where(m => m.Date <= today).OrderBy(m => m.Date).Select(m => new { m.Id, m.Date }).ToListAsync(cancellationToken);
        var resolutions = await db.Resolutions.Where(r => db.AgendaItems.Any(i => i.Id == r.AgendaItemId && i.Title == DemoBoardRecords.AppointmentsTitle))
            .Select(r => new { r.Id, r.MeetingId, r.Number }).ToListAsync(cancellationToken);
        (int? Meeting, int? Resolution, DateOnly Date) Decided(int fromTheEnd)
        {
            if (meetings.Count == 0) return (null, null, today.AddDays(-120 * fromTheEnd));
            var meeting = meetings[Math.Max(0, meetings.Count - fromTheEnd)];
            var resolution = resolutions.Where(r => r.MeetingId == meeting.Id).OrderBy(r => r.Number).Select(r => (int?)r.Id).FirstOrDefault();
            return (meeting.Id, resolution, meeting.Date);
        }
        CouncilMember Pick(int index) => members[index % members.Count];
        var nominations = new List<Nomination>();
        void Nominate(ChampionRole role, CouncilMember member, int fromTheEnd, DateOnly? endsOn = null)
        {
            var (meeting, resolution, date) = Decided(fromTheEnd);
            nominations.Add(new Nomination { RoleId = role.Id, CouncilMemberId = member.Id, MeetingId = meeting, ResolutionId = resolution, StartsOn = date.AddDays(1), EndsOn = endsOn });
        }
        // The champion changed hands: the one before held it for two years until the last-but-two meeting.
        var (_, _, handover) = Decided(3);
        nominations.Add(new Nomination { RoleId = roles[0].Id, CouncilMemberId = Pick(3).Id, StartsOn = handover.AddYears(-2), EndsOn = handover });
        Nominate(roles[0], Pick(9), 3);
        Nominate(roles[1], Pick(7), 2);
        Nominate(roles[1], Pick(2), 2);
        var (_, _, conference) = Decided(4);
        nominations.Add(new Nomination { RoleId = roles[2].Id, CouncilMemberId = Pick(5).Id, StartsOn = conference.AddYears(-1), EndsOn = conference });
        Nominate(roles[2], Pick(3), 4);
        Nominate(roles[3], Pick(members.Count > 12 ? 12 : 0), 1);
        foreach (var nomination in nominations)
        {
            // A council with only a handful of members would give one member the same role twice: that one is left out.
            if ((await NominationRules.ProblemsAsync(db, nomination, cancellationToken)).Count > 0) continue;
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
