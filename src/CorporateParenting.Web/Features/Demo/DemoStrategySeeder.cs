using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using P = CorporateParenting.Data.Strategy.Principles;
using S = CorporateParenting.Data.Strategy.StrategyActionStatus;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>
/// The demo strategy: five priorities with working groups, aims and about forty actions in mixed states
/// (some moved, some overdue), achievements and recommendations. Invented words, no real person. Runs once.
/// </summary>
public sealed class DemoStrategySeeder(HubDbContext db, TimeProvider clock) : IDemoSeeder
{
    public static string ChairEmail => DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.WorkingGroupChair));
    public static string ManagerEmail => DemoSeeder.EmailFor(HubRoles.All.Single(r => r.Name == HubRoles.ServiceManager));

    /// <summary>One action: its words, where it stands (<see cref="Late"/>: past its date and not done) and the indicators that measure it.</summary>
    private sealed record Act(string Description, S Status, bool Late, string[] Indicators);

    private sealed record Seed(string Name, string Description, string ForYoungPeople, P Principles, string Chair, string? ChairEmail, (string Aim, Act[] Actions)[] Aims);

    private static Act Done(string d, params string[] i) => new(d, S.Done, false, i);
    private static Act OnTrack(string d, params string[] i) => new(d, S.OnTrack, false, i);
    private static Act AtRisk(string d, params string[] i) => new(d, S.AtRisk, false, i);
    private static Act OffTrack(string d, params string[] i) => new(d, S.OffTrack, false, i);
    private static Act NotStarted(string d, params string[] i) => new(d, S.NotStarted, false, i);
    private static Act Late(string d, params string[] i) => new(d, S.AtRisk, true, i);

    /// <summary>
    /// Priorities of different sizes and fortunes (health mostly done, learning behind, safety small), each action linked
    /// only to indicators of its own priority (<see cref="DemoPerformanceSeeder.PriorityOf"/>) that measure what it changes.
    /// </summary>
    private static readonly Seed[] Priorities =
    [
        new("Healthy lives", "Children in care and care leavers get timely health assessments, dental care and emotional well-being support, with quicker access to mental health services.",
            "We want you to be healthy in your body and your mind, and to get help quickly when you need it.", P.BestInterests | P.AccessToServices, "Designated Nurse for Children in Care", null,
            [("Every child has an up-to-date health assessment and dental check",
                [Done("Agree a fast-track dental route with two local practices", "oc2_dental_check"), Done("Send health assessment reminders to carers six weeks ahead", "oc2_health_assessment"),
                 OnTrack("Audit the quality of twenty review health assessments", "oc2_health_assessment"), Done("Report dental check figures to every themed meeting", "oc2_dental_check"),
                 OnTrack("Catch up immunisations for children new to care", "oc2_immunisations")]),
             ("Emotional well-being support is there when it is needed",
                [OnTrack("Place a mental health practitioner in the children in care team", "oc2_sdq_average"), Done("Complete a strengths and difficulties questionnaire for every eligible child", "oc2_sdq_completed"),
                 Late("Train foster carers in trauma-informed care"), NotStarted("Offer a well-being check to every new care leaver"), Done("Publish a young person's guide to mental health support")])]),
        new("Learning and work", "Children in care achieve at school and care leavers move into education, employment or training, with the council leading by example as an employer.",
            "We want you to enjoy learning, do well at school and find a job or course that is right for you.", P.HighAspirations | P.ReadyForAdultLife | P.AccessToServices, "Virtual School Head", ChairEmail,
            [("Children in care attend and achieve at school",
                [OnTrack("Review every personal education plan each term", "local_pep_on_time"), OffTrack("Fund tutoring for children behind in English or maths"),
                 Late("Cut part-time timetables to fewer than five children"), Done("Celebrate achievements at an annual awards evening")]),
             ("Care leavers are in education, employment or training",
                [Done("Ring-fence council apprenticeships for care leavers", "care_leavers_19_21_eet"), NotStarted("Set up work experience with five partner employers", "care_leavers_17_18_eet"),
                 AtRisk("Pay a bursary for care leavers at college", "care_leavers_19_21_eet"), Late("Give every care leaver a careers conversation at 17", "care_leavers_17_18_eet")])]),
        new("Stable homes and relationships", "Children live in stable, local homes, keep in touch with the people who matter to them, and have a say in where they live.",
            "We want you to live somewhere safe and steady, near the people you care about.", P.SafeAndStable | P.TakeViewsIntoAccount, "Head of Children in Care", null,
            [("More children live with foster carers close to home",
                [OnTrack("Recruit twenty new local foster carers", "placed_outside_la"), Done("Open a support group for kinship carers", "long_term_stability"),
                 Late("Review every placement more than twenty miles away", "placed_over_20_miles_outside_la"), NotStarted("Match brothers and sisters together where it is right"),
                 OnTrack("Introduce children to their new carers before they move", "placements_3_or_more")]),
             ("Children keep in touch with family and friends",
                [OnTrack("Agree family time plans with every child over ten"), AtRisk("Give children a say in their family time arrangements"),
                 OnTrack("Keep a named worker through any move of home"), NotStarted("Ask children about stability in the annual survey")])]),
        new("Safe from harm", "Children in care are protected from exploitation, go missing less often, and are offered a return home conversation every time.",
            "We want you to be safe, and to have someone to talk to if you go missing or feel at risk.", P.SafeAndStable | P.BestInterests, "Head of Safeguarding", null,
            [("Fewer children go missing and each is offered a return conversation",
                [Late("Offer a return home interview within 72 hours", "local_return_home_interview"), Done("Share missing patterns with the police every month", "missing_incident", "away_without_authorisation"),
                 OnTrack("Train residential staff in exploitation risks", "oc2_convicted")]),
             ("Children know how to stay safe online",
                [Done("Run online safety sessions with the children in care council"), NotStarted("Give carers a short guide to online risks")])]),
        new("Ready for adult life", "Care leavers have a home, money and skills for independent living, and the council's Local Offer is known and used.",
            "We want you to be ready for grown-up life, with a home, money help and people on your side.", P.ReadyForAdultLife | P.ExpressViews | P.AccessToServices, "Head of Leaving Care", ChairEmail,
            [("Care leavers live in suitable homes",
                [Done("Agree a housing protocol with the housing team", "care_leavers_19_21_suitable_accommodation"), OffTrack("Open six training flats for practice tenancies", "care_leavers_19_21_suitable_accommodation"),
                 OnTrack("Offer staying put to every eligible young person", "staying_put"), OnTrack("Review pathway plans with every care leaver each quarter", "local_pathway_plan")]),
             ("Care leavers know and use the Local Offer",
                [OnTrack("Redesign the Local Offer with care leavers"), Done("Extend council tax relief to care leavers up to 25"),
                 Done("Give every care leaver a free leisure pass"), NotStarted("Run money skills workshops with the credit union")])]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Strategies.AnyAsync(cancellationToken)) return;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = today.AddYears(-1).AddMonths(-6);
        var plan = new StrategyPlan
        {
            Title = "Northbridge Corporate Parenting Strategy", StartYear = start.Year, EndYear = start.Year + 3,
            Vision = "Every child in our care and every care leaver is safe, loved and listened to, and has the same chances in life as any child in Northbridge.",
            ChildFriendlyVision = "We want you to be safe, happy and listened to, and to have the same chances as any other young person.",
        };
        var n = 0;
        for (var p = 0; p < Priorities.Length; p++)
        {
            var seed = Priorities[p];
            var priority = new PriorityArea
            {
                Order = p + 1, Name = seed.Name, Description = seed.Description, ChildFriendlyDescription = seed.ForYoungPeople,
                Principles = seed.Principles, ChairName = seed.Chair, ChairEmail = seed.ChairEmail,
                Members =
                [
                    new() { Name = seed.Chair, Organisation = "Northbridge Borough Council", IsPartner = p == 0 },
                    new() { Name = "Participation lead", Organisation = "Northbridge Borough Council" },
                    new() { Name = p % 2 == 0 ? "Partnership manager" : "Careers adviser", Organisation = p % 2 == 0 ? "Northbridge Police" : "Northbridge College", IsPartner = true },
                ],
            };
            for (var a = 0; a < seed.Aims.Length; a++)
            {
                var aim = new PriorityAim { Order = a + 1, Text = seed.Aims[a].Aim };
                foreach (var act in seed.Aims[a].Actions) aim.Actions.Add(Action(act, seed, n++, start, today));
                priority.Aims.Add(aim);
            }
            plan.Priorities.Add(priority);
        }
        db.Strategies.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        AddAchievements(plan, today);
        await AddRecommendationsAsync(plan, today, cancellationToken);
        await LinkThemedItemsAsync(plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The current board year's themed discussions become working-group reports, so their packs carry them. Earlier
    /// years' stay minuted discussions only: the working groups began reporting through the Hub this year.
    /// </summary>
    private async Task LinkThemedItemsAsync(StrategyPlan plan, CancellationToken cancellationToken)
    {
        var byName = plan.Priorities.ToDictionary(p => p.Name, p => p.Id);
        var thisYear = await db.Meetings.OrderBy(m => m.Date).Skip(DemoCalendar.EarlierMeetings).Select(m => m.Id).ToListAsync(cancellationToken);
        var themed = await db.AgendaItems.Where(i => i.Title.StartsWith("Themed discussion:") && thisYear.Contains(i.MeetingId))
            .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new { Item = i, m.Theme }).ToListAsync(cancellationToken);
        foreach (var x in themed)
            if (x.Theme is { } theme && byName.TryGetValue(theme, out var id)) x.Item.PriorityId = id;
    }

    /// <summary>
    /// Dates that tell the action's story from the strategy's start: done ones finished over the past year and more, late
    /// ones left past a date in the strategy's first year, some moved once, the rest due in the months ahead.
    /// </summary>
    private static StrategyAction Action(Act act, Seed seed, int n, DateOnly start, DateOnly today)
    {
        var status = act.Status;
        var firstDue = start.AddMonths(4 + n % 20);
        var overdue = act.Late;
        var moved = n % 5 == 2 && status != S.Done && !overdue;   // a done action keeps the date it was done by
        var due = overdue ? start.AddMonths(6 + n % 4) : moved ? firstDue.AddMonths(6) : firstDue;
        if (status == S.Done) due = firstDue = Min(start.AddMonths(5 + n * 5 % 10), today.AddMonths(-1));
        else if (!overdue && due < today) due = today.AddMonths(1 + n % 4);
        var owner = n % 6 == 1 ? "Service manager, leaving care" : seed.Chair;
        var action = new StrategyAction
        {
            Description = act.Description, Owner = owner, OwnerEmail = n % 6 == 1 ? ManagerEmail : null, OriginalDueDate = moved ? firstDue : due, DueDate = due,
            Status = status, Rag = RagOf(status),
            Indicators = act.Indicators.Select(key => new StrategyActionIndicator { IndicatorKey = key }).ToList(),
        };
        DateTime On(DateOnly day) => day.ToDateTime(new TimeOnly(11, 30), DateTimeKind.Utc);
        if (status == S.NotStarted && !moved) return action;
        action.Updates.Add(new() { WrittenAtUtc = On(start.AddMonths(2 + n % 3)), Author = owner, Narrative = "Work started: the working group agreed the plan and who does what.", Status = S.OnTrack, Rag = Rag.Green });
        if (moved)
            action.Updates.Add(new() { WrittenAtUtc = On(start.AddMonths(4 + n % 3)), Author = owner, Narrative = "A partner's timetable changed, so the working group agreed a later date.", Status = status, Rag = RagOf(status), MovedFrom = firstDue, MovedTo = action.DueDate });
        if (status is S.AtRisk or S.OffTrack)
            action.Updates.Add(new() { WrittenAtUtc = On(today.AddDays(-20 - n)), Author = owner, Narrative = "Staff vacancies have slowed the work; the chair will raise this at the next board.", Status = status, Rag = RagOf(status) });
        if (status == S.Done)
            action.Updates.Add(new() { WrittenAtUtc = On(action.DueDate.AddDays(-3)), Author = owner, Narrative = "Completed and reported to the working group.", Status = S.Done, Rag = Rag.Green, EvidenceLink = "https://intranet.northbridge.example/corporate-parenting/evidence" });
        return action;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static Rag RagOf(S status) => status switch { S.OnTrack or S.Done => Rag.Green, S.AtRisk => Rag.Amber, S.OffTrack => Rag.Red, _ => Rag.NotRated };

    private void AddAchievements(StrategyPlan plan, DateOnly today)
    {
        int Priority(int i) => plan.Priorities[i].Id;
        db.Achievements.AddRange(
            new Achievement { PriorityId = Priority(1), Date = today.AddMonths(-2), What = "Care leavers began council apprenticeships", Who = "Human resources and the leaving care team", ImpactNumber = 7, ImpactUnit = "care leavers", ImpactSentence = "started apprenticeships in council services" },
            new Achievement { PriorityId = Priority(4), Date = today.AddMonths(-4), What = "Council tax relief for care leavers", Who = "Revenues and benefits", ImpactNumber = 21450.60m, ImpactUnit = "£", ImpactSentence = "of council tax relief for 61 care leavers" },
            new Achievement { PriorityId = Priority(4), Date = today.AddMonths(-6), What = "Free leisure passes", Who = "Leisure services", ImpactNumber = 380, ImpactUnit = "passes", ImpactSentence = "issued to children in care, care leavers and their carers" },
            new Achievement { PriorityId = Priority(0), Date = today.AddMonths(-3), What = "Dental fast-track route opened", Who = "Designated Nurse and two local practices", ImpactNumber = 42, ImpactUnit = "children", ImpactSentence = "seen by a dentist within four weeks of coming into care" },
            new Achievement { PriorityId = Priority(2), Date = today.AddMonths(-5), What = "New local foster carers approved", Who = "Fostering service", ImpactNumber = 12, ImpactUnit = "households", ImpactSentence = "approved as foster carers in the borough" },
            new Achievement { PriorityId = Priority(3), Date = today.AddMonths(-1), What = "Online safety sessions", Who = "Children in care council and the police", ImpactNumber = 35, ImpactUnit = "young people", ImpactSentence = "took part in online safety sessions they helped design" },
            new Achievement { PriorityId = Priority(2), Date = today.AddMonths(-11), What = "Kinship carers' support group", Who = "Fostering service and Kinship", ImpactNumber = 24, ImpactUnit = "families", ImpactSentence = "caring for a relative's child joined the group in its first six months" },
            new Achievement { PriorityId = Priority(0), Date = today.AddMonths(-13), What = "Health assessment catch-up month", Who = "Designated Nurse and the children in care nurses", ImpactNumber = 38, ImpactUnit = "children", ImpactSentence = "had an overdue review health assessment brought up to date" },
            new Achievement { PriorityId = Priority(1), Date = today.AddMonths(-16), What = "Summer reading challenge", Who = "Virtual School and the library service", ImpactNumber = 64, ImpactUnit = "children", ImpactSentence = "read six or more books over the summer" },
            new Achievement { PriorityId = null, Date = today.AddMonths(-8), What = "Awards evening for children in care", Who = "Virtual School", ImpactNumber = 90, ImpactUnit = "children", ImpactSentence = "had their achievements celebrated with their carers" });
    }

    private async Task AddRecommendationsAsync(StrategyPlan plan, DateOnly today, CancellationToken cancellationToken)
    {
        var actions = (await db.StrategyActions.Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken)).ToDictionary(a => a.Description, a => a.Id);
        // Each is linked to the action that answers it (so to the indicators that measure that action), or to none where the plan has no such action.
        (RecommendationSource Source, int MonthsAgo, string Text, string Response, string Owner, RecommendationStatus Status, bool Confidential, string? Action)[] seeds =
        [
            (RecommendationSource.MonitoringVisit, 10, "Improve how quickly children who go missing are offered a return home conversation.", "Accepted: a duty worker now arranges every conversation within three days.", "Head of Safeguarding", RecommendationStatus.InProgress, false, "Offer a return home interview within 72 hours"),
            (RecommendationSource.Inspection, 20, "Make sure care leavers' pathway plans are written with them and kept up to date.", "Accepted: pathway plans are audited quarterly.", "Head of Leaving Care", RecommendationStatus.Closed, false, "Review pathway plans with every care leaver each quarter"),
            (RecommendationSource.Inspection, 20, "Strengthen the board's oversight of placement sufficiency.", "Accepted: a sufficiency report comes to the board twice a year.", "Head of Commissioning", RecommendationStatus.InProgress, false, "Review every placement more than twenty miles away"),
            (RecommendationSource.ScrutinyReview, 16, "Give every councillor corporate parenting training within six months of election.", "Accepted: training is part of member induction.", "Democratic services manager", RecommendationStatus.Closed, false, null),
            (RecommendationSource.ScrutinyReview, 16, "Show the impact on children in care of every budget proposal.", "Accepted: the impact assessment template has a corporate parenting section.", "Director of Finance", RecommendationStatus.InProgress, false, null),
            (RecommendationSource.ScrutinyReview, 16, "Ask partner organisations to sign a corporate parenting pledge.", "Partly accepted: health and police have signed; others are being asked.", "Corporate Parenting Officer", RecommendationStatus.Open, false, null),
            (RecommendationSource.Survey, 6, "Young people asked for more say in choosing where they live.", "Accepted: children over ten meet their new carers before moving where it is safe to do so.", "Head of Children in Care", RecommendationStatus.InProgress, false, "Introduce children to their new carers before they move"),
            (RecommendationSource.Survey, 6, "Younger children asked for their worker to change less often.", "Accepted: a named worker stays through any move of home.", "Head of Children in Care", RecommendationStatus.Open, false, "Keep a named worker through any move of home"),
            (RecommendationSource.MonitoringVisit, 10, "Reduce the use of unregistered children's homes.", "Accepted: each placement is reviewed weekly by the Director.", "Head of Commissioning", RecommendationStatus.InProgress, true, "Recruit twenty new local foster carers"),
            (RecommendationSource.Inspection, 20, "Improve the timeliness of initial health assessments.", "Accepted: a fast-track clinic runs fortnightly.", "Designated Nurse for Children in Care", RecommendationStatus.InProgress, false, "Send health assessment reminders to carers six weeks ahead"),
        ];
        for (var i = 0; i < seeds.Length; i++)
        {
            var s = seeds[i];
            var date = today.AddMonths(-s.MonthsAgo);
            var recommendation = new Recommendation
            {
                Reference = $"R{i + 1}", Source = s.Source, Date = date, Text = s.Text, Response = s.Response, Owner = s.Owner, Status = s.Status, Confidential = s.Confidential,
                // Two are left with a report overdue, so the list has something to chase.
                NextReportDue = s.Status == RecommendationStatus.Closed ? null : i % 4 == 0 ? today.AddDays(-14) : today.AddMonths(1 + i % 3),
            };
            if (s.Action is { } answer) recommendation.Actions.Add(new RecommendationActionLink { ActionId = actions[answer] });
            recommendation.Reports.Add(new RecommendationReport { ReportedOn = date.AddMonths(3), Author = s.Owner, Text = "First progress report to the board: the plan has been agreed with the service.", Status = RecommendationStatus.InProgress });
            if (s.Status == RecommendationStatus.Closed)
                recommendation.Reports.Add(new RecommendationReport { ReportedOn = date.AddMonths(9), Author = s.Owner, Text = "The board agreed the recommendation is met and closed it.", Status = RecommendationStatus.Closed });
            db.Recommendations.Add(recommendation);
        }
    }
}
