using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.CorporateParents;

public sealed partial class DemoCorporateParentsSeeder
{
    /// <summary>The board's demo member account is this councillor, so the demo member sees "my record".</summary>
    public const string DemoMemberName = "Cllr Rhian Patel";

    private static readonly string[] Wards = ["Abbey Fields", "Brook Green", "Castle Mount", "Dockside", "Elm Park", "Foundry", "Garden Village", "Harbour"];

    // Forty invented councillors, five a ward; the four on the board match the demo board's elected members.
    private static readonly (string Name, string Party)[] Councillors =
    [
        ("Cllr Aisha Brennan", "Labour"), ("Cllr Peter Lindqvist", "Labour"), ("Cllr Marion Achebe", "Conservative"), ("Cllr Declan Murray", "Labour"), ("Cllr Sunita Rao", "Liberal Democrat"),
        ("Cllr Owen Price", "Conservative"), ("Cllr Hannah Kowalski", "Labour"), ("Cllr Bernard Osei", "Labour"), ("Cllr Claire Whitfield", "Green"), ("Cllr Yusuf Demir", "Labour"),
        ("Cllr Tom Okafor", "Labour"), ("Cllr Gillian Marsh", "Conservative"), ("Cllr Ravi Chandran", "Labour"), ("Cllr Frances Doyle", "Independent"), ("Cllr Martin Ellery", "Conservative"),
        ("Cllr Niamh Gallagher", "Labour"), ("Cllr Stuart Penrose", "Conservative"), ("Cllr Adebayo Lawal", "Labour"), ("Cllr Joan Treharne", "Liberal Democrat"), ("Cllr Imran Hussain", "Labour"),
        ("Cllr Graham Hollis", "Conservative"), ("Cllr Lucy Fenwick", "Labour"), ("Cllr Kwame Mensah", "Labour"), ("Cllr Patricia Nolan", "Conservative"), ("Cllr Ewan Strachan", "Green"),
        ("Cllr Shirley Bains", "Labour"), ("Cllr Mohammed Iqbal", "Labour"), ("Cllr Dawn Ashworth", "Conservative"), ("Cllr Keith Lomax", "Independent"), ("Cllr Priya Menon", "Liberal Democrat"),
        ("Cllr Victor Hale", "Conservative"), ("Cllr Bridget Quinn", "Labour"), ("Cllr Samuel Oduya", "Labour"), ("Cllr Alison Thorne", "Liberal Democrat"), ("Cllr Leon Marsh-Baptiste", "Labour"),
        ("Cllr Rhian Patel", "Labour"), ("Cllr Derek Fairbairn", "Conservative"), ("Cllr Oluwaseun Ade", "Labour"), ("Cllr Tamsin Wilde", "Green"), ("Cllr Colin Blackwood", "Conservative"),
    ];

    // Newly elected at this year's election (the last five of the list hold their seats from then); one by-election.
    private static readonly string[] NewlyElected = ["Cllr Lucy Fenwick", "Cllr Kwame Mensah", "Cllr Priya Menon", "Cllr Oluwaseun Ade", "Cllr Tamsin Wilde"];
    private const string ByElection = "Cllr Leon Marsh-Baptiste";
    private const string MissedInduction = "Cllr Tamsin Wilde";
    // Members behind with their sessions: one session in the year, or none; and those whose older session drops out within the month.
    private static readonly string[] Overdue = ["Cllr Owen Price", "Cllr Frances Doyle", "Cllr Victor Hale", "Cllr Derek Fairbairn"];
    private static readonly string[] Due = ["Cllr Peter Lindqvist", "Cllr Gillian Marsh", "Cllr Keith Lomax"];

    private async partial Task SeedMembersAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        db.CorporateParentingRules.Add(new CorporateParentingRules());

