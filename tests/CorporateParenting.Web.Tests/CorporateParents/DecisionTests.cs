using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>Decisions' corporate-parenting checks: recorded by the board officer, listed with the changed ones counted.</summary>
public sealed class DecisionTests(DemoHub hub) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task A_changed_proposal_is_marked_and_counted_and_a_change_without_its_how_is_refused()
    {
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var refused = await Forms.PostAsync(officer, "/CorporateParents/Decisions/Edit",
            [new("Input.Proposal", "Test bus pass scheme"), new("Input.DecisionMaker", "Cabinet"), new("Input.DecidedOn", "2026-06-01"),
             new("Input.WhatItMeans", "Care leavers pay full fares."), new("Input.Changed", "true")]);
        Assert.Contains("Enter how the proposal changed because of the check", await refused.Content.ReadAsStringAsync());
        Assert.False(await hub.WithScope(s => s.GetRequiredService<HubDbContext>().DecisionChecks.AnyAsync(c => c.Proposal == "Test bus pass scheme")));

        using var saved = await Forms.PostAsync(officer, "/CorporateParents/Decisions/Edit",
            [new("Input.Proposal", "Test bus pass scheme"), new("Input.DecisionMaker", "Cabinet"), new("Input.DecidedOn", "2026-06-01"),
             new("Input.WhatItMeans", "Care leavers pay full fares."), new("Input.Changed", "true"), new("Input.HowItChanged", "Free passes to 25.")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (changed, total) = await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            return (await db.DecisionChecks.CountAsync(c => c.Changed), await db.DecisionChecks.CountAsync());
        });
        using var member = hub.ClientAs(HubRoles.BoardMember);
        var html = WebUtility.HtmlDecode(await member.GetStringAsync("/CorporateParents/Decisions"));
        Assert.Contains($"{changed} of {total} proposal", html);
        Assert.Contains("Yes: Free passes to 25.", html);
        Assert.DoesNotContain("Record a check", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/CorporateParents/Decisions/Edit")).StatusCode);
    }
}
