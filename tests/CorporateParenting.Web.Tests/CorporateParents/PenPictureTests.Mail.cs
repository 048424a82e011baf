using System.Net;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.CorporateParents;

public sealed partial class PenPictureTests
{
    [Fact]
    public async Task The_member_is_emailed_a_link_to_approve_a_version_an_officer_drafted_for_them()
    {
        var member = await MemberFor(HubRoles.Administrator, "Councillor Mail Test");
        var mail = Path.Combine(hub.DataDirectory, "mail");
        string[] MailsTo(string email) => Directory.Exists(mail)
            ? Directory.GetFiles(mail).Select(File.ReadAllText).Where(text => text.Contains(email)).ToArray() : [];
        Assert.Empty(MailsTo(member.Email!));
        using var officer = hub.ClientAs(HubRoles.BoardOfficer);

        using var response = await Draft(officer, member.Id, "I grew up in the ward I now serve.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sent = Assert.Single(MailsTo(member.Email!));
        Assert.Contains("Subject: Your pen picture is waiting for your approval", sent);
        Assert.Contains("Dear Councillor Mail Test", sent);
        Assert.Contains("/CorporateParents/PenPictures/Mine", sent);
        Assert.DoesNotContain("grew up in the ward", sent);   // the words stay in the Hub, behind sign-in
        Assert.Contains("e-mailed a link to approve it", await TextAsync(await officer.GetAsync(response.Headers.Location!.ToString())));

        // The link leads to the page where the member approves it.
        using var memberClient = hub.ClientAs(HubRoles.Administrator);
        Assert.Equal(PenPictureStatus.AwaitingApproval, await Query(db => db.PenPictures.Where(p => p.CouncilMemberId == member.Id).Select(p => p.Status).SingleAsync()));
        Assert.Contains("Waiting for your approval", await TextAsync(await memberClient.GetAsync("/CorporateParents/PenPictures/Mine")));
    }
}
