using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.Voice.YouSaid;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>"You said, we did": the entry's rules, the officer's form, the board's view and downloads, and the young people's page.</summary>
public sealed class YouSaidTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public void An_entry_that_is_not_whole_is_refused_with_what_is_missing()
    {
        var entry = new YouSaidEntry
        {
            RaisedOn = new DateOnly(2026, 3, 1), Source = VoiceSource.Survey, YouSaid = "Children want more trips", Status = YouSaidStatus.Done, Published = true,
            ChildFriendlyYouSaid = "You said you want more trips", FedBackOn = new DateOnly(2026, 2, 1), FedBackHow = "Newsletter",
            Links = [new YouSaidLink { StrategyActionId = 1, BoardActionId = 2 }, new YouSaidLink()],
        };
        var problems = YouSaidRules.Problems(entry).ToDictionary(p => p.Message, p => p.Property);
        Assert.Equal(nameof(YouSaidEntry.SurveyId), problems["Choose the survey the result comes from"]);
        Assert.Equal(nameof(YouSaidEntry.WeDid), problems["Enter what the board or council did before marking the entry done"]);
        Assert.Equal(nameof(YouSaidEntry.ChildFriendlyWeDid), problems["Enter what we did in child-friendly words before publishing"]);
        Assert.Equal(nameof(YouSaidEntry.Links), problems["Each link must name exactly one strategy action, board action or recommendation"]);
        Assert.Equal(nameof(YouSaidEntry.FedBackOn), problems["The date it was fed back must be the same as or after the date it was said"]);
        Assert.Equal(5, problems.Count);
        Assert.Throws<InvalidOperationException>(() => YouSaidRules.Ensure(entry));

        (entry.SurveyId, entry.WeDid, entry.ChildFriendlyWeDid, entry.FedBackOn) = (1, "We added two trips a year", "We added two trips a year", new DateOnly(2026, 3, 2));
        entry.Links = [new YouSaidLink { StrategyActionId = 1 }, new YouSaidLink { RecommendationId = 3 }];
        Assert.Empty(YouSaidRules.Problems(entry));
    }

    [Fact]
    public async Task The_officer_adds_an_entry_with_links_the_form_keeps_what_was_typed_and_a_member_may_not_edit()
    {
        var action = await Query(db => db.StrategyActions.OrderBy(a => a.Id).FirstAsync());
        var recommendation = await Query(db => db.Recommendations.Where(r => !r.Confidential).OrderBy(r => r.Id).FirstAsync());
        List<KeyValuePair<string, string>> Fields(bool withWords) =>
        [
            new("Input.RaisedOn", "2026-05-04"), new("Input.Source", "Advocacy"), new("Input.YouSaid", "Young people asked for an advocate at every review"),
            new("Input.WeDid", "Advocates now offered before each review"), new("Input.Status", "InProgress"), new("Input.Published", "true"), new("Input.Published", "false"),
            new("Input.ChildFriendlyYouSaid", withWords ? "You said you want someone on your side at your review" : ""),
            new("Input.ChildFriendlyWeDid", withWords ? "We will ask if you want an advocate before every review" : ""),
            new("Input.StrategyActionIds", action.Id.ToString()), new("Input.RecommendationIds", recommendation.Id.ToString()),
            // A survey chosen before switching the source to advocacy is dropped, not an error.
            new("Input.SurveyQuestionKey", "core-safe"),
        ];
        using var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        using var refused = await Forms.PostAsync(officer, "/Voice/YouSaid/Edit", Fields(withWords: false));
        var html = await TextAsync(refused);
        Assert.Contains("Enter what young people said in child-friendly words before publishing", html);
        Assert.Contains("Young people asked for an advocate at every review", html);
        Assert.False(await Query(db => db.YouSaidEntries.AnyAsync(e => e.YouSaid == "Young people asked for an advocate at every review")));

        using var saved = await Forms.PostAsync(officer, "/Voice/YouSaid/Edit", Fields(withWords: true));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = await Query(db => db.YouSaidEntries.Include(e => e.Links).SingleAsync(e => e.YouSaid == "Young people asked for an advocate at every review"));
        Assert.Equal((VoiceSource.Advocacy, YouSaidStatus.InProgress, true, (string?)null), (entry.Source, entry.Status, entry.Published, entry.SurveyQuestionKey));
        Assert.Equal([(action.Id, (int?)null), ((int?)null, recommendation.Id)],
            entry.Links.OrderBy(l => l.RecommendationId ?? 0).Select(l => (l.StrategyActionId, l.RecommendationId)));

        // The board view shows each link's current status.
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var board = await TextAsync(await member.GetAsync("/Voice/YouSaid?Source=Advocacy"));
        Assert.Contains(action.Description, board);
        Assert.Contains(Infrastructure.DisplayWords.Of(recommendation.Status), board);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/Voice/YouSaid/Edit/{entry.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/Voice/YouSaid/Edit/{entry.Id}", new FormUrlEncodedContent(Fields(true)))).StatusCode);
    }

    [Fact]
    public async Task The_board_view_lists_open_entries_first_then_in_progress_then_done_and_exports_the_same()
    {
        var entries = await Query(db => db.YouSaidEntries.ToListAsync());
        Assert.InRange(entries.Count, 9, 30);   // the demo's log (more once the surveys part seeds its questions)
        Assert.Equal(3, entries.Select(e => e.Status).Distinct().Count());
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var page = await TextAsync(await member.GetAsync("/Voice/YouSaid"));
        var tags = System.Text.RegularExpressions.Regex.Matches(page, "<h2 class=\"govuk-summary-card__title\"><strong class=\"govuk-tag [^\"]*\">(Open|In progress|Done)</strong>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(entries.Count, tags.Count);
        Assert.Equal(tags.OrderBy(t => t switch { "Open" => 0, "In progress" => 1, _ => 2 }), tags);

        using var csv = await member.GetAsync("/Voice/YouSaid?handler=Csv&Status=Done");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\uFEFFRaised,Source,From,YouSaid,WeDid,Status", lines[0]);
        Assert.Equal(entries.Count(e => e.Status == YouSaidStatus.Done), lines.Length - 1);
        using var excel = await member.GetAsync("/Voice/YouSaid?handler=Excel");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_young_peoples_page_needs_no_account_and_shows_only_published_entries_in_their_words()
    {
        var entries = await Query(db => db.YouSaidEntries.ToListAsync());
        var published = entries.Where(e => e.Published).ToList();
        Assert.NotEmpty(published);
        Assert.Contains(entries, e => !e.Published);
        using var anonymous = hub.ClientAs(null);
        using var response = await anonymous.GetAsync("/YoungPeople/YouSaidWeDid");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TextAsync(response);
        Assert.All(published, e => Assert.Contains(e.ChildFriendlyWeDid!, page));
        Assert.All(entries, e => Assert.DoesNotContain(e.YouSaid, page));   // the board's words never
        Assert.All(entries.Where(e => !e.Published && e.ChildFriendlyYouSaid is not null), e => Assert.DoesNotContain(e.ChildFriendlyYouSaid!, page));
        Assert.Contains("0800 1111", page);
        Assert.Equal(published.Count, System.Text.RegularExpressions.Regex.Matches(page, ">You said</h2>").Count);
    }
}
