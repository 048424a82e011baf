using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>
/// A synthetic survey written straight to the database for the results tests: three bands (5 to 9, 10 plus, care
/// leavers) with a shared core asked in every band (faces for the youngest, agree scales for the others), a
/// choose-any question, a question of one band only and a free-text question, answered at random from a seed.
/// It keeps the true answers so a test can build the attacker's model without asking the Hub.
/// </summary>
public sealed class ResultsSyntheticSurvey
{
    public sealed record Answer(int Band, string Key, string? Choice, string? Text);

    public int SurveyId { get; private set; }
    public string Prefix { get; }
    public string[] BandLabels { get; } = ["5 to 9", "10 plus", "Care leavers 16 to 25"];
    public int[] Responses { get; }
    public List<Answer> Answers { get; } = [];
    public List<Guid> CommentIds { get; } = [];

    public string Safe => Prefix + "core-safe";
    public string Adult => Prefix + "core-adult";
    public string Help => Prefix + "help";
    public string School => Prefix + "school";
    public string Comments => Prefix + "comments";

    public static readonly string[] HelpOptions = ["My carer", "My social worker", "A teacher", "Nobody"];

    private ResultsSyntheticSurvey(string prefix, int[] responses) { Prefix = prefix; Responses = responses; }

    public static async Task<ResultsSyntheticSurvey> CreateAsync(IServiceProvider services, string prefix, DateOnly opens, int seed,
        int[] responses, string? rawComment = null, int? packMeetingId = null, bool published = false)
    {
        var made = new ResultsSyntheticSurvey(prefix, responses);
        var db = services.GetRequiredService<HubDbContext>();
        var random = new Random(seed);
        var survey = new Survey
        {
            Title = $"Synthetic survey {prefix}{opens.Year}", OpensOn = opens, ClosesOn = opens.AddDays(30),
            ResultsPublished = published, PackMeetingId = packMeetingId,
            ChildFriendlySummary = "Most of you feel safe. We are working on more time with your social worker.",
        };
        for (var b = 0; b < 3; b++)
        {
            var set = new QuestionSet
            {
                Key = $"{prefix}set-{b}-{Guid.NewGuid():N}", Version = 1, Name = made.BandLabels[b], MinAge = b switch { 0 => 5, 1 => 10, _ => 16 },
                MaxAge = b switch { 0 => 9, 1 => 15, _ => 25 }, Audience = b == 2 ? SurveyAudience.CareLeavers : SurveyAudience.ChildrenLookedAfter,
            };
            set.Questions.Add(new SurveyQuestion { Order = 1, Key = made.Safe, IsCore = true, Text = "Do you feel safe where you live?", ResultLabel = "Feel safe where they live", Type = b == 0 ? QuestionType.FacesScale : QuestionType.AgreeScale });
            set.Questions.Add(new SurveyQuestion { Order = 2, Key = made.Adult, IsCore = true, Text = "Is there an adult you trust?", ResultLabel = "Have an adult they trust", Type = QuestionType.YesNoNotSure });
            set.Questions.Add(new SurveyQuestion { Order = 3, Key = made.Help, Text = "Who helps you when you are worried?", ResultLabel = "Who helps when they are worried", Type = QuestionType.ChooseAny, Options = string.Join('\n', HelpOptions) });
            if (b == 1) set.Questions.Add(new SurveyQuestion { Order = 4, Key = made.School, Text = "I like going to school", ResultLabel = "Like going to school", Type = QuestionType.AgreeScale });
            set.Questions.Add(new SurveyQuestion { Order = 5, Key = made.Comments, Text = "Is there anything else you want to tell us?", Type = QuestionType.FreeText });
            survey.Bands.Add(new SurveyBand { Label = made.BandLabels[b], QuestionSet = set, EligibleCount = responses[b] * 2 + 3, EligibleSource = "Synthetic" });
        }
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        made.SurveyId = survey.Id;

        for (var b = 0; b < 3; b++)
        {
            var band = survey.Bands[b];
            for (var i = 0; i < responses[b]; i++)
            {
                var response = new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, SurveyBandId = band.Id };
                foreach (var question in band.QuestionSet!.Questions)
                {
                    if (random.NextDouble() < 0.1) continue;   // skipped
                    string? choice = null, text = null;
                    switch (question.Type)
                    {
                        case QuestionType.FacesScale or QuestionType.AgreeScale:
                            choice = random.NextDouble() < 0.7 ? random.Next(4, 6).ToString() : random.Next(1, 4).ToString(); break;
                        case QuestionType.YesNoNotSure:
                            choice = random.NextDouble() < 0.75 ? "yes" : random.NextDouble() < 0.5 ? "no" : "not-sure"; break;
                        case QuestionType.ChooseAny:
                            var picked = HelpOptions.Where((_, o) => random.NextDouble() < (o == 3 ? 0.08 : 0.5)).ToList();
                            if (picked.Count == 0) continue;
                            choice = string.Join('\n', picked); break;
                        case QuestionType.FreeText:
                            if (rawComment is null || made.CommentIds.Count > 2) continue;
                            text = rawComment; break;
                    }
                    var answer = new SurveyAnswer { Id = Guid.NewGuid(), QuestionId = question.Id, Choice = choice, Text = text };
                    if (text is not null) made.CommentIds.Add(answer.Id);
                    response.Answers.Add(answer);
                    made.Answers.Add(new Answer(b, question.Key, choice, text));
                }
                db.SurveyResponses.Add(response);
            }
        }
        await db.SaveChangesAsync();
        return made;
    }
}
