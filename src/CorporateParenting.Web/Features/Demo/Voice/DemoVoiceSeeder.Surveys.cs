using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Features.Voice.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.Voice;

/// <summary>
/// The surveys part of the demo, wholly synthetic: three question sets with a shared core (5 to 9, 10 plus, care
/// leavers), last year's annual survey, this year's annual survey and Pledge survey (the Pledge survey's care
/// leavers gave 4 answers: too few to show), with used and unused codes and answers drawn from a seeded Random.
/// </summary>
public sealed partial class DemoVoiceSeeder
{
    /// <summary>The core question keys, asked in every band with the same meaning (later parts link to them).</summary>
    public static readonly IReadOnlyList<string> CoreKeys = ["core-safe", "core-trusted-adult", "core-school", "core-home", "core-family-friends"];

    private sealed record DemoQuestion(string Key, bool Core, QuestionType Type, string Text, string? ResultLabel, string? Options = null, string? Hint = null);

    private static readonly DemoQuestion[] Young =
    [
        new("core-safe", true, QuestionType.YesNoNotSure, "Do you feel safe where you live?", "Feel safe where they live"),
        new("core-trusted-adult", true, QuestionType.YesNoNotSure, "Is there a grown-up you trust who you can talk to?", "Have an adult they trust"),
        new("core-school", true, QuestionType.FacesScale, "How do you feel about school?", "School is going well"),
        new("core-home", true, QuestionType.FacesScale, "How do you feel about the home you live in?", "Happy with where they live"),
        new("core-family-friends", true, QuestionType.YesNoNotSure, "Do you see your family and friends as much as you want?", "See family and friends as much as they want"),
        new("y-carers", false, QuestionType.FacesScale, "How do you feel about the people who look after you?", "Happy with the people who look after them"),
        new("y-most-days", false, QuestionType.FacesScale, "How do you feel on most days?", "Feel happy on most days"),
        new("y-social-worker", false, QuestionType.YesNoNotSure, "Do you know who your social worker is?", "Know who their social worker is"),
        new("y-like-doing", false, QuestionType.ChooseAny, "What do you like doing?", "What they like doing",
            "Playing outside\nSport\nDrawing or making things\nGames\nReading\nMusic or dancing\nSomething else"),
        new("y-tell-us", false, QuestionType.FreeText, "Is there anything else you want to tell us?", "Anything else they want to tell us"),
    ];

    private static readonly DemoQuestion[] Older =
    [
        new("core-safe", true, QuestionType.AgreeScale, "I feel safe where I live", "Feel safe where they live"),
        new("core-trusted-adult", true, QuestionType.YesNoNotSure, "Is there an adult you trust who helps you and sticks by you?", "Have an adult they trust"),
        new("core-school", true, QuestionType.AgreeScale, "School or college is going well for me", "School or college is going well"),
        new("core-home", true, QuestionType.AgreeScale, "I am happy with where I live", "Happy with where they live"),
        new("core-family-friends", true, QuestionType.AgreeScale, "I get to see my family and friends as much as I want", "See family and friends as much as they want"),
        new("t-same-social-worker", false, QuestionType.YesNoNotSure, "Have you had the same social worker for the last year?", "Kept the same social worker for a year"),
        new("t-know-rights", false, QuestionType.YesNoNotSure, "Do you know how to get an advocate or make a complaint?", "Know how to get an advocate or complain"),
        new("t-activities", false, QuestionType.ChooseAny, "Which of these have you done in the last year?", "What they did in the last year",
            "A hobby or a club\nSport\nA trip or a holiday\nVolunteering or a part-time job\nA youth group\nNone of these"),
        new("t-tell-us", false, QuestionType.FreeText, "What one thing would make your life better?", "One thing that would make life better"),
    ];

    /// <summary>Added in version 2 of the 10 plus set (this year's surveys): a Pledge promise is tested by it.</summary>
    private static readonly DemoQuestion SayInPlans =
        new("t-say-in-plans", false, QuestionType.AgreeScale, "I have a say in the plans that are made about my life", "Have a say in their plans");

