using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>A sign-in is one "Signed in" event by the person who signed in, not Identity's updates to their account.</summary>
public sealed class SignInAuditTests(DemoHub factory) : IClassFixture<DemoHub>
{
    private async Task<List<AuditEvent>> EventsAboutAsync(string email, long after) => await factory.WithScope(async s =>
    {
        var db = s.GetRequiredService<HubDbContext>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.AuditEvents.Where(e => e.Id > after && (e.EntityId == id || e.UserId == id)).OrderBy(e => e.Id).ToListAsync();
    });

    private Task<long> LastEventIdAsync() => factory.WithScope(s => s.GetRequiredService<HubDbContext>().AuditEvents.MaxAsync(e => e.Id));

    [Fact]
    public async Task Signing_in_is_one_signed_in_event_by_that_user()
    {
        var before = await LastEventIdAsync();
        using var client = factory.CreateClient();
        using var response = await Forms.SignInAsync(client, "officer@hub.example", HubFactory.DemoPassword);
        response.EnsureSuccessStatusCode();

        var events = await EventsAboutAsync("officer@hub.example", before);
        var signedIn = Assert.Single(events);
        Assert.Equal(AuditAction.SignedIn, signedIn.Action);
        Assert.Equal("officer@hub.example", signedIn.UserName);
        Assert.Equal(signedIn.EntityId, signedIn.UserId);
    }

    [Fact]
    public async Task A_wrong_password_is_a_failed_sign_in_and_the_next_sign_in_is_still_one_event()
    {
        var before = await LastEventIdAsync();
        using var client = factory.CreateClient();
        (await Forms.SignInAsync(client, "chair@hub.example", "not-the-password")).Dispose();
        (await Forms.SignInAsync(client, "chair@hub.example", HubFactory.DemoPassword)).Dispose();

        var events = await EventsAboutAsync("chair@hub.example", before);
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignedIn], events.Select(e => e.Action));
        Assert.DoesNotContain(events, e => e.Action == AuditAction.Updated);
    }
}
