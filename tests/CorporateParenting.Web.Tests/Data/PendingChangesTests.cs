using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>What the save-time guards and the audit read of a save: the changes, detected, and nothing else.</summary>
public sealed class PendingChangesTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_change_made_to_a_tracked_record_is_found_and_the_trackers_own_setting_is_kept(bool detecting)
    {
        using var data = new DataTestContext(DatabaseProvider.Sqlite);
        await using var db = data.Create();
        var changed = new Meeting { Date = new(2024, 1, 10), StartTime = new(14, 0), Place = "Town Hall" };
        var untouched = new Meeting { Date = new(2024, 3, 10), StartTime = new(14, 0), Place = "Town Hall" };
        db.AddRange(changed, untouched);
        await db.SaveChangesAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = detecting;

        changed.Place = "County Hall";   // no Update call: only detecting changes finds it
        var added = new BoardMember { Name = "Cllr New", Organisation = "Council", TermStart = new(2024, 1, 1) };
        db.Add(added);

        var pending = PendingChanges.Of(db);

        Assert.Equal([(object)changed, added], pending.Select(e => e.Entity).OrderBy(e => e is BoardMember));
        Assert.Equal(EntityState.Modified, pending.Single(e => e.Entity == changed).State);
        Assert.Equal(detecting, db.ChangeTracker.AutoDetectChangesEnabled);
    }
}