    private static readonly DemoQuestion[] Leavers =
    [
        new("core-safe", true, QuestionType.AgreeScale, "I feel safe where I live", "Feel safe where they live"),
        new("core-trusted-adult", true, QuestionType.YesNoNotSure, "Is there an adult you trust who helps and supports you?", "Have an adult they trust"),
        new("core-school", true, QuestionType.AgreeScale, "College, training or work is going well for me", "College, training or work is going well"),
        new("core-home", true, QuestionType.AgreeScale, "I am happy with where I live", "Happy with where they live"),
        new("core-family-friends", true, QuestionType.AgreeScale, "I see my family and friends as much as I want", "See family and friends as much as they want"),
        new("l-pathway-plan", false, QuestionType.YesNoNotSure, "Do you have a pathway plan that you helped to write?", "Helped to write their pathway plan"),
        new("l-money", false, QuestionType.AgreeScale, "I can manage my money", "Can manage their money"),
        new("l-personal-adviser", false, QuestionType.YesNoNotSure, "Can you get hold of your personal adviser when you need to?", "Can reach their personal adviser"),
        new("l-more-help", false, QuestionType.ChooseAny, "What would you like more help with?", "What they want more help with",
            "Money and budgeting\nFinding a home\nJobs and training\nHealth and feeling well\nCooking and looking after a home\nStaying in touch with people"),
        new("l-do-better", false, QuestionType.FreeText, "What should the council do better for care leavers?", "What the council should do better"),
    ];

    /// <summary>Synthetic comments; a few carry a made-up first name or place for the participation officer to redact.</summary>
    private static readonly string[] Comments =
    [
        "I want more days out with my brother.", "My foster carer Jade is really kind and helps me with my reading.",
        "I would like to go to football club on Saturdays.", "More help with homework please.",
        "Sometimes I do not know why my social worker changed.", "I like living here but I miss my old school in Millbrook.",
        "Wifi at the house is rubbish so I cannot do college work.", "Tell us sooner when a meeting is about us.",
        "I want to learn to cook properly before I move out.", "Bus passes for everyone in care would help a lot.",
        "My personal adviser Sam always texts back, that helps.", "Flats near Eastfield are too far from my college.",
        "Nothing, it is good.", "Let us choose what we do at contact.", "I want a say in where I live next.",
    ];

    private sealed record DemoBand(string Label, QuestionSet Set, int Responses);

    private partial async Task SeedSurveysAsync(CancellationToken cancellationToken)
    {
        var random = new Random(15);
        var created = clock.GetUtcNow().UtcDateTime.AddMonths(-20);
        var young = Set("children-5-9", 1, "Children aged 5 to 9", SurveyAudience.ChildrenLookedAfter, 5, 9, Young, created);
        var older1 = Set("children-10-plus", 1, "Children and young people aged 10 to 17", SurveyAudience.ChildrenLookedAfter, 10, 17, Older, created);
        var older2 = Set("children-10-plus", 2, "Children and young people aged 10 to 17", SurveyAudience.ChildrenLookedAfter, 10, 17,
            [.. Older.Take(5), SayInPlans, .. Older.Skip(5)], created.AddMonths(12));
        var leavers = Set("care-leavers-16-25", 1, "Care leavers aged 16 to 25", SurveyAudience.CareLeavers, 16, 25, Leavers, created);
        db.QuestionSets.AddRange(young, older1, older2, leavers);
        await db.SaveChangesAsync(cancellationToken);

        var nextMeeting = await db.Meetings.Where(m => m.Date > Today && !db.IssuedPacks.Any(p => p.MeetingId == m.Id))
            .OrderBy(m => m.Date).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        var lastYear = Today.AddMonths(-18);
        var annual = Today.AddMonths(-6);
        var pledge = Today.AddMonths(-3);
        await SurveyAsync(new Survey
        {
            Title = $"Your life, your care {lastYear.Year}", OpensOn = lastYear, ClosesOn = lastYear.AddDays(27),
            Purpose = "The annual survey of how children in our care and care leavers feel about their lives, asked in three age bands with a shared core.",
            ChildFriendlySummary = "Every year we ask you how life is going. Thank you to everyone who told us.",
            ResultsPublished = true,
        }, [new("5 to 9", young, 34), new("10 plus", older1, 52), new("Care leavers 16 to 25", leavers, 38)], random, shift: -0.06, cancellationToken);
        await SurveyAsync(new Survey
        {
            Title = $"Your life, your care {annual.Year}", OpensOn = annual, ClosesOn = annual.AddDays(27), PackMeetingId = nextMeeting,
            Purpose = "The annual survey of how children in our care and care leavers feel about their lives, asked in three age bands with a shared core.",
            ChildFriendlySummary = "Every year we ask you how life is going. Here is what you told us this year.",
        }, [new("5 to 9", young, 47), new("10 plus", older2, 78), new("Care leavers 16 to 25", leavers, 56)], random, shift: 0, cancellationToken);
        await SurveyAsync(new Survey
        {
            Title = $"Our Pledge to you {pledge.Year}", OpensOn = pledge, ClosesOn = pledge.AddDays(20), IsPledgeSurvey = true,
            Purpose = "Tests whether we keep the promises of our Pledge, asked of young people aged 10 and over and of care leavers.",
            ChildFriendlySummary = "We asked if we keep the promises we made to you in our Pledge.",
        }, [new("10 plus", older2, 41), new("Care leavers 16 to 25", leavers, 4)], random, shift: 0.03, cancellationToken);
    }

