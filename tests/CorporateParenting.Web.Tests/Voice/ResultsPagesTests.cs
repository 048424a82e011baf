using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Governance.Pack;
using CorporateParenting.Web.Features.Voice.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>
/// The results as the board, the pack, the officer and young people get them, on one synthetic survey whose youngest
/// band has 4 responses and whose children wrote a comment naming a child and a street: that raw comment is read
/// only on the officer's comments page; everywhere else only the approved, redacted words and approved themes.
/// </summary>
public sealed class ResultsPagesTests(DemoHub hub) : IClassFixture<DemoHub>, IAsyncLifetime
{
    private const string Raw = "I miss Jayden Okafor from Larkspur Road";
    private const string RedactedWords = "I miss my friend from my old road";
    private const string ApprovedTheme = "Keeping in touch with friends";
    private const string UnapprovedTheme = "Draft theme nobody may see";
    private ResultsSyntheticSurvey _survey = null!;
    private int _meetingId;

    // xUnit makes the class once per test: the survey is made once per host and shared.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DemoHub, Task<(ResultsSyntheticSurvey, int)>> Made = new();

    public async Task InitializeAsync() => (_survey, _meetingId) = await Made.GetValue(hub, CreateAsync);

    private static Task<(ResultsSyntheticSurvey, int)> CreateAsync(DemoHub hub) =>
        hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var meeting = await db.Meetings.OrderBy(m => m.Date).Select(m => m.Id).FirstAsync();
            var made = await ResultsSyntheticSurvey.CreateAsync(s, "pages-", new DateOnly(2026, 10, 1), seed: 11, responses: [4, 27, 11], rawComment: Raw, packMeetingId: meeting, published: true);
            var approved = new SurveyCommentTheme { SurveyId = made.SurveyId, Name = ApprovedTheme, Summary = "Many of you miss friends from before you moved.", Approved = true };
            db.SurveyCommentThemes.AddRange(approved, new SurveyCommentTheme { SurveyId = made.SurveyId, Name = UnapprovedTheme });
            await db.SaveChangesAsync();
            // One comment approved with its redacted words, one withheld, the rest not reviewed.
            SurveyAnswer[] comments = [await db.SurveyAnswers.SingleAsync(a => a.Id == made.CommentIds[0]), await db.SurveyAnswers.SingleAsync(a => a.Id == made.CommentIds[1])];
            comments[0].RedactedText = RedactedWords; comments[0].Review = CommentReview.Approved; comments[0].ThemeId = approved.Id;
            comments[1].RedactedText = "withheld words"; comments[1].Review = CommentReview.Withheld;
            await db.SaveChangesAsync();
            return (made, meeting);
        });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_board_sees_protected_figures_and_approved_words_only_in_the_page_and_its_exports()
    {
        var member = hub.ClientAs(HubRoles.BoardMember);
        var page = await member.GetStringAsync($"/Voice/Results/{_survey.SurveyId}");
        Assert.Contains(ResultWords.Withheld, page);
        Assert.Contains("Feel safe where they live", page);
        Assert.Contains(RedactedWords, page);
        Assert.Contains(ApprovedTheme, page);
        Assert.DoesNotContain(UnapprovedTheme, page);
        Assert.DoesNotContain("Jayden", page);
        Assert.DoesNotContain("withheld words", page);
        Assert.DoesNotContain("Review comments", page);   // the officer's link only

        var csv = await member.GetStringAsync($"/Voice/Results/{_survey.SurveyId}?handler=Csv");
        Assert.Contains("SharePositive", csv);
        Assert.Contains(",c,", csv);
        Assert.DoesNotContain("Jayden", csv);
        var excel = await member.GetAsync($"/Voice/Results/{_survey.SurveyId}?handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);

        var question = await member.GetStringAsync($"/Voice/Results/Question/{_survey.Safe}");
        Assert.Contains(_survey.BandLabels[1], question);
    }

    [Fact]
    public async Task Only_the_participation_officer_reads_raw_comments_and_redacts_and_approves_them()
    {
        var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        var url = $"/Voice/Results/{_survey.SurveyId}/Comments";
        var page = await officer.GetStringAsync(url);
        Assert.Contains(Raw, page);
        // The suggestion masks the names and the street, not the sentence's first word or "I".
        Assert.Contains(WebUtility.HtmlEncode("I miss [removed] [removed] from [removed] [removed]"), page);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.ClientAs(HubRoles.BoardMember).GetAsync(url)).StatusCode);

        // Approving without redacted words is refused, with the error and nothing saved.
        var target = _survey.CommentIds[2];
        var refused = await Forms.PostAsync(officer, url, [new("AnswerId", target.ToString()), new("Redacted", " "), new("Decision", "Approved")], "Comment");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter the comment with names and places taken out before approving it", await refused.Content.ReadAsStringAsync());
        var saved = await Forms.PostAsync(officer, url, [new("AnswerId", target.ToString()), new("Redacted", "I want to see my brother more"), new("Decision", "Approved")], "Comment");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var answer = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().SurveyAnswers.AsNoTracking().SingleAsync(a => a.Id == target));
        Assert.Equal(("I want to see my brother more", CommentReview.Approved, Raw), (answer.RedactedText, answer.Review, answer.Text));
    }

    [Fact]
    public async Task Young_people_read_plain_words_with_nothing_where_a_figure_is_hidden_and_never_a_comment()
    {
        var anonymous = hub.ClientAs(null);
        var list = await anonymous.GetStringAsync("/YoungPeople/WhatYouToldUs");
        Assert.Contains($"/YoungPeople/WhatYouToldUs/{_survey.SurveyId}", list);
        var page = await anonymous.GetStringAsync($"/YoungPeople/WhatYouToldUs/{_survey.SurveyId}");
        Assert.Contains("Not enough of you answered this for us to share.", page);
        Assert.Matches(@"(\d+ in 10|All|Almost all|None|Fewer than 1 in 10) of you (agreed|said yes|chose a happy face)\.", page);
        Assert.Contains("Most of you feel safe", page);
        Assert.Contains(ApprovedTheme, page);
        Assert.Contains("0800 1111", page);
        Assert.DoesNotContain(UnapprovedTheme, page);
        Assert.DoesNotContain("Jayden", page);
        Assert.DoesNotContain(RedactedWords, page);

        // Unpublished results are not there at all.
        var hidden = await hub.WithScope(s => ResultsSyntheticSurvey.CreateAsync(s, "unpublished-", new DateOnly(2026, 10, 1), seed: 5, responses: [8, 8, 8]));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/YoungPeople/WhatYouToldUs/{hidden.SurveyId}")).StatusCode);
    }

    [Fact]
    public async Task The_pack_of_the_chosen_meeting_has_the_survey_section_with_the_protected_figures_only()
    {
        var (pack, table) = await hub.WithScope(async s => (
            (await s.GetRequiredService<BoardPackBuilder>().BuildAsync(_meetingId, restricted: true, default))!,
            (await s.GetRequiredService<SurveyResults>().ForSurveyAsync(_survey.SurveyId, default))!));

        var section = Assert.Single(pack.Sections, s => s.Heading == "Survey results");
        var scored = section.Blocks.OfType<PackTable>().Single(t => t.Caption.StartsWith("Share answering positively") && t.Rows.Any(r => r[0].StartsWith("Feel safe where they live")));
        foreach (var row in scored.Rows)
        {
            var question = table.Questions.Single(q => row[0].StartsWith(q.Label));
            Assert.Equal(ResultWords.Withheld, row[1] == ResultWords.NotAsked ? ResultWords.Withheld : row[1]);   // the band of 4: no figures
            for (var b = 0; b < 3; b++) Assert.Equal(ResultWords.Scored(question.Bands[b]), row[b + 1]);
            // Every number in the row is a shown one: a hidden count's true value never reaches the pack as a figure.
            foreach (var (band, cell) in question.Bands.Select((c, b) => (b, c)).Where(p => p.c is { Positive.Hidden: true }))
            {
                var truth = _survey.Answers.Count(a => a.Band == band && a.Key == question.Key && a.Choice is "4" or "5" or "yes");
                Assert.DoesNotContain($"({truth} of", row[band + 1]);
            }
        }
        var html = PackHtml.Render(pack, null);
        Assert.Contains("Survey results", html);
        Assert.Contains(RedactedWords, html);
        Assert.DoesNotContain("Jayden", html);
        Assert.DoesNotContain(UnapprovedTheme, html);
    }
}
