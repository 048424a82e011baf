using CorporateParenting.Data.Voice;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.Voice;

public sealed partial class DemoVoiceSeeder
{
    /// <summary>A promise of the demo Pledge: its outcome (seed 002's five), both wordings, what tests it and what delivers it.</summary>
    private sealed record DemoPromise(string Outcome, string Text, string ChildFriendly, string[] QuestionKeys, string[] Actions);

    // Written in our own words in the spirit of seed 002's Pledge standards, one or two promises under each outcome.
    private static readonly DemoPromise[] PledgePromises =
    [
        new("Be healthy", "We will take an interest in your health and help you to stay well, in body and in mind.",
            "We will care about your health and help you feel well, in your body and in your mind.",
            ["y-most-days"], ["Place a mental health practitioner in the children in care team", "Train foster carers in trauma-informed care"]),
        new("Be healthy", "You will have a health check and see a dentist every year, and get help quickly if you feel low or worried.",
            "You will see a nurse and a dentist every year. If you feel sad or worried, we will get you help quickly.",
            [], ["Agree a fast-track dental route with two local practices", "Bring the dental check recovery plan to the next meeting"]),
        new("Stay safe", "We will do our best to find you a home that suits your needs, and to help you stay there for as long as it is right for you.",
            "We will try hard to find you a home that is right for you, and help you to stay there.",
            ["core-home", "core-safe", "core-family-friends"], ["Recruit twenty new local foster carers", "Match brothers and sisters together where it is right"]),
        new("Stay safe", "You will always have a trusted adult to talk to, and you will know how to reach them.",
            "You will always have a grown-up you trust to talk to, and you will know how to reach them.",
            ["core-trusted-adult", "t-same-social-worker", "l-personal-adviser"], ["Keep a named worker through any move of home", "Report on return home interviews offered within 72 hours"]),
        new("Enjoy and achieve", "We will help you to do the best you possibly can at school, and celebrate what you achieve.",
            "We will help you do your best at school, and we will cheer when you do well.",
            ["core-school"], ["Fund tutoring for children behind in English or maths", "Celebrate achievements at an annual awards evening"]),
        new("Achieve economic well-being", "We will work with you to give you the help you need to move on from care to adult life: a home, money, and a job or a course.",
            "When you are ready to leave care, we will help you with a home, money, and a job or college.",
            ["l-money"], ["Offer every care leaver a council apprenticeship interview", "Open six training flats for practice tenancies"]),
        new("Make a positive contribution", "We will encourage you to find and grow your talents, interests and hobbies.",
            "We will help you find things you love doing, like sport, music or clubs.",
            ["t-activities", "y-like-doing"], ["Give every care leaver a free leisure pass"]),
        new("Make a positive contribution", "We will listen to you, act on what you tell us, and tell you what we did about it.",
            "We will listen to you, do something about what you say, and tell you what we did.",
            ["t-say-in-plans", "t-know-rights"], ["Give children a say in their family time arrangements"]),
    ];

    /// <summary>Version 1's wording of the one promise version 2 reworded (the trusted adult, at index 3).</summary>
    private const int RewordedPromise = 3;
    private const string FirstWording = "We will make sure there is an adult you can talk to.";
    private const string FirstChildFriendlyWording = "There will be a grown-up you can talk to.";

    /// <summary>
    /// The Pledge in two versions (adopted a year ago, and this year with one promise reworded), each promise linked to
    /// the survey questions the surveys part seeded (its core and band keys, those that exist) and to demo strategy and board actions by their description; two received papers honour promises.
    /// </summary>
    private async partial Task SeedPledgeAsync(CancellationToken cancellationToken)
    {
        if (await db.PledgeVersions.AnyAsync(cancellationToken)) return;
        var keys = await db.SurveyQuestions.Select(q => q.Key).Distinct().ToListAsync(cancellationToken);
        var strategy = (await db.StrategyActions.Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken)).DistinctBy(a => a.Description).ToDictionary(a => a.Description, a => a.Id);
        var board = (await db.BoardActions.Where(a => !a.Confidential).Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken)).DistinctBy(a => a.Description).ToDictionary(a => a.Description, a => a.Id);

        PledgePromise Promise(DemoPromise seed, int order, int? carriedFrom)
        {
            var promise = new PledgePromise { Outcome = seed.Outcome, Order = order, Text = seed.Text, ChildFriendlyText = seed.ChildFriendly, CarriedFromId = carriedFrom };
            // Only keys the surveys part seeded: a demo without surveys has promises without questions, not broken links.
            promise.Questions.AddRange(seed.QuestionKeys.Where(keys.Contains).Select(k => new PledgePromiseQuestion { QuestionKey = k }));
            foreach (var description in seed.Actions)
                if (strategy.TryGetValue(description, out var s)) promise.Actions.Add(new PledgePromiseAction { StrategyActionId = s });
                else if (board.TryGetValue(description, out var b)) promise.Actions.Add(new PledgePromiseAction { BoardActionId = b });
            return promise;
        }

        const string title = "Our Pledge to children in care and care leavers";
        var first = new PledgeVersion
        {
            Version = 1, Title = title, AdoptedOn = Today.AddMonths(-14),
            ChildFriendlyIntroduction = "The council looks after you. These are our promises to you.",
            Promises = [.. PledgePromises.Select((p, i) => Promise(i == RewordedPromise ? p with { Text = FirstWording, ChildFriendly = FirstChildFriendlyWording } : p, i + 1, null))],
        };
        db.PledgeVersions.Add(first);
        await db.SaveChangesAsync(cancellationToken);

        var second = new PledgeVersion
        {
            Version = 2, Title = title, AdoptedOn = Today.AddMonths(-4),
            ChildFriendlyIntroduction = "The council looks after you. These are our promises to you, and what we are doing to keep them. Young people helped us write them.",
            Promises = [.. PledgePromises.Select((p, i) => Promise(p, i + 1, first.Promises[i].Id))],
        };
        db.PledgeVersions.Add(second);
        await db.SaveChangesAsync(cancellationToken);
        await HonourPromisesInPapersAsync(first, second, cancellationToken);
    }

    /// <summary>Two received papers' cover sheets choose the promises they honour: the version in force when each was sent.</summary>
    private async Task HonourPromisesInPapersAsync(PledgeVersion first, PledgeVersion second, CancellationToken cancellationToken)
    {
        (string Title, int[] Promises, string How)[] honours =
        [
            ("Health of children in care annual report", [0, 1], "Every child's health assessment now asks how they feel, and the dental fast-track has cut waits from months to weeks."),
            ("Virtual School annual report", [4], "Tutoring reached 46 children behind in English or maths; the awards evening celebrated 120 young people."),
            ("Fostering service report", [2, RewordedPromise], "Fourteen new local carers were approved, and every child keeps a named worker through a move of home."),
        ];
        foreach (var (paperTitle, promises, how) in honours)
        {
            var paper = await db.ReportRequests.Where(r => r.Title == paperTitle && r.ReceivedAtUtc != null && !r.Confidential)
                .OrderByDescending(r => r.ReceivedAtUtc).FirstOrDefaultAsync(cancellationToken);
            if (paper is null) continue;
            var version = DateOnly.FromDateTime(paper.ReceivedAtUtc!.Value) < second.AdoptedOn ? first : second;
            paper.PledgeContribution = null;   // the promises say it all; the free text is for anything else
            db.PledgePromisePapers.AddRange(promises.Select(i => new PledgePromisePaper { PromiseId = version.Promises[i].Id, ReportRequestId = paper.Id, How = how }));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