    private static QuestionSet Set(string key, int version, string name, SurveyAudience audience, int min, int max, IEnumerable<DemoQuestion> questions, DateTime created) => new()
    {
        Key = key, Version = version, Name = name, Audience = audience, MinAge = min, MaxAge = max, CreatedAtUtc = created,
        Questions = questions.Select((q, i) => new SurveyQuestion
        {
            Order = i + 1, Key = q.Key, IsCore = q.Core, Type = q.Type, Text = q.Text, ResultLabel = q.ResultLabel, Options = q.Options, Hint = q.Hint,
        }).ToList(),
    };

    /// <summary>A closed survey with its bands, codes (a quarter more than were used) and answers; eligible counts from the 903 when it is there.</summary>
    private async Task SurveyAsync(Survey survey, IReadOnlyList<DemoBand> bands, Random random, double shift, CancellationToken cancellationToken)
    {
        foreach (var b in bands) survey.Bands.Add(new SurveyBand { Label = b.Label, QuestionSetId = b.Set.Id, QuestionSet = b.Set });
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        await Service<SurveyEligibility>().RefreshAsync(survey, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        await using var anonymous = AnonymousWrites.ContextLike(db);
        foreach (var (band, demo) in survey.Bands.Zip(bands))
        {
            var codes = demo.Responses + Math.Max(3, demo.Responses / 4);
            var batch = new SurveyCodeBatch { SurveyBandId = band.Id, Count = codes, CreatedAtUtc = survey.OpensOn.AddDays(-14).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), CreatedBy = DemoSeeder.EmailFor(Authorization.HubRoles.All.Single(r => r.Name == Authorization.HubRoles.ParticipationOfficer)) };
            db.SurveyCodeBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            for (var i = 0; i < codes; i++)
                anonymous.SurveyCodes.Add(new SurveyCode { SurveyBandId = band.Id, BatchId = batch.Id, CodeHash = SurveyCodes.Hash(SurveyCodes.Normalise(SurveyCodes.NewCode())!), Used = i < demo.Responses });
            for (var i = 0; i < demo.Responses; i++) anonymous.SurveyResponses.Add(Response(survey, band, demo.Set, random, shift));
        }
        await anonymous.SaveChangesAsync(cancellationToken);
    }

    private static SurveyResponse Response(Survey survey, SurveyBand band, QuestionSet set, Random random, double shift)
    {
        var response = new SurveyResponse { Id = NewGuid(random), SurveyId = survey.Id, SurveyBandId = band.Id };
        // Each child leans a little happier or sadder overall, so answers hang together as a real child's would.
        var mood = random.NextDouble() * 0.3 - 0.15 + shift;
        foreach (var q in set.Questions)
        {
            if (random.NextDouble() < 0.06) continue;   // skipped
            string? choice = null, text = null;
            var positive = random.NextDouble() < PositiveShare(q.Key) + mood;
            switch (q.Type)
            {
                case QuestionType.FacesScale or QuestionType.AgreeScale:
                    choice = positive ? (random.NextDouble() < 0.55 ? "4" : "5") : ((char)('1' + random.Next(3))).ToString();
                    break;
                case QuestionType.YesNoNotSure:
                    choice = positive ? "yes" : random.NextDouble() < 0.6 ? "no" : "not-sure";
                    break;
                case QuestionType.ChooseAny:
                    var options = AnswerScales.OptionsOf(q).Where(_ => random.NextDouble() < 0.35).ToList();
                    if (options.Count == 0) continue;
                    choice = string.Join('\n', options);
                    break;
                case QuestionType.FreeText:
                    if (random.NextDouble() > 0.2) continue;
                    text = Comments[random.Next(Comments.Length)];
                    break;
            }
            response.Answers.Add(new SurveyAnswer { Id = NewGuid(random), ResponseId = response.Id, QuestionId = q.Id, Choice = choice, Text = text });
        }
        return response;
    }

    /// <summary>How often each question is answered positively in the demo, so the results have a shape worth reading.</summary>
    private static double PositiveShare(string key) => key switch
    {
        "core-safe" => 0.84, "core-trusted-adult" => 0.78, "core-school" => 0.62, "core-home" => 0.74, "core-family-friends" => 0.45,
        "t-say-in-plans" => 0.52, "t-same-social-worker" => 0.48, "l-money" => 0.55, "l-pathway-plan" => 0.58,
        _ => 0.66,
    };

    /// <summary>A random-looking (version 4) id from the seeded Random, so the demo is the same every time.</summary>
    private static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
