using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.PenPictures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>Pen pictures: the rules of a version's life, only the member approves, and young people see only approved versions.</summary>
public sealed partial class PenPictureTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private static readonly DateTime Now = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    private Task<T> Query<T>(Func<HubDbContext, Task<T>> query) => hub.WithScopeAsync(s => query(s.GetRequiredService<HubDbContext>()));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>A council member signed in as the test user of this role (the test scheme's name is role@test.example).</summary>
    private Task<CouncilMember> MemberFor(string role, string name) => Query(async db =>
    {
        var member = new CouncilMember { Name = name, Email = $"{role}@test.example", Ward = "Riverside", Party = "Independent", ElectedOn = new DateOnly(2022, 5, 5) };
        db.CouncilMembers.Add(member);
        await db.SaveChangesAsync();
        return member;
    });

    private static PenPicture Version(List<PenPicture> versions, bool byTheMember, string words)
    {
        var version = PenPictureRules.NewVersion(versions, 1, words, "Why", "What", false, null, null, byTheMember ? "member" : "officer", byTheMember, Now);
        versions.Add(version);
        return version;
    }

    [Fact]
    public void A_version_moves_only_by_the_rules_and_only_the_member_approves_or_withdraws()
    {
        var versions = new List<PenPicture>();
        var own = Version(versions, byTheMember: true, "Mine");
        Assert.Equal((PenPictureStatus.Draft, 1), (own.Status, own.Version));
        Assert.Equal("Only the member can approve their own pen picture",
            Assert.Throws<PenPictureRuleException>(() => PenPictureRules.Approve(own, versions, byTheMember: false, Now)).Message);
        Assert.Throws<PenPictureRuleException>(() => PenPictureRules.Withdraw(own, byTheMember: true, Now));
        PenPictureRules.Approve(own, versions, byTheMember: true, Now);
        Assert.Equal((PenPictureStatus.Approved, Now), (own.Status, own.ApprovedAtUtc));
        Assert.Throws<PenPictureRuleException>(() => PenPictureRules.Approve(own, versions, byTheMember: true, Now));

        // An officer's draft waits for the member; a newer one replaces it unseen; the published one stays until approval.
        var first = Version(versions, byTheMember: false, "Officer 1");
        Assert.Equal((PenPictureStatus.AwaitingApproval, 2), (first.Status, first.Version));
        var second = Version(versions, byTheMember: false, "Officer 2");
        Assert.Equal((PenPictureStatus.Superseded, PenPictureStatus.AwaitingApproval, PenPictureStatus.Approved), (first.Status, second.Status, own.Status));
        Assert.Equal("Published; awaiting approval", PenPictureRules.StateOf(versions));
        Assert.Throws<PenPictureRuleException>(() => PenPictureRules.Approve(first, versions, byTheMember: true, Now));
        PenPictureRules.Approve(second, versions, byTheMember: true, Now);
        Assert.Equal((PenPictureStatus.Superseded, PenPictureStatus.Approved), (own.Status, second.Status));
        Assert.Single(versions, v => v.IsPublished);

        Assert.Equal("Only the member can withdraw their own pen picture",
            Assert.Throws<PenPictureRuleException>(() => PenPictureRules.Withdraw(second, byTheMember: false, Now)).Message);
        PenPictureRules.Withdraw(second, byTheMember: true, Now);
        Assert.Equal(PenPictureStatus.Withdrawn, second.Status);
        Assert.DoesNotContain(versions, v => v.IsPublished);
        Assert.Equal("Withdrawn", PenPictureRules.StateOf(versions));
        Assert.Throws<PenPictureRuleException>(() => PenPictureRules.Withdraw(second, byTheMember: true, Now));
    }

    [Fact]
    public void A_photo_needs_consent_and_must_be_a_small_jpeg_or_png()
    {
        Assert.Null(PenPictureRules.PhotoProblem(consent: true, Png, "image/png"));
        Assert.Null(PenPictureRules.PhotoProblem(consent: false, null, null));
        Assert.StartsWith("Tick that the member consents", PenPictureRules.PhotoProblem(consent: false, Png, "image/png"));
        Assert.Equal("The photo must be a JPG or PNG", PenPictureRules.PhotoProblem(consent: true, Png, "image/gif"));
        Assert.Equal("The photo must be a JPG or PNG", PenPictureRules.PhotoProblem(consent: true, "GIF89a"u8.ToArray(), "image/png"));   // labelled PNG, is not
        Assert.Equal(PenPictureRules.PhotoTooBig, PenPictureRules.PhotoProblem(consent: true, [.. Png, .. new byte[PenPictureRules.MaxPhotoBytes]], "image/png"));
        Assert.Throws<PenPictureRuleException>(() => PenPictureRules.NewVersion([], 1, "a", "b", "c", photoConsent: false, Png, "image/png", "x", true, Now));
    }

    [Fact]
    public async Task The_officer_drafts_only_the_member_approves_and_young_people_see_only_the_approved_version()
    {
        var member = await MemberFor(HubRoles.BoardMember, "Councillor Pen Test");
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        using var memberClient = hub.ClientAs(HubRoles.BoardMember);
        using var youngPerson = hub.ClientAs(HubRoles.YoungPerson);
        async Task<string> Meet() => await TextAsync(await youngPerson.GetAsync("/CorporateParents/Meet"));

        Assert.Equal(HttpStatusCode.Redirect, (await Draft(officer, member.Id, "I first stood for the council in 2022 to fix the buses.")).StatusCode);
        var first = await Query(db => db.PenPictures.SingleAsync(p => p.CouncilMemberId == member.Id));
        Assert.Equal((PenPictureStatus.AwaitingApproval, 1), (first.Status, first.Version));
        Assert.DoesNotContain("fix the buses", await Meet());

        // The officer cannot approve on the member's behalf (no record of their own), nor can another member.
        Assert.Equal(HttpStatusCode.NotFound, (await PostWithToken(officer, "/CorporateParents/PenPictures", $"/CorporateParents/PenPictures/Mine?handler=Approve&id={first.Id}")).StatusCode);
        await MemberFor(HubRoles.ServiceManager, "Councillor Someone Else");
        using var other = hub.ClientAs(HubRoles.ServiceManager);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(other, "/CorporateParents/PenPictures/Mine", [], handler: $"Approve&id={first.Id}")).StatusCode);
        Assert.Equal(PenPictureStatus.AwaitingApproval, await Query(db => db.PenPictures.Where(p => p.Id == first.Id).Select(p => p.Status).SingleAsync()));

        var mine = await TextAsync(await memberClient.GetAsync("/CorporateParents/PenPictures/Mine"));
        Assert.Contains("Waiting for your approval", mine);
        Assert.Contains("fix the buses", mine);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(memberClient, "/CorporateParents/PenPictures/Mine", [], handler: $"Approve&id={first.Id}")).StatusCode);
        Assert.Contains("fix the buses", await Meet());

        // A newer draft does not replace the approved words until the member approves it.
        await Draft(officer, member.Id, "I now also chair the fostering panel.");
        var meet = await Meet();
        Assert.Contains("fix the buses", meet);
        Assert.DoesNotContain("fostering panel", meet);
        var second = await Query(db => db.PenPictures.SingleAsync(p => p.CouncilMemberId == member.Id && p.Version == 2));
        await Forms.PostAsync(memberClient, "/CorporateParents/PenPictures/Mine", [], handler: $"Approve&id={second.Id}");
        meet = await Meet();
        Assert.Contains("fostering panel", meet);
        Assert.DoesNotContain("fix the buses", meet);
        Assert.Equal(PenPictureStatus.Superseded, await Query(db => db.PenPictures.Where(p => p.Id == first.Id).Select(p => p.Status).SingleAsync()));

        // Withdrawn: nothing of theirs shows, and the history keeps both versions.
        await Forms.PostAsync(memberClient, "/CorporateParents/PenPictures/Mine", [], handler: $"Withdraw&id={second.Id}");
        meet = await Meet();
        Assert.DoesNotContain("Councillor Pen Test", meet);
        Assert.DoesNotContain("fostering panel", meet);
        var history = await TextAsync(await officer.GetAsync($"/CorporateParents/PenPictures/Member/{member.Id}"));
        Assert.Contains("Withdrawn", history);
        Assert.Contains("Superseded", history);
        Assert.Contains("approved by the member on", history);
        Assert.Contains("Councillor Pen Test", await TextAsync(await officer.GetAsync("/CorporateParents/PenPictures")));
    }

    [Fact]
    public async Task A_photo_is_kept_only_with_consent_and_served_to_young_people_only_when_approved()
    {
        var member = await MemberFor(HubRoles.WorkingGroupChair, "Councillor Photo Test");
        using var client = hub.ClientAs(HubRoles.WorkingGroupChair);
        using var refused = await PostMine(client, consent: false, Png, "image/png", then: "approve");
        var html = await TextAsync(refused);
        Assert.Contains("Tick that the member consents to their photo being shown", html);
        Assert.Contains("I like photographs", html);   // what was typed is kept
        Assert.Contains("The photo must be a JPG or PNG", await TextAsync(await PostMine(client, consent: true, "GIF89a-not-an-image"u8.ToArray(), "image/gif", then: "approve")));
        Assert.False(await Query(db => db.PenPictures.AnyAsync(p => p.CouncilMemberId == member.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await PostMine(client, consent: true, Png, "image/png", then: "approve")).StatusCode);
        var approved = await Query(db => db.PenPictures.SingleAsync(p => p.CouncilMemberId == member.Id));
        Assert.Equal(PenPictureStatus.Approved, approved.Status);
        using var youngPerson = hub.ClientAs(HubRoles.YoungPerson);
        using var photo = await youngPerson.GetAsync($"/CorporateParents/Meet?handler=Photo&id={approved.Id}");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync());

        // A draft with a new photo: the member sees it, young people do not.
        Assert.Equal(HttpStatusCode.Redirect, (await PostMine(client, consent: true, [.. Png, 9], "image/png", then: "draft")).StatusCode);
        var draft = await Query(db => db.PenPictures.SingleAsync(p => p.CouncilMemberId == member.Id && p.Status == PenPictureStatus.Draft));
        Assert.Equal(HttpStatusCode.NotFound, (await youngPerson.GetAsync($"/CorporateParents/Meet?handler=Photo&id={draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/CorporateParents/PenPictures/Mine?handler=Photo&id={draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task Someone_without_a_record_sees_a_plain_page_and_young_people_see_the_page_of_approved_pictures_only()
    {
        using var analyst = hub.ClientAs(HubRoles.PerformanceAnalyst);
        using var mine = await analyst.GetAsync("/CorporateParents/PenPictures/Mine");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("There is no corporate parent record for PerformanceAnalyst@test.example", await TextAsync(mine));

        using var youngPerson = hub.ClientAs(HubRoles.YoungPerson);
        Assert.Equal(HttpStatusCode.Forbidden, (await youngPerson.GetAsync("/CorporateParents/PenPictures")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await youngPerson.GetAsync("/CorporateParents/Roles")).StatusCode);
        var published = await Query(db => db.PenPictures.Where(p => p.Status == PenPictureStatus.Approved).Select(p => p.WhoIAm).ToListAsync());
        var hidden = await Query(db => db.PenPictures.Where(p => p.Status != PenPictureStatus.Approved).Select(p => p.WhoIAm).ToListAsync());
        var page = await TextAsync(await youngPerson.GetAsync("/CorporateParents/Meet"));
        Assert.All(published, words => Assert.Contains(words, page));
        Assert.All(hidden.Except(published), words => Assert.DoesNotContain(words, page));
        Assert.Equal(published.Count, Regex.Matches(page, "data-testid=\"pen-picture\"").Count);
    }

    private static Task<HttpResponseMessage> Draft(HttpClient officer, int memberId, string whoIAm) =>
        Forms.PostAsync(officer, $"/CorporateParents/PenPictures/Draft/{memberId}",
            [new("Input.WhoIAm", whoIAm), new("Input.WhyICare", "Every child deserves a champion."), new("Input.WhatIDo", "I sit on the board."), new("Input.PhotoConsent", "false")]);

    private static async Task<HttpResponseMessage> PostMine(HttpClient client, bool consent, byte[] photo, string contentType, string then)
    {
        var token = Token().Match(await client.GetStringAsync("/CorporateParents/PenPictures/Mine")).Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("I like photographs and my ward."), "Input.WhoIAm" },
            { new StringContent("Because every child matters."), "Input.WhyICare" },
            { new StringContent("I visit homes."), "Input.WhatIDo" },
            { new StringContent(consent ? "true" : "false"), "Input.PhotoConsent" },
            { new StringContent("false"), "Input.KeepPhoto" },
            { new StringContent(then), "Then" },
        };
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, "Input.Photo", "me" + (contentType == "image/png" ? ".png" : ".gif"));
        return await client.PostAsync("/CorporateParents/PenPictures/Mine", content);
    }

    /// <summary>A post with the antiforgery token of another page the client can read (the target has no form for this user).</summary>
    private static async Task<HttpResponseMessage> PostWithToken(HttpClient client, string tokenPage, string target)
    {
        var token = Token().Match(await client.GetStringAsync(tokenPage));
        Assert.True(token.Success, $"{tokenPage} has no antiforgery token");
        return await client.PostAsync(target, new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