        // Councils elect on the first Thursday in May; "this year's" election is the latest whose induction window has closed.
        var year = FirstThursdayOfMay(today.Year) <= today.AddMonths(-4) ? today.Year : today.Year - 1;
        var thisElection = FirstThursdayOfMay(year);
        var seats = await db.BoardMembers.Where(b => b.Category == Data.Governance.MemberCategory.ElectedMember).ToDictionaryAsync(b => b.Name, b => b.Id, cancellationToken);
        var demoEmail = DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.BoardMember));

        var members = Councillors.Select((c, i) => new CouncilMember
        {
            Name = c.Name,
            Party = c.Party,
            Ward = Wards[i / 5],
            // Elected by thirds: the established members at one of the three elections before this year's.
            ElectedOn = c.Name == ByElection ? today.AddMonths(-2).AddDays(-15)
                : NewlyElected.Contains(c.Name) ? thisElection
                : FirstThursdayOfMay(year - 1 - i % 3),
            // Two members have given no address yet; the demo board member signs in as this councillor.
            Email = c.Name == DemoMemberName ? demoEmail
                : i is 13 or 28 ? null
                : $"{string.Join('.', c.Name[5..].ToLowerInvariant().Split(' ', '-'))}@councillors.northbridge.example",
            BoardMemberId = seats.TryGetValue(c.Name, out var seat) ? seat : null,
        }).ToList();
        db.CouncilMembers.AddRange(members);
        await db.SaveChangesAsync(cancellationToken);

        var induction = Session("Induction: you are a corporate parent", thisElection.AddDays(35), "Corporate Parenting Officer and the Children in Care Council", "What corporate parenting means and the seven principles", TrainingAudience.NewMembers, induction: true);
        var firstBriefing = Session("Corporate parenting briefing: our children in numbers", today.AddMonths(-11).AddDays(-10), "Head of Children in Care", "Who our children are, where they live and how they are doing", TrainingAudience.AllMembers);
        var sufficiency = Session("Homes for our children: sufficiency and our own homes", today.AddMonths(-9), "Head of Commissioning", "Placement sufficiency", TrainingAudience.BoardMembers);
        var voices = Session("Hearing from the Children in Care Council", today.AddMonths(-7), "Northbridge Children in Care Council", "Listening to children and young people", TrainingAudience.AllMembers);
        var secondBriefing = Session("Corporate parenting briefing: the Local Offer for care leavers", today.AddMonths(-5), "Head of Leaving Care", "The care leavers' Local Offer", TrainingAudience.AllMembers);
        var school = Session("Learning and the Virtual School", today.AddMonths(-3), "Virtual School Head", "Education of children looked after", TrainingAudience.AllMembers);
        var missing = Session("Missing from care and exploitation", today.AddDays(-40), "Head of Safeguarding", "Keeping children safe from harm", TrainingAudience.AllMembers);
        db.TrainingSessions.Add(Session("Corporate parenting briefing: winter", today.AddDays(21), "Director of Children's Services", "The year ahead for our children", TrainingAudience.AllMembers));
        TrainingSession[] topics = [sufficiency, voices, school, missing];
        // The year before (outside the rolling year each member's standing is counted over): last election's induction and three briefings.
        var lastInduction = Session("Induction: you are a corporate parent", FirstThursdayOfMay(year - 1).AddDays(35), "Corporate Parenting Officer and the Children in Care Council", "What corporate parenting means and the seven principles", TrainingAudience.NewMembers, induction: true);
        TrainingSession[] earlier =
        [
            Session("Corporate parenting briefing: the year's scorecard", today.AddMonths(-14), "Performance analyst", "How our children are doing against England", TrainingAudience.AllMembers),
            Session("Health of children in care", today.AddMonths(-17), "Designated Nurse for Children in Care", "Health assessments, dental checks and emotional well-being", TrainingAudience.AllMembers),
            Session("Care leavers: moving on well", today.AddMonths(-20), "Head of Leaving Care", "Housing, money and the Local Offer", TrainingAudience.BoardMembers),
            Session("Hearing from Making A Difference", today.AddMonths(-23), "Making A Difference", "Listening to care-experienced young people", TrainingAudience.AllMembers),
        ];

        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            TrainingSession[] attended =
                m.Name == ByElection ? [] // induction due within the month
                : NewlyElected.Contains(m.Name) ? (m.Name == MissedInduction ? [missing] : [induction, topics[i % topics.Length]])
                : Overdue.Contains(m.Name) ? (i % 2 == 0 ? [firstBriefing] : [])
                : Due.Contains(m.Name) ? [firstBriefing, sufficiency]
                : i % 3 == 0 ? [firstBriefing, secondBriefing, topics[i % topics.Length]]
                : [secondBriefing, topics[i % topics.Length]];
            foreach (var s in attended) s.Attendance.Add(new TrainingAttendance { CouncilMemberId = m.Id });
            // Earlier sessions: members already serving then (all but the newly elected); the last election's intake had its induction.
            if (m.ElectedOn >= today.AddMonths(-13) || m.Name == ByElection) continue;
            if (m.ElectedOn == FirstThursdayOfMay(year - 1)) lastInduction.Attendance.Add(new TrainingAttendance { CouncilMemberId = m.Id });
            foreach (var s in earlier.Where((_, k) => (i + k) % 3 != 0)) s.Attendance.Add(new TrainingAttendance { CouncilMemberId = m.Id });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private TrainingSession Session(string title, DateOnly date, string provider, string topic, TrainingAudience audience, bool induction = false)
    {
        var session = new TrainingSession { Title = title, Date = date, Provider = provider, Topic = topic, Audience = audience, IsInduction = induction };
        db.TrainingSessions.Add(session);
        return session;
    }

    private static DateOnly FirstThursdayOfMay(int year)
    {
        var day = new DateOnly(year, 5, 1);
        while (day.DayOfWeek != DayOfWeek.Thursday) day = day.AddDays(1);
        return day;
    }
}
