using System.Text.Json;
using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Identity;
using CorporateParenting.Data.Performance;
using CorporateParenting.Data.Services;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Web.Features.Performance;
using CorporateParenting.Web.Features.Performance.Imports;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>The trail names the keys the database assigned, and bulk writes are one event with counts (ADR 14).</summary>
public sealed class AuditRealKeysAndBulkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-audit-bulk-").FullName;

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task An_inserted_row_is_recorded_with_the_key_the_database_gave_it(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        var user = new HubUser { UserName = "m@test.example", Email = "m@test.example", DisplayName = "Manager" };
        await using (var db = data.Create()) { db.Users.Add(user); await db.SaveChangesAsync(); }

        var service = new Service { Name = "Fostering", Rule = ServiceRuleKind.PlacementTypes, PlacementCodes = "U1,U4", Managers = [new ServiceAssignment { UserId = user.Id }] };
        await using (var db = data.Create()) { db.Services.Add(service); await db.SaveChangesAsync(); }

        await using var read = data.Create();
        var created = await read.AuditEvents.SingleAsync(e => e.EntityType == nameof(Service) && e.Action == AuditAction.Created);
        Assert.True(service.Id > 0);
        Assert.Equal(service.Id.ToString(), created.EntityId);
        Assert.Equal(service.Id, JsonDocument.Parse(created.NewValues!).RootElement.GetProperty("Id").GetInt32());
        var assignment = await read.AuditEvents.SingleAsync(e => e.EntityType == nameof(ServiceAssignment));
        Assert.Equal($"{service.Id}/{user.Id}", assignment.EntityId);
        Assert.Equal(service.Id, JsonDocument.Parse(assignment.NewValues!).RootElement.GetProperty("ServiceId").GetInt32());
        Assert.DoesNotContain(await read.AuditEvents.Select(e => e.EntityId).ToListAsync(), id => id != null && (id.Contains("(new)") || id.StartsWith('-')));
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task A_failed_insert_leaves_neither_the_row_nor_its_event(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        await using (var db = data.Create()) { db.Services.Add(new Service { Name = "Residential", Rule = ServiceRuleKind.PlacementTypes, PlacementCodes = "K2" }); await db.SaveChangesAsync(); }

        await using (var db = data.Create())
        {
            db.Services.Add(new Service { Name = "Virtual school", Rule = ServiceRuleKind.AgeAtYearEnd, MinAge = 5, MaxAge = 15 });
            db.Services.Add(new Service { Name = "Residential", Rule = ServiceRuleKind.Uasc });   // the name is unique: the save fails
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var read = data.Create();
        Assert.Equal(["Residential"], await read.Services.Select(s => s.Name).ToListAsync());
        Assert.Equal(1, await read.AuditEvents.CountAsync(e => e.EntityType == nameof(Service)));
        // The context still works after the failure, and commits what it saves next.
        await using (var db = data.Create()) { db.Services.Add(new Service { Name = "UASC", Rule = ServiceRuleKind.Uasc }); await db.SaveChangesAsync(); }
        Assert.Equal(2, await read.AuditEvents.CountAsync(e => e.EntityType == nameof(Service)));
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task An_imports_files_failures_and_recomputed_figures_are_each_one_event_with_counts(DatabaseProvider provider)
    {
        ReturnGenerator.Write(new GeneratorOptions(Children: 40, Years: 1, Seed: 11, LastYear: 2025), _folder);
        var files = Directory.GetFiles(Path.Combine(_folder, "2025")).Order(StringComparer.Ordinal).ToList();
        using var data = new DataTestContext(provider);
        await using (var db = data.Create())
            await new Ssda903Importer(db, new CouncilReturns(), new CouncilMeasureOptions(Options.Create(new HubOptions())), TimeProvider.System)
                .ImportAsync(files, 2025, "analyst@test.example", CancellationToken.None);

        await using var read = data.Create();
        var bulk = await read.AuditEvents.Where(e => e.Action == AuditAction.BulkWrite).OrderBy(e => e.Id).ToListAsync();
        var values = await read.IndicatorValues.CountAsync();
        var failures = await read.Ssda903RuleFailures.CountAsync();
        Assert.True(values > 100, "the recomputation writes hundreds of figures");
        Assert.Equal(2, bulk.Count);
        Assert.Equal(files.Count, Count(bulk[0], nameof(Ssda903ImportFile)));
        Assert.Equal(failures, Count(bulk[0], nameof(Ssda903RuleFailure)));
        Assert.Equal("Bulk: IndicatorValue", bulk[1].EntityType);
        Assert.Equal(values, Count(bulk[1], nameof(IndicatorValue)));
        Assert.True(await read.AuditEvents.CountAsync() < 200, "one event per indicator at most, never one per stored figure");
    }

    private static int Count(AuditEvent e, string type) =>
        JsonDocument.Parse(e.NewValues!).RootElement.TryGetProperty(type, out var counts) ? counts.GetProperty("Created").GetInt32() : 0;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
