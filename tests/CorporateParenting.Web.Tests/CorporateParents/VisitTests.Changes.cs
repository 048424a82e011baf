using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>Changing and deleting a visit: who may, the child-identifier check, and the board's actions staying in the log.</summary>
public sealed partial class VisitTests
{
    /// <summary>
    /// The council member the test user of <paramref name="role"/> is (the test scheme signs in as role@test.example):
    /// one per class, whichever test makes it first.
    /// </summary>
    private Task<int> MemberSignedInAs(string role, string name) => Query(async db =>
    {
        if (await db.CouncilMembers.FirstOrDefaultAsync(m => m.Email == $"{role}@test.example") is { } existing) return existing.Id;
        var member = new CouncilMember { Name = name, Email = $"{role}@test.example", Ward = "Test ward", Party = "Independent", ElectedOn = new DateOnly(2022, 5, 5) };
        db.CouncilMembers.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    });

    private async Task<int> RecordedVisitAsync(HttpClient client, int home, int member, string action)
    {
        using var response = await Forms.PostAsync(client, "/CorporateParents/Visits/Record", Visit(home, member, "Staff were proud of the garden.", action));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await Query(db => db.MemberVisits.Where(v => v.CareSettingId == home).Select(v => v.Id).SingleAsync());
    }

    [Fact]
    public async Task A_member_who_went_changes_the_visit_with_the_same_checks_and_the_action_already_raised_stays_as_it_was()
    {
        var me = await MemberSignedInAs(HubRoles.BoardMember, "Cllr Test Changer");
        var (home, _) = await HomeAndMemberAsync("Test Willow House", "Cllr Test Companion");
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var id = await RecordedVisitAsync(member, home, me, "Mend the garden fence");
        var raised = await Query(db => db.MemberVisitActions.Where(a => a.VisitId == id).Select(a => a.BoardActionId).SingleAsync());
        var before = await Query(db => db.BoardActions.AsNoTracking().SingleAsync(a => a.Id == raised));
        Assert.Contains($"/CorporateParents/Visits/Edit/{id}", await member.GetStringAsync("/CorporateParents/Visits"));

        var edit = $"/CorporateParents/Visits/Edit/{id}";
        var form = WebUtility.HtmlDecode(await member.GetStringAsync(edit));
        Assert.Contains("Staff were proud of the garden.", form);
        Assert.Contains("Mend the garden fence", form);   // listed as raised, not offered for change
        Assert.Contains("Do not write anything that identifies a child", form);

        // A pupil number in the changed findings: refused by name, what was typed kept, nothing changed.
        var refused = Visit(home, me, "We met a boy, UPN A123456789012, who wants a bike shed.");
        using (var response = await Forms.PostAsync(member, edit, refused))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("Findings: remove A123456789012, which looks like a unique pupil number", html);
            Assert.Contains("who wants a bike shed.", html);
        }
        Assert.Equal("Staff were proud of the garden.", await Query(db => db.MemberVisits.Where(v => v.Id == id).Select(v => v.Findings).SingleAsync()));

        // A clean change, with a second member and a new action: saved; the first action is untouched.
        var (_, companion) = await HomeAndMemberAsync("Test Unused Home", "Cllr Test Second");
        var changed = Visit(home, me, "Staff were proud of the garden; the kitchen needs work.", "Quote for a new kitchen");
        changed.Add(new("Input.MemberIds", companion.ToString()));
        using (var response = await Forms.PostAsync(member, edit, changed))
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visit = await Query(db => db.MemberVisits.Include(v => v.Members).Include(v => v.Actions).SingleAsync(v => v.Id == id));
        Assert.Equal("Staff were proud of the garden; the kitchen needs work.", visit.Findings);
        Assert.Equal(new[] { companion, me }.Order(), visit.Members.Select(m => m.CouncilMemberId).Order());
        Assert.Equal(2, visit.Actions.Count);
        var after = await Query(db => db.BoardActions.AsNoTracking().SingleAsync(a => a.Id == raised));
        Assert.Equal((before.Description, before.Owner, before.DueDate, before.MeetingId), (after.Description, after.Owner, after.DueDate, after.MeetingId));
        Assert.Contains(await Query(db => db.BoardActions.Where(a => visit.Actions.Select(x => x.BoardActionId).Contains(a.Id)).Select(a => a.Description).ToListAsync()),
            d => d.StartsWith("Quote for a new kitchen (members' visit to Test Willow House"));
    }

    [Fact]
    public async Task Only_the_officer_or_a_member_who_went_may_change_or_delete_a_visit_and_deleting_it_leaves_its_actions_in_the_log()
    {
        var (home, someoneElse) = await HomeAndMemberAsync("Test Aspen House", "Cllr Test Absent");
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var id = await RecordedVisitAsync(officer, home, someoneElse, "Repaint the lounge");
        var raised = await Query(db => db.MemberVisitActions.Where(a => a.VisitId == id).Select(a => a.BoardActionId).SingleAsync());

        // A board member who did not go: no links, 404 on both pages and on a post with a good token.
        await MemberSignedInAs(HubRoles.BoardMember, "Cllr Test Changer");   // did not go on this visit
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.DoesNotContain($"/CorporateParents/Visits/Edit/{id}", await member.GetStringAsync("/CorporateParents/Visits"));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/CorporateParents/Visits/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/CorporateParents/Visits/Delete/{id}")).StatusCode);
        var token = Regex.Match(await member.GetStringAsync("/CorporateParents/Visits/Record"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using (var post = await member.PostAsync($"/CorporateParents/Visits/Delete/{id}", new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token))])))
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.ClientAs(HubRoles.WorkingGroupChair).GetAsync($"/CorporateParents/Visits/Delete/{id}")).StatusCode);
        Assert.True(await Query(db => db.MemberVisits.AnyAsync(v => v.Id == id)));

        // The officer deletes it after being told the action stays; the action is still in the log.
        var confirm = WebUtility.HtmlDecode(await officer.GetStringAsync($"/CorporateParents/Visits/Delete/{id}"));
        Assert.Contains("Its follow-up action stays in the board's action log", confirm);
        using (var response = await Forms.PostAsync(officer, $"/CorporateParents/Visits/Delete/{id}", []))
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await Query(db => db.MemberVisits.AnyAsync(v => v.Id == id)));
        Assert.False(await Query(db => db.MemberVisitActions.AnyAsync(a => a.VisitId == id)));
        Assert.True(await Query(db => db.BoardActions.AnyAsync(a => a.Id == raised)));
        Assert.Contains("Repaint the lounge (members&#x27; visit to Test Aspen House", await officer.GetStringAsync("/Governance/Actions"));
    }
}
