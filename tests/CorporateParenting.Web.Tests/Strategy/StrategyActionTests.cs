using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Strategy;

/// <summary>Action plans: append-only progress, moved due dates, evidence, and who may change what.</summary>
public sealed partial class StrategyActionTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScope(s => query(s.GetRequiredService<HubDbContext>()));

    private Task<StrategyAction> ActionOf(string priority, int index = 0) => Query(db =>
        (from a in db.StrategyActions join aim in db.PriorityAims on a.AimId equals aim.Id join p in db.PriorityAreas on aim.PriorityId equals p.Id
         where p.Name == priority orderby a.Id select a).Skip(index).FirstAsync());

    [Fact]
    public async Task Updates_are_appended_never_overwritten_and_a_moved_due_date_is_shown_beside_the_action()
    {
        var action = await ActionOf("Safe from harm", 1);
        var url = $"/Strategy/Actions/Show/{action.Id}";
        var due = action.DueDate;
        var later = due.AddMonths(3);
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);

        using var first = await Forms.PostAsync(officer, url, [new("Update.Narrative", "Police data sharing agreed."), new("Update.Status", "OnTrack"), new("Update.Rag", "Green"), new("Update.DueDate", due.ToString("yyyy-MM-dd"))]);
        using var second = await Forms.PostAsync(officer, url, [new("Update.Narrative", "Analyst post vacant; date moved."), new("Update.Status", "AtRisk"), new("Update.Rag", "Amber"), new("Update.DueDate", later.ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(url));
        Assert.Contains("Police data sharing agreed.", html);
        Assert.Contains("Analyst post vacant; date moved.", html);
        Assert.Contains($"due date moved from {Long(due)} to {Long(later)}", html);
        Assert.Contains($"(moved; first due {Long(action.OriginalDueDate)})", html);
        var texts = await Query(db => db.StrategyActionUpdates.Where(u => u.ActionId == action.Id).OrderBy(u => u.Id).Select(u => u.Narrative).ToListAsync());
        Assert.Equal(["Police data sharing agreed.", "Analyst post vacant; date moved."], texts.TakeLast(2));
        var saved = await Query(db => db.StrategyActions.SingleAsync(a => a.Id == action.Id));
        Assert.Equal((StrategyActionStatus.AtRisk, Rag.Amber, later), (saved.Status, saved.Rag, saved.DueDate));
    }

    [Fact]
    public async Task An_update_without_narrative_is_refused_keeps_what_was_typed_and_appends_nothing()
    {
        var action = await ActionOf("Healthy lives", 2);
        var before = await Query(db => db.StrategyActionUpdates.CountAsync(u => u.ActionId == action.Id));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);

        using var response = await Forms.PostAsync(officer, $"/Strategy/Actions/Show/{action.Id}",
            [new("Update.Narrative", " "), new("Update.Status", "OffTrack"), new("Update.Rag", "Red"), new("Update.DueDate", "2031-01-01"), new("Update.EvidenceLink", "not a link")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter what has happened since the last update", html);
        Assert.Contains("Enter the evidence link as a web address starting https://", html);
        Assert.Contains("value=\"not a link\"", html);
        Assert.Contains("name=\"Update.DueDate.Year\" type=\"text\" inputmode=\"numeric\" value=\"2031\"", html);
        Assert.Matches("<option value=\"OffTrack\" selected", html);
        Assert.Equal(before, await Query(db => db.StrategyActionUpdates.CountAsync(u => u.ActionId == action.Id)));
    }

    [Fact]
    public async Task A_chair_updates_the_actions_of_the_priority_they_chair_and_is_forbidden_elsewhere()
    {
        // The test sign-in names the chair "WorkingGroupChair@test.example": make them the chair of one priority.
        await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var priority = await db.PriorityAreas.SingleAsync(p => p.Name == "Stable homes and relationships");
            priority.ChairEmail = "workinggroupchair@test.example";
            await db.SaveChangesAsync();
        });
        var mine = await ActionOf("Stable homes and relationships");
        var theirs = await ActionOf("Safe from harm");
        using var chair = hub.ClientAs(HubRoles.WorkingGroupChair);

        Assert.Contains("Add an update", await chair.GetStringAsync($"/Strategy/Actions/Show/{mine.Id}"));
        using var allowed = await Forms.PostAsync(chair, $"/Strategy/Actions/Show/{mine.Id}",
            [new("Update.Narrative", "Six carers in assessment."), new("Update.Status", "OnTrack"), new("Update.Rag", "Green"), new("Update.DueDate", mine.DueDate.ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);

        Assert.DoesNotContain("Add an update", await chair.GetStringAsync($"/Strategy/Actions/Show/{theirs.Id}"));
        using var refused = await Forms.PostAsync(chair, $"/Strategy/Actions/Show/{theirs.Id}",
            [new("Update.Narrative", "Not mine."), new("Update.Status", "Done"), new("Update.Rag", "Green"), new("Update.DueDate", "2030-01-01")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var editOther = await chair.GetAsync($"/Strategy/Actions/Edit/{theirs.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, editOther.StatusCode);

        // Adding an action to an aim of their own priority works and starts "not started".
        var aimId = mine.AimId;
        using var added = await Forms.PostAsync(chair, $"/Strategy/Actions/Edit?aimId={aimId}",
            [new("AimId", aimId.ToString()), new("Input.Description", "Hold a foster carers' open evening"), new("Input.Owner", "Fostering manager"), new("Input.DueDate", "2030-09-30")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var created = await Query(db => db.StrategyActions.SingleAsync(a => a.Description == "Hold a foster carers' open evening"));
        Assert.Equal((StrategyActionStatus.NotStarted, new DateOnly(2030, 9, 30)), (created.Status, created.OriginalDueDate));
    }

    [Fact]
    public async Task A_member_reads_the_action_plan_without_edit_controls_and_every_post_is_forbidden()
    {
        var action = await ActionOf("Learning and work");
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var priority = await member.GetStringAsync($"/Strategy/Priorities/Show/{(await Query(db => db.PriorityAims.SingleAsync(a => a.Id == action.AimId))).PriorityId}");
        Assert.Contains(WebUtility.HtmlEncode(action.Description), priority);
        Assert.DoesNotContain("Add an action", priority);
        Assert.DoesNotContain("Add aim", priority);
        var show = await member.GetStringAsync($"/Strategy/Actions/Show/{action.Id}");
        Assert.DoesNotContain("Add an update", show);

        using var refused = await Forms.PostAsync(member, $"/Strategy/Actions/Show/{action.Id}", [new("Update.Narrative", "Not mine to write")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var edit = await member.GetAsync($"/Strategy/Actions/Edit/{action.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task Evidence_files_are_stored_with_the_update_downloadable_and_size_limited()
    {
        var action = await ActionOf("Ready for adult life", 3);
        var url = $"/Strategy/Actions/Show/{action.Id}";
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var content = "Minutes of the housing protocol meeting"u8.ToArray();

        using var ok = await PostMultipartAsync(officer, url, "Protocol signed.", action.DueDate, ("minutes.txt", content));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var html = await officer.GetStringAsync(url);
        var link = EvidenceLink().Match(html);
        Assert.True(link.Success, "the update links its evidence file");
        Assert.Equal(content, await officer.GetByteArrayAsync(link.Groups[1].Value));

        var before = await Query(db => db.StrategyActionUpdates.CountAsync(u => u.ActionId == action.Id));
        using var tooBig = await PostMultipartAsync(officer, url, "Too big.", action.DueDate, ("big.pdf", new byte[Web.Features.Strategy.Actions.ShowModel.MaxEvidenceBytes + 1]));
        var refused = await tooBig.Content.ReadAsStringAsync();
        Assert.Contains("The evidence file must be smaller than 5 MB", refused);
        Assert.Contains("Too big.", refused);
        Assert.Equal(before, await Query(db => db.StrategyActionUpdates.CountAsync(u => u.ActionId == action.Id)));

        // A refused update with a good file asks for the file again; nothing is saved.
        using var noNarrative = await PostMultipartAsync(officer, url, "", action.DueDate, ("minutes.txt", content));
        Assert.Contains("Choose the evidence file again", await noNarrative.Content.ReadAsStringAsync());

        // An old browser's Windows path with a very long name: stored as the name alone, cut to fit, typed by its extension.
        using var longName = await PostMultipartAsync(officer, url, "Signed copy.", action.DueDate, ("C:\\Users\\someone\\Documents\\" + new string('a', 250) + ".pdf", content));
        Assert.Equal(HttpStatusCode.Redirect, longName.StatusCode);
        var stored = await Query(db => db.EvidenceFiles.OrderBy(f => f.FileName.Length).LastAsync());
        Assert.Equal((200, false, "application/pdf"), (stored.FileName.Length, stored.FileName.Contains('\\'), stored.ContentType));
        Assert.EndsWith("aaa.pdf", stored.FileName);
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, string narrative, DateOnly due, (string Name, byte[] Bytes) file)
    {
        var page = await client.GetStringAsync(url);
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(narrative), "Update.Narrative" },
            { new StringContent("Done"), "Update.Status" }, { new StringContent("Green"), "Update.Rag" }, { new StringContent(due.ToString("yyyy-MM-dd")), "Update.DueDate" },
            { new ByteArrayContent(file.Bytes), "EvidenceFile", file.Name },
        };
        return await client.PostAsync(url, form);
    }

    private static string Long(DateOnly date) => Infrastructure.DateDisplay.Long(date);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/Strategy/Actions/Evidence/[0-9a-f-]+)\"")]
    private static partial Regex EvidenceLink();
}
