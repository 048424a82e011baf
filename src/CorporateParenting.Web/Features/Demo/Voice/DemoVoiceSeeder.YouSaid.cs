using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Features.Governance;
using CorporateParenting.Web.Features.Voice.YouSaid;
using CorporateParenting.Web.Features.Voice.YouthGroups;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.Voice;

public sealed partial class DemoVoiceSeeder
{
    /// <summary>What delivers a demo entry, by the demo's own words: strategy actions, board actions, recommendations.</summary>
    private sealed record DemoLinks(string[]? Strategy = null, string[]? Board = null, string[]? Recommendations = null);

    /// <summary>
    /// About a dozen entries of the demo's "You said, we did" log: youth groups' questions the board answered, survey
    /// results by question key (only when the surveys part seeded that question), the Children in Care Council,
    /// advocacy and complaints themes. A mix of statuses; about half published in words for children. Wholly invented.
    /// </summary>
    private async partial Task SeedYouSaidAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var strategy = (await db.StrategyActions.Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken)).GroupBy(a => a.Description).ToDictionary(g => g.Key, g => g.First().Id);
        var board = (await db.BoardActions.Where(a => !a.Confidential).Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken)).GroupBy(a => a.Description).ToDictionary(g => g.Key, g => g.First().Id);
        var recommendations = (await db.Recommendations.Where(r => !r.Confidential).Select(r => new { r.Id, r.Text }).ToListAsync(cancellationToken)).GroupBy(r => r.Text).ToDictionary(g => g.Key, g => g.First().Id);
        var questions = await db.YouthGroupQuestions.Where(q => q.BoardAnswer != null).ToListAsync(cancellationToken);
        var reports = await db.YouthGroupReports.Include(r => r.YouthGroup).ToDictionaryAsync(r => r.Id, cancellationToken);
        var meetingDates = await db.Meetings.ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);

        var entries = new List<YouSaidEntry>();
        void Add(YouSaidEntry entry, DemoLinks links)
        {
            foreach (var s in links.Strategy ?? []) if (strategy.TryGetValue(s, out var id)) entry.Links.Add(new YouSaidLink { StrategyActionId = id });
            foreach (var b in links.Board ?? []) if (board.TryGetValue(b, out var id)) entry.Links.Add(new YouSaidLink { BoardActionId = id });
            foreach (var r in links.Recommendations ?? []) if (recommendations.TryGetValue(r, out var id)) entry.Links.Add(new YouSaidLink { RecommendationId = id });
            YouSaidRules.Ensure(entry);
            entries.Add(entry);
        }

        // Youth groups' questions, turned into entries the way the report page does it, then completed by the officer.
        void FromQuestion(string startsWith, YouSaidStatus status, int fedBackDays, string? how, string? childSaid, string? childDid, DemoLinks links)
        {
            // The latest asking: earlier years' groups asked some questions more than once.
            if (questions.Where(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal)).OrderBy(q => q.Id).LastOrDefault() is not { } question) return;
            var report = reports[question.ReportId];
            var entry = YouthReports.FromQuestion(question, report, meetingDates[report.MeetingId]);
            entry.Status = status;
            if (how is not null) (entry.FedBackOn, entry.FedBackHow) = (entry.RaisedOn.AddDays(fedBackDays), how);
            (entry.Published, entry.ChildFriendlyYouSaid, entry.ChildFriendlyWeDid) = (childSaid is not null, childSaid, childDid);
            Add(entry, links);
        }

        FromQuestion("Can every young person be told in writing how much pocket money", YouSaidStatus.Done, 40, "At the Youth Ambassadors' meeting, with the new leaflet",
            "You said you did not know how much pocket money you should get.", "We wrote one leaflet for every home. It says how much you get at each age.", new());
        FromQuestion("Will the council stop charging care leavers council tax", YouSaidStatus.Done, 70, "Letter to every care leaver aged 18 to 25, and at Making A Difference",
            "You said council tax was too much to pay when you first live on your own.", "Care leavers in Northbridge now pay no council tax until they are 25.",
            new(Strategy: ["Extend council tax relief to care leavers up to 25"]));
        FromQuestion("Can we always be told before our social worker changes", YouSaidStatus.InProgress, 30, "At the Youth Ambassadors' meeting",
            null, null, new(Strategy: ["Keep a named worker through any move of home"], Recommendations: ["Younger children asked for their worker to change less often."]));
        FromQuestion("Can every care leaver be told about guaranteed interviews", YouSaidStatus.InProgress, 0, null, null, null,
            new(Strategy: ["Ring-fence council apprenticeships for care leavers"], Board: ["Offer every care leaver a council apprenticeship interview"]));

        // Earlier years' questions, answered and acted on.
        FromQuestion("Can every home let us choose the colours and posters", YouSaidStatus.Done, 30, "At the Youth Ambassadors' meeting",
            "You said your bedroom did not feel like yours.", "Every home and carer has been asked to let you decorate your room.", new());
        FromQuestion("Can every care leaver have a named back-up adviser", YouSaidStatus.Done, 45, "In the care leavers' newsletter",
            null, null, new(Strategy: ["Redesign the Local Offer with care leavers"]));
        FromQuestion("Can we be asked before family time is changed", YouSaidStatus.InProgress, 30, "At the Youth Ambassadors' meeting",
            null, null, new(Strategy: ["Give children a say in their family time arrangements"]));

        // A whole report: Making A Difference on the first month in a flat of your own.
        if (reports.Values.FirstOrDefault(r => r.YouthGroup?.Name == "Making A Difference" && r.TalkedAbout?.Contains("own flats", StringComparison.Ordinal) == true) is { } flats)
            Add(new YouSaidEntry
            {
                RaisedOn = meetingDates[flats.MeetingId], Source = VoiceSource.YouthGroupReport, YouthGroupReportId = flats.Id, Status = YouSaidStatus.InProgress,
                YouSaid = "Making A Difference told the board the first month in your own flat is the hardest: no furniture, unexpected bills, nobody to call in the evening.",
                WeDid = "Basic furniture is now in place before the keys are handed over; six training flats are being opened; the Local Offer is being rewritten with care leavers.",
                FedBackOn = meetingDates[flats.MeetingId].AddMonths(2), FedBackHow = "At Making A Difference, and in the care leavers' newsletter",
                Published = true, ChildFriendlyYouSaid = "You said moving into your first flat was hard, with no bed and bills you did not expect.",
                ChildFriendlyWeDid = "We now put a bed and a cooker in your flat before you move in. We are also opening practice flats.",
            }, new(Strategy: ["Open six training flats for practice tenancies", "Redesign the Local Offer with care leavers"]));

        // Survey results, by the shared core question's key: only where the surveys part asked it.
        var asked = await (from b in db.SurveyBands join q in db.SurveyQuestions on b.QuestionSetId equals q.QuestionSetId join s in db.Surveys on b.SurveyId equals s.Id
                           select new { q.Key, s.Id, s.ClosesOn }).ToListAsync(cancellationToken);
        void FromSurvey(string key, YouSaidStatus status, string said, string? did, string? childSaid, string? childDid, DemoLinks links)
        {
            if (asked.Where(a => a.Key == key).OrderByDescending(a => a.ClosesOn).FirstOrDefault() is not { } survey) return;
            var raised = survey.ClosesOn.AddDays(14) <= today ? survey.ClosesOn.AddDays(14) : today;
            var fed = status == YouSaidStatus.Open ? (DateOnly?)null : raised.AddDays(30) <= today ? raised.AddDays(30) : today;
            Add(new YouSaidEntry
            {
                RaisedOn = raised, Source = VoiceSource.Survey, SurveyId = survey.Id, SurveyQuestionKey = key, Status = status, YouSaid = said, WeDid = did,
                FedBackOn = fed, FedBackHow = fed is null ? null : "\"What you told us\" page and a postcard to every child who took part",
                Published = childSaid is not null, ChildFriendlyYouSaid = childSaid, ChildFriendlyWeDid = childDid,
            }, links);
        }

        FromSurvey("core-safe", YouSaidStatus.InProgress, "Most children said they feel safe where they live, but fewer of the 10 plus group said so than the year before.",
            "Every child who goes missing is offered a return home conversation within three days, and carers ask about feeling safe at every visit.",
            "Most of you said you feel safe at home. Some older children said they do not always feel safe.", "We now talk to you within three days if you go missing, to help you feel safer.",
            new(Strategy: ["Offer a return home interview within 72 hours"], Recommendations: ["Improve how quickly children who go missing are offered a return home conversation."]));
        FromSurvey("core-trusted-adult", YouSaidStatus.Open, "Some children said there is no adult they trust to talk to.", null, null, null,
            new(Strategy: ["Keep a named worker through any move of home"]));
        FromSurvey("core-school", YouSaidStatus.Done, "Children said they mostly like school, but many want more help with homework and reading.",
            "The Virtual School now pays for tutoring for every child behind in English or maths.",
            "You said you like school but want more help with homework.", "We now pay for a tutor if you need help with reading, writing or maths.",
            new(Strategy: ["Fund tutoring for children behind in English or maths"]));
        FromSurvey("core-family", YouSaidStatus.InProgress, "Children said they want to see their brothers and sisters more often.",
            "Family time plans are being agreed with every child over ten, and children have a say in the arrangements.", null, null,
            new(Strategy: ["Give children a say in their family time arrangements"], Recommendations: ["Young people asked for more say in choosing where they live."]));

        var start = meetingDates.Values.Order().Skip(Math.Max(0, meetingDates.Count - MeetingPlanner.MeetingsInAYear)).First();   // the current board year's first meeting
        Add(new YouSaidEntry
        {
            RaisedOn = start.AddMonths(-2), Source = VoiceSource.ChildrenInCareCouncil, Status = YouSaidStatus.Done,
            YouSaid = "The Children in Care Council said reviews feel like meetings about them, not with them.",
            WeDid = "Reviewing officers now ask each young person where and when to hold their review, and offer to let them chair part of it.",
            FedBackOn = start.AddMonths(1), FedBackHow = "At the Children in Care Council",
            Published = true, ChildFriendlyYouSaid = "You said your review meetings were about you, but you were not asked.",
            ChildFriendlyWeDid = "Now you choose where and when your review is. You can run part of it if you want to.",
        }, new(Recommendations: ["Make sure care leavers' pathway plans are written with them and kept up to date."]));
        Add(new YouSaidEntry
        {
            RaisedOn = today.AddMonths(-1), Source = VoiceSource.Advocacy, Status = YouSaidStatus.Open,
            YouSaid = "The advocacy service heard from several young people who moved home at short notice without being told why.",
        }, new(Recommendations: ["Strengthen the board's oversight of placement sufficiency."]));
        Add(new YouSaidEntry
        {
            RaisedOn = start, Source = VoiceSource.Complaints, Status = YouSaidStatus.Done,
            YouSaid = "Complaints this year: waiting months for a dentist was the most common theme from children in care.",
            WeDid = "A fast-track dental route opened with two local practices, and the board checked the recovery plan.",
            FedBackOn = start.AddMonths(4), FedBackHow = "Letters to the children who complained, and the children in care newsletter",
            Published = true, ChildFriendlyYouSaid = "You said you waited too long to see a dentist.", ChildFriendlyWeDid = "Two dentists now see children in care quickly.",
        }, new(Strategy: ["Agree a fast-track dental route with two local practices"], Board: ["Bring the dental check recovery plan to the next meeting"]));
        Add(new YouSaidEntry
        {
            RaisedOn = today.AddMonths(-3), Source = VoiceSource.Other, Status = YouSaidStatus.InProgress,
            YouSaid = "At the summer fun day, young people said they want to learn how to stay safe online without having their phones taken away.",
            WeDid = "Online safety sessions are running with the Children in Care Council and the police.",
        }, new(Strategy: ["Run online safety sessions with the children in care council", "Give carers a short guide to online risks"]));

        db.YouSaidEntries.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
    }
}
