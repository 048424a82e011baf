using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.Governance.Pack;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Voice;

/// <summary>
/// The Pledge (issue 15): versions that keep what was adopted, links that name exactly one action, cover sheets
/// that choose the promises a paper honours, the board's Pledge page and the young people's page.
/// </summary>
public sealed partial class PledgeTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private Task<PledgeVersion> CurrentAsync() => Query(db => db.PledgeVersions.AsNoTracking().Include(v => v.Promises).ThenInclude(p => p.Questions)
        .Include(v => v.Promises).ThenInclude(p => p.Actions).OrderByDescending(v => v.Version).FirstAsync());

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The edit form as a browser posts it: every current promise carried on, with one changed by <paramref name="change"/>.</summary>
    private static List<KeyValuePair<string, string>> NewVersionFields(PledgeVersion current, string title, Func<PledgePromise, string> text)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Title", title), new("Input.AdoptedOn", "2099-01-01"), new("Input.ChildFriendlyIntroduction", current.ChildFriendlyIntroduction ?? "") };
        var promises = current.Promises.OrderBy(p => p.Order).ToList();
        for (var i = 0; i < promises.Count; i++)
        {
            var p = promises[i];
            fields.AddRange([new($"Input.Promises[{i}].FromId", p.Id.ToString()), new($"Input.Promises[{i}].Outcome", p.Outcome), new($"Input.Promises[{i}].Order", p.Order.ToString()),
                new($"Input.Promises[{i}].Text", text(p)), new($"Input.Promises[{i}].ChildFriendlyText", p.ChildFriendlyText ?? "")]);
        }
        return fields;
    }

    [Fact]
    public async Task The_demo_Pledge_has_two_versions_with_one_promise_reworded_and_carried_on()
    {
        var versions = await Query(db => db.PledgeVersions.AsNoTracking().Include(v => v.Promises).OrderBy(v => v.Version).ToListAsync());
        Assert.True(versions.Count >= 2);
        var (first, second) = (versions[0], versions[1]);
        Assert.Equal(["Be healthy", "Stay safe", "Enjoy and achieve", "Achieve economic well-being", "Make a positive contribution"],
            second.Promises.OrderBy(p => p.Order).Select(p => p.Outcome).Distinct());
        Assert.True(first.AdoptedOn < second.AdoptedOn);
        Assert.All(second.Promises, p => Assert.Contains(first.Promises, earlier => earlier.Id == p.CarriedFromId));
        var reworded = second.Promises.Where(p => first.Promises.Single(e => e.Id == p.CarriedFromId).Text != p.Text).ToList();
        Assert.Single(reworded);
        Assert.All(second.Promises, p => Assert.False(string.IsNullOrWhiteSpace(p.ChildFriendlyText)));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var history = Decoded(await member.GetStringAsync("/Voice/Pledge/History"));
        Assert.Contains("Reworded:", history);
        Assert.Contains(reworded[0].Text, history);
    }

    [Fact]
    public async Task Editing_the_Pledge_makes_a_new_version_and_the_earlier_one_stays_as_adopted()
    {
        using var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/Voice/Pledge/Edit")).StatusCode);
        var before = await CurrentAsync();
        var changed = before.Promises.OrderBy(p => p.Order).First();
        const string newWording = "We will take an interest in your health, and ask you how you feel at every review.";
        string Reword(PledgePromise p) => p.Id == changed.Id ? newWording : p.Text;

        using var noTitle = await Forms.PostAsync(officer, "/Voice/Pledge/Edit", NewVersionFields(before, "", Reword));
        var html = Decoded(await noTitle.Content.ReadAsStringAsync());
        Assert.Contains("Enter the Pledge's title", html);
        Assert.Contains(newWording, html);   // what was typed is kept
        using var unchanged = await Forms.PostAsync(officer, "/Voice/Pledge/Edit", NewVersionFields(before, before.Title, p => p.Text));
        Assert.Contains("Nothing has changed", Decoded(await unchanged.Content.ReadAsStringAsync()));
        Assert.Equal(before.Version, (await CurrentAsync()).Version);

        using var saved = await Forms.PostAsync(officer, "/Voice/Pledge/Edit", NewVersionFields(before, before.Title, Reword));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await CurrentAsync();
        Assert.Equal(before.Version + 1, after.Version);
        var carried = after.Promises.Single(p => p.CarriedFromId == changed.Id);
        Assert.Equal(newWording, carried.Text);
        Assert.Equal(changed.Questions.Select(q => q.QuestionKey).Order(), carried.Questions.Select(q => q.QuestionKey).Order());   // links carry on
        Assert.Equal(changed.Actions.Count, carried.Actions.Count);

        var kept = await Query(db => db.PledgePromises.AsNoTracking().SingleAsync(p => p.Id == changed.Id));
        Assert.Equal(changed.Text, kept.Text);   // the earlier version is untouched
        var earlier = Decoded(await member.GetStringAsync($"/Voice/Pledge?version={before.Version}"));
        Assert.Contains(changed.Text, earlier);
        Assert.Contains("an earlier version, no longer in force", earlier);
        var current = Decoded(await member.GetStringAsync("/Voice/Pledge"));
        Assert.Contains(newWording, current);
        Assert.DoesNotContain(changed.Text, current);
    }

    [Fact]
    public async Task A_promise_links_to_question_keys_and_each_action_link_names_exactly_one_action()
    {
        using var officer = hub.ClientAs(HubRoles.ParticipationOfficer);
        var current = await CurrentAsync();
        var promise = current.Promises.OrderBy(p => p.Order).Last();
        var (strategyId, boardId) = await Query(async db => (await db.StrategyActions.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(), await db.BoardActions.Where(a => !a.Confidential).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()));
        var url = $"/Voice/Pledge/Links/{promise.Id}";

        foreach (var bad in new[] { $"strategy-{strategyId}-board-{boardId}", $"board-{int.MaxValue}", "both", $"strategy--{strategyId}" })
        {
            using var refused = await Forms.PostAsync(officer, url, [new("Input.Actions", $"strategy-{strategyId}"), new("Input.Actions", bad)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("each link is to one strategy action or one board action", Decoded(await refused.Content.ReadAsStringAsync()));
        }
        using var unknownKey = await Forms.PostAsync(officer, url, [new("Input.Questions", "no-such-question")]);
        Assert.Contains("Choose survey questions from the list", Decoded(await unknownKey.Content.ReadAsStringAsync()));
        var unchanged = await CurrentAsync();
        Assert.Equal(promise.Actions.Count, unchanged.Promises.Single(p => p.Id == promise.Id).Actions.Count);   // nothing half-written

        var confidential = await Query(db => db.BoardActions.Where(a => a.Confidential).Select(a => (int?)a.Id).FirstOrDefaultAsync());
        if (confidential is { } hidden)
        {
            using var secret = await Forms.PostAsync(officer, url, [new("Input.Actions", $"board-{hidden}")]);
            Assert.Contains("Choose actions from the list", Decoded(await secret.Content.ReadAsStringAsync()));
        }

        using var saved = await Forms.PostAsync(officer, url, [new("Input.Actions", $"strategy-{strategyId}"), new("Input.Actions", $"board-{boardId}")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var links = await Query(db => db.PledgePromiseActions.AsNoTracking().Where(l => l.PromiseId == promise.Id).ToListAsync());
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.True(l.StrategyActionId is null != l.BoardActionId is null));
        Assert.Equal([strategyId], links.Select(l => l.StrategyActionId).OfType<int>());
        Assert.Equal([boardId], links.Select(l => l.BoardActionId).OfType<int>());

        var earlier = await Query(db => db.PledgePromises.Where(p => p.PledgeVersionId != current.Id).Select(p => p.Id).FirstAsync());
        using var old = await officer.GetAsync($"/Voice/Pledge/Links/{earlier}");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);   // an earlier version is kept as adopted
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_cover_sheet_chooses_the_promises_a_paper_honours_and_they_show_on_the_paper_the_pack_and_the_Pledge()
    {
        var current = await CurrentAsync();
        var promises = current.Promises.OrderBy(p => p.Order).ToList();
        var chosen = promises[1];
        var (paperId, meetingId) = await Query(async db =>
        {
            var meeting = await db.Meetings.OrderByDescending(m => m.Date).FirstAsync();
            var request = new CorporateParenting.Data.Governance.ReportRequest { MeetingId = meeting.Id, Title = $"Pledge paper {Guid.NewGuid():N}", Owner = "Head of Service", OwnerEmail = $"{HubRoles.ServiceManager}@test.example", DueDate = new DateOnly(2030, 1, 10) };
            db.ReportRequests.Add(request);
            await db.SaveChangesAsync();
            return (request.Id, meeting.Id);
        });
        using var owner = hub.ClientAs(HubRoles.ServiceManager);
        var form = Decoded(await owner.GetStringAsync($"/Governance/Papers/Submit/{paperId}"));
        Assert.All(promises, p => Assert.Contains(p.Text, form));

        Task<HttpResponseMessage> Send(string how, string anythingElse) => SubmitAsync(owner, paperId, promises.Select((p, i) => (p.Id, p.Id == chosen.Id, p.Id == chosen.Id ? how : "")).ToList(), anythingElse);
        using (var failed = await Send("", "Also trains carers"))
        {
            var html = Decoded(await failed.Content.ReadAsStringAsync());
            Assert.Contains("Enter how the report honours this promise", html);
            Assert.Contains("Also trains carers", html);   // what was typed is kept
            var index = promises.IndexOf(chosen);
            Assert.Matches($"name=\"Sheet.Promises\\[{index}\\].Chosen\" type=\"checkbox\" value=\"true\" checked", html);
        }
        using (var nothing = await SubmitAsync(owner, paperId, promises.Select(p => (p.Id, false, "")).ToList(), ""))
            Assert.Contains("Choose the promises the report honours, or enter how it honours the Pledge", Decoded(await nothing.Content.ReadAsStringAsync()));
        Assert.False(await Query(db => db.PledgePromisePapers.AnyAsync(l => l.ReportRequestId == paperId)));

        const string how = "Every review now asks children about their dentist";
        using var sent = await Send(how, "Also trains carers");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var link = await Query(db => db.PledgePromisePapers.AsNoTracking().SingleAsync(l => l.ReportRequestId == paperId));
        Assert.Equal((chosen.Id, how), (link.PromiseId, link.How));

        using var member = hub.ClientAs(HubRoles.BoardMember);
        var shown = Decoded(await member.GetStringAsync($"/Governance/Papers/Show/{paperId}"));
        Assert.Contains($"{chosen.Text}: {how}", shown);
        Assert.Contains("Also trains carers", shown);
        var pack = await hub.WithScopeAsync(s => s.GetRequiredService<BoardPackBuilder>().BuildAsync(meetingId, restricted: false, CancellationToken.None));
        var pledgeOnCoverSheets = pack!.Sections.SelectMany(s => s.Blocks).OfType<PackKeyValues>().SelectMany(kv => kv.Pairs).Where(p => p.Key == "The Pledge").Select(p => p.Value).ToList();
        Assert.Contains($"{chosen.Text}: {how}\nAlso trains carers", pledgeOnCoverSheets);
        var pledge = Decoded(await member.GetStringAsync("/Voice/Pledge"));
        Assert.Contains(how, pledge);
    }

    [Fact]
    public async Task An_older_paper_with_only_free_text_reads_as_before()
    {
        var paper = await Query(db => db.ReportRequests.AsNoTracking().Where(r => r.ReceivedAtUtc != null && r.PledgeContribution != null && !r.Confidential
            && !db.PledgePromisePapers.Any(l => l.ReportRequestId == r.Id)).FirstAsync());
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Contains(paper.PledgeContribution!, Decoded(await member.GetStringAsync($"/Governance/Papers/Show/{paper.Id}")));
    }

    [Fact]
    public async Task The_young_peoples_page_needs_no_account_and_shows_only_the_current_promises_in_plain_words()
    {
        using var anonymous = hub.ClientAs(null);
        using var response = await anonymous.GetAsync("/YoungPeople/Pledge");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Decoded(await response.Content.ReadAsStringAsync());
        var versions = await Query(db => db.PledgeVersions.AsNoTracking().Include(v => v.Promises).OrderByDescending(v => v.Version).ToListAsync());
        var current = versions[0];
        Assert.All(current.Promises, p => Assert.Contains(p.ChildFriendlyText!, html));
        Assert.All(current.Promises.Where(p => p.ChildFriendlyText != p.Text), p => Assert.DoesNotContain(p.Text, html));   // the board's wording is not shown
        var replaced = versions.Skip(1).SelectMany(v => v.Promises).Select(p => p.ChildFriendlyText!).Where(t => current.Promises.All(c => c.ChildFriendlyText != t)).ToList();
        Assert.NotEmpty(replaced);
        Assert.All(replaced, t => Assert.DoesNotContain(t, html));
        Assert.Contains("0800 1111", html);
        Assert.DoesNotContain("/Governance/Papers/Show", html);   // papers are for the board's page

        var linked = await Query(db => (from link in db.PledgePromiseActions
                                        join promise in db.PledgePromises on link.PromiseId equals promise.Id
                                        join action in db.StrategyActions on link.StrategyActionId equals action.Id
                                        where promise.PledgeVersionId == current.Id
                                        select new { action.Description, action.Status }).ToListAsync());
        var done = linked.Where(a => a.Status == CorporateParenting.Data.Strategy.StrategyActionStatus.Done).Select(a => a.Description).ToHashSet();
        Assert.NotEmpty(done);
        Assert.All(done, d => Assert.Contains(d, html));   // what we have done
        Assert.All(linked.Where(a => !done.Contains(a.Description)), a => Assert.DoesNotContain(a.Description, html));   // not what is still to do
    }

    /// <summary>Sends the cover sheet as the browser does (multipart, with a file), each promise row as posted.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, int id, IReadOnlyList<(int PromiseId, bool Chosen, string How)> rows, string anythingElse)
    {
        var page = await client.GetStringAsync($"/Governance/Papers/Submit/{id}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("What the service did"), "Sheet.Summary" },
            { new StringContent("Note it"), "Sheet.AskOfBoard" },
            { new StringContent(anythingElse), "Sheet.PledgeContribution" },
            { new StringContent("Young people reviewed it"), "Sheet.ChildrenInvolvement" },
        };
        for (var i = 0; i < rows.Count; i++)
        {
            content.Add(new StringContent(rows[i].PromiseId.ToString()), $"Sheet.Promises[{i}].PromiseId");
            if (rows[i].Chosen) content.Add(new StringContent("true"), $"Sheet.Promises[{i}].Chosen");
            content.Add(new StringContent(rows[i].How), $"Sheet.Promises[{i}].How");
        }
        content.Add(new ByteArrayContent("%PDF-1.4 pledge"u8.ToArray()), "Paper", "paper.pdf");
        return await client.PostAsync($"/Governance/Papers/Submit/{id}", content);
    }
}
