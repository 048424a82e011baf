using System.Net;
using CorporateParenting.Data;
using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.LocalOffer;

public sealed partial class UptakePageTests
{
    [Fact]
    public async Task A_row_is_deleted_after_a_confirmation_only_by_a_recorder_who_may_record_it()
    {
        await SeedAsync();
        var mistake = await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            var row = db.OfferUptake.Add(new OfferUptake
            {
                EntitlementKey = "test-deposit", PeriodStart = new DateOnly(2022, 4, 1), PeriodEnd = new DateOnly(2023, 3, 31), YoungPeople = 9, RecordedBy = "test",
            }).Entity;
            await db.SaveChangesAsync();
            return row.Id;
        });

        // A service manager whose services do not provide the entitlement neither sees nor deletes it.
        using var manager = hub.ClientAs(HubRoles.ServiceManager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/LocalOffer/Uptake/Delete/{mistake}")).StatusCode);
        // Posting anyway (with a token from a page they may use) deletes nothing.
        var token = System.Text.RegularExpressions.Regex.Match(await manager.GetStringAsync("/LocalOffer/Uptake/Record"), "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        using (var refused = await manager.PostAsync($"/LocalOffer/Uptake/Delete/{mistake}", new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token))])))
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains(await HeldAsync(), u => u.Id == mistake);

        using var officer = hub.ClientAs(HubRoles.BoardOfficer);
        var record = await officer.GetStringAsync("/LocalOffer/Uptake/Record");
        Assert.Contains($"/LocalOffer/Uptake/Delete/{mistake}", record);
        var confirm = WebUtility.HtmlDecode(await officer.GetStringAsync($"/LocalOffer/Uptake/Delete/{mistake}"));
        Assert.Contains("Are you sure you want to delete this uptake?", confirm);
        Assert.Contains("Test rent deposit", confirm);
        Assert.Contains("1 April 2022 to 31 March 2023", confirm);
        Assert.Contains(await HeldAsync(), u => u.Id == mistake);   // a GET deletes nothing

        using var deleted = await Forms.PostAsync(officer, $"/LocalOffer/Uptake/Delete/{mistake}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("is deleted", WebUtility.HtmlDecode(await officer.GetStringAsync(deleted.Headers.Location!.ToString())));
        Assert.DoesNotContain(await HeldAsync(), u => u.Id == mistake);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/LocalOffer/Uptake/Delete/{mistake}")).StatusCode);
    }
}
