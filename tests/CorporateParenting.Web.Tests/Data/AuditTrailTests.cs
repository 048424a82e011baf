using System.Text.Json;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.Data;

public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task Create_update_and_delete_each_write_who_what_and_the_old_and_new_values(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        var actor = new DataTestContext.Actor("user-7", "officer@test.example");
        var user = new HubUser { UserName = "a@test.example", Email = "a@test.example", DisplayName = "Ada", PasswordHash = "secret-hash" };

        await using (var db = data.Create(actor)) { db.Users.Add(user); await db.SaveChangesAsync(); }
        await using (var db = data.Create(actor))
        {
            var saved = await db.Users.SingleAsync(u => u.Id == user.Id);
            saved.DisplayName = "Ada Lovelace";
            await db.SaveChangesAsync();
        }
        await using (var db = data.Create(actor)) { db.Users.Remove(await db.Users.SingleAsync(u => u.Id == user.Id)); await db.SaveChangesAsync(); }

        await using var read = data.Create();
        var events = await read.AuditEvents.Where(e => e.EntityId == user.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], events.Select(e => e.Action));
        Assert.All(events, e =>
        {
            Assert.Equal("HubUser", e.EntityType);
            Assert.Equal("user-7", e.UserId);
            Assert.Equal("officer@test.example", e.UserName);
            Assert.True(e.OccurredAtUtc > DateTime.UtcNow.AddMinutes(-5));
        });
        Assert.Equal("Ada", Value(events[0].NewValues, "DisplayName"));
        Assert.Equal("Ada", Value(events[1].OldValues, "DisplayName"));
        Assert.Equal("Ada Lovelace", Value(events[1].NewValues, "DisplayName"));
        var changed = JsonDocument.Parse(events[1].NewValues!).RootElement.EnumerateObject().Select(p => p.Name);
        Assert.DoesNotContain("Email", changed);
        Assert.Equal("Ada Lovelace", Value(events[2].OldValues, "DisplayName"));
        Assert.DoesNotContain("secret-hash", string.Concat(events.Select(e => e.OldValues + e.NewValues)));
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task The_application_cannot_change_or_delete_an_audit_event(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        await using (var db = data.Create()) { db.Users.Add(new HubUser { UserName = "b@test.example", DisplayName = "B" }); await db.SaveChangesAsync(); }

        await using (var db = data.Create())
        {
            var audit = await db.AuditEvents.FirstAsync();
            audit.UserName = "someone else";
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", error.Message);
        }
        await using (var db = data.Create())
        {
            db.AuditEvents.Remove(await db.AuditEvents.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task The_database_itself_refuses_to_change_or_delete_an_audit_event(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        await using (var db = data.Create()) { db.Users.Add(new HubUser { UserName = "c@test.example", DisplayName = "C" }); await db.SaveChangesAsync(); }

        await using var raw = data.Create();
        var update = await Record.ExceptionAsync(() => raw.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"UserName\" = 'x'"));
        var delete = await Record.ExceptionAsync(() => raw.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\""));

        Assert.Contains("append-only", update?.Message);
        Assert.Contains("append-only", delete?.Message);
        Assert.True(await raw.AuditEvents.AnyAsync(e => e.UserName != "x"));
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task A_read_of_child_level_data_is_recorded_with_the_reader_and_the_children(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        var analyst = new DataTestContext.Actor("analyst-1", "analyst@test.example");
        await using (var db = data.Create(analyst))
        {
            var audit = new ChildDataReadAudit(db, analyst, TimeProvider.System);
            await audit.RecordAsync("Children behind: placed 20+ miles from home", ["C101", "C205"]);
            await audit.RecordAsync("Child profile", ["C101"]);
        }

        await using var read = data.Create();
        var reads = await read.AuditEvents.Where(e => e.Action == AuditAction.Read).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal("analyst@test.example", r.UserName));
        Assert.Equal("Children behind: placed 20+ miles from home", reads[0].EntityType);
        Assert.Equal(["C101", "C205"], JsonDocument.Parse(reads[0].NewValues!).RootElement.GetProperty("children").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("C101", reads[1].EntityId);
    }

    private static string? Value(string? json, string property) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.GetProperty(property).GetString();
}
