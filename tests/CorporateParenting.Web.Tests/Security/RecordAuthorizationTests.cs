using System.Net;
using System.Security.Claims;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Authorization.Records;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Security;

/// <summary>Per-record permissions (ADR 18): each handler on its own, then through the pages.</summary>
public sealed class RecordAuthorizationTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private static ClaimsPrincipal Person(string email, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, email), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));

    private static bool Allowed(IAuthorizationHandler handler, ClaimsPrincipal user, object record, OperationAuthorizationRequirement operation)
    {
        var context = new AuthorizationHandlerContext([operation], user, record);
        handler.HandleAsync(context).GetAwaiter().GetResult();
        return context.HasSucceeded;
    }

    private static ReportRequest Paper(string? ownerEmail, bool confidential = false) =>
        new() { Title = "Fostering report", Owner = "Head of Fostering", OwnerEmail = ownerEmail, DueDate = new DateOnly(2030, 1, 10), Confidential = confidential };

    [Theory]
    [InlineData("jo@council.gov.uk", "jo@council.gov.uk")]
    [InlineData("Jo Bloggs <jo@council.gov.uk>", "jo@council.gov.uk")]
    [InlineData("  \"Bloggs, Jo\" <Jo@Council.gov.uk> ", "Jo@Council.gov.uk")]
    [InlineData("jo@council", null)]
    [InlineData("jo bloggs@council.gov.uk", null)]
    [InlineData("jo@council.gov.uk, sam@council.gov.uk", null)]
    [InlineData("Jo Bloggs", null)]
    [InlineData("sam@council.gov.uk, Jo <jo@council.gov.uk>", null)]
    [InlineData("Jo <jo@council.gov.uk> <sam@council.gov.uk>", null)]
    [InlineData("", null)]
    public void One_email_rule_takes_the_address_out_of_what_was_typed(string typed, string? address) =>
        Assert.Equal(address, EmailAddresses.AddressIn(typed));

    [Fact]
    public void The_paper_owner_is_matched_by_address_whatever_the_case_or_display_name()
    {
        var handler = new PaperHandler();
        var owner = Person("jo@council.gov.uk", HubRoles.ServiceManager);
        Assert.True(Allowed(handler, owner, Paper("Jo Bloggs <JO@council.gov.uk>"), RecordOperations.SubmitPaper));
        Assert.False(Allowed(handler, Person("sam@council.gov.uk", HubRoles.ServiceManager), Paper("jo@council.gov.uk"), RecordOperations.SubmitPaper));
        Assert.False(Allowed(handler, owner, Paper(null), RecordOperations.SubmitPaper));
        // Owning is not enough without the capability; the board officer needs no ownership.
        Assert.False(Allowed(handler, Person("jo@council.gov.uk", HubRoles.BoardMember), Paper("jo@council.gov.uk"), RecordOperations.SubmitPaper));
        Assert.True(Allowed(handler, Person("officer@council.gov.uk", HubRoles.BoardOfficer), Paper("jo@council.gov.uk"), RecordOperations.SubmitPaper));
        // A confidential paper: its owner and the officer read it, a member does not.
        Assert.True(Allowed(handler, owner, Paper("jo@council.gov.uk", confidential: true), RecordOperations.ReadPaper));
        Assert.False(Allowed(handler, Person("member@council.gov.uk", HubRoles.BoardMember), Paper("jo@council.gov.uk", confidential: true), RecordOperations.ReadPaper));
        Assert.True(Allowed(handler, Person("member@council.gov.uk", HubRoles.BoardMember), Paper("jo@council.gov.uk"), RecordOperations.ReadPaper));
    }

    [Fact]
    public void A_board_action_is_updated_by_action_updaters_and_a_confidential_one_is_the_officers_only()
    {
        var handler = new BoardActionHandler();
        BoardAction Action(bool confidential) => new() { Description = "Review placements", Owner = "Head of Service", Confidential = confidential };
        Assert.True(Allowed(handler, Person("m@council.gov.uk", HubRoles.ServiceManager), Action(false), RecordOperations.UpdateBoardAction));
        Assert.False(Allowed(handler, Person("m@council.gov.uk", HubRoles.BoardMember), Action(false), RecordOperations.UpdateBoardAction));
        Assert.True(Allowed(handler, Person("m@council.gov.uk", HubRoles.BoardMember), Action(false), RecordOperations.ReadBoardAction));
        Assert.False(Allowed(handler, Person("m@council.gov.uk", HubRoles.ServiceManager), Action(true), RecordOperations.ReadBoardAction));
        Assert.False(Allowed(handler, Person("m@council.gov.uk", HubRoles.ServiceManager), Action(true), RecordOperations.UpdateBoardAction));
        Assert.True(Allowed(handler, Person("o@council.gov.uk", HubRoles.BoardOfficer), Action(true), RecordOperations.UpdateBoardAction));
    }

    [Fact]
    public void A_priority_is_run_by_its_chair_and_an_action_also_by_its_owner()
    {
        var priority = new PriorityArea { Name = "Stable homes", Description = "d", ChildFriendlyDescription = "d", ChairName = "Chair", ChairEmail = "Chair <chair@council.gov.uk>" };
        var action = new StrategyAction { Description = "Recruit carers", Owner = "Fostering manager", OwnerEmail = "manager@council.gov.uk" };
        var chair = Person("CHAIR@council.gov.uk", HubRoles.WorkingGroupChair);
        var owner = Person("manager@council.gov.uk", HubRoles.ServiceManager);
        var otherChair = Person("another@council.gov.uk", HubRoles.WorkingGroupChair);

        Assert.True(Allowed(new PriorityHandler(), chair, priority, RecordOperations.RunPriority));
        Assert.False(Allowed(new PriorityHandler(), otherChair, priority, RecordOperations.RunPriority));
        Assert.False(Allowed(new PriorityHandler(), owner, priority, RecordOperations.RunPriority));
        Assert.False(Allowed(new PriorityHandler(), Person("chair@council.gov.uk", HubRoles.BoardMember), priority, RecordOperations.RunPriority));
        Assert.True(Allowed(new PriorityHandler(), Person("x@council.gov.uk", HubRoles.BoardOfficer), priority, RecordOperations.RunPriority));

        var record = new ActionInPriority(action, priority);
        Assert.True(Allowed(new StrategyActionHandler(), chair, record, RecordOperations.UpdateStrategyAction));
        Assert.True(Allowed(new StrategyActionHandler(), owner, record, RecordOperations.UpdateStrategyAction));
        Assert.False(Allowed(new StrategyActionHandler(), otherChair, record, RecordOperations.UpdateStrategyAction));
        Assert.False(Allowed(new StrategyActionHandler(), Person("manager@council.gov.uk", HubRoles.BoardMember), record, RecordOperations.UpdateStrategyAction));
        // A handler answers only its own operation.
        Assert.False(Allowed(new StrategyActionHandler(), chair, record, RecordOperations.SubmitPaper));
    }

    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    [Fact]
    public async Task An_owner_typed_with_a_display_name_submits_their_paper_and_a_non_owner_is_refused()
    {
        var meetingId = await Query(db => db.Meetings.OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync());
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var title = $"Paper {Guid.NewGuid():N}";
        using var asked = await Forms.PostAsync(officer, $"/Governance/Papers/Ask/{meetingId}",
            [new("Input.Title", title), new("Input.Owner", "Jo Bloggs"), new("Input.OwnerEmail", $"Jo Bloggs <{HubRoles.ServiceManager.ToUpperInvariant()}@test.example>"),
             new("Input.DueDate", "2020-01-01"), new("Input.Purpose", "Discussion")]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var paper = await Query(db => db.ReportRequests.SingleAsync(r => r.Title == title));
        Assert.Equal($"{HubRoles.ServiceManager.ToUpperInvariant()}@test.example", paper.OwnerEmail);   // stored as the bare address

        using var owner = hub.ClientAs(HubRoles.ServiceManager);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/Governance/Papers/Submit/{paper.Id}")).StatusCode);
        using var chair = hub.ClientAs(HubRoles.WorkingGroupChair);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/Governance/Papers/Submit/{paper.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_member_cannot_update_a_board_action_and_a_confidential_one_does_not_exist_for_a_manager()
    {
        var (open, confidential) = await Query(async db =>
        {
            // A meeting whose minutes are not approved yet: an approved record cannot take new actions (ADR 16).
            var meetingId = await db.Meetings.Where(m => m.MinutesApprovedAtUtc == null).OrderBy(m => m.Date).Select(m => m.Id).FirstAsync();
            BoardAction Add(bool secret) => db.BoardActions.Add(new BoardAction { MeetingId = meetingId, Description = $"Action {Guid.NewGuid():N}", Owner = "Head of Service", DueDate = new DateOnly(2030, 1, 1), OriginalDueDate = new DateOnly(2030, 1, 1), Confidential = secret }).Entity;
            var (a, b) = (Add(false), Add(true));
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        using var member = hub.ClientAs(HubRoles.BoardMember);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/Governance/Actions/Show/{open}")).StatusCode);
        using var refused = await Forms.PostAsync(member, $"/Governance/Actions/Show/{open}", [new("Update.Text", "Done"), new("Update.Status", "Done"), new("Update.DueDate", "2030-01-01")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await Query(db => db.Set<ActionUpdate>().Where(u => u.ActionId == open).ToListAsync()));

        using var manager = hub.ClientAs(HubRoles.ServiceManager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/Governance/Actions/Show/{confidential}")).StatusCode);
        using var updated = await Forms.PostAsync(manager, $"/Governance/Actions/Show/{open}", [new("Update.Text", "Started"), new("Update.Status", "InProgress"), new("Update.DueDate", "2030-01-01")]);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
    }

    [Fact]
    public async Task A_strategy_action_owned_by_address_with_a_display_name_is_updated_by_its_owner_only()
    {
        var (mine, theirs) = await Query(async db =>
        {
            var actions = await db.StrategyActions.OrderBy(a => a.Id).Take(2).ToListAsync();
            actions[0].OwnerEmail = $"Sam Manager <{HubRoles.ServiceManager}@TEST.example>";
            actions[1].OwnerEmail = "someone.else@test.example";
            await db.SaveChangesAsync();
            return (actions[0].Id, actions[1].Id);
        });
        using var manager = hub.ClientAs(HubRoles.ServiceManager);
        KeyValuePair<string, string>[] update(int id) => [new("Update.Narrative", "Progress"), new("Update.Status", "OnTrack"), new("Update.Rag", "Green"), new("Update.DueDate", "2030-06-30")];
        Assert.Contains("Add an update", await manager.GetStringAsync($"/Strategy/Actions/Show/{mine}"));
        using var allowed = await Forms.PostAsync(manager, $"/Strategy/Actions/Show/{mine}", update(mine));
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        using var refused = await Forms.PostAsync(manager, $"/Strategy/Actions/Show/{theirs}", update(theirs));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/Strategy/Actions/Edit/{theirs}")).StatusCode);
    }
}
