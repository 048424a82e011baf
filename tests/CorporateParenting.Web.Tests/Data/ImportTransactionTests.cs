using CorporateParenting.Data;
using CorporateParenting.Data.Audit;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.Performance;
using CorporateParenting.Web.Features.Performance.Imports;
using CorporateParenting.Web.Features.Performance.Indicators;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>A 903 import lands whole or not at all, on both databases.</summary>
public sealed class ImportTransactionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-import-test-").FullName;

    public ImportTransactionTests() =>
        ReturnGenerator.Write(new GeneratorOptions(Children: 40, Years: 2, Seed: 7, LastYear: 2025), _folder);

    private IReadOnlyList<string> FilesOf(int year) => Directory.GetFiles(Path.Combine(_folder, year.ToString())).Order(StringComparer.Ordinal).ToList();

    private static Ssda903Importer ImporterFor(HubDbContext db) =>
        new(db, new CouncilReturns(), new CouncilMeasureOptions(Options.Create(new HubOptions())), TimeProvider.System);

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task An_import_keeps_the_files_the_failures_and_the_computed_values_and_a_replacement_keeps_history(DatabaseProvider provider)
    {
        using var context = new DataTestContext(provider);
        await using (var db = context.Create())
        {
            await ImporterFor(db).ImportAsync(FilesOf(2024), 2024, "analyst@test.example", CancellationToken.None);
            await ImporterFor(db).ImportAsync(FilesOf(2025), 2025, "analyst@test.example", CancellationToken.None);
            await ImporterFor(db).ImportAsync(FilesOf(2025), 2025, "analyst@test.example", CancellationToken.None);
        }
        await using var check = context.Create();
        var imports = await check.Ssda903Imports.Include(i => i.Files).OrderBy(i => i.ImportedAtUtc).ToListAsync();
        Assert.Equal([2024, 2025, 2025], imports.Select(i => i.Year));
        Assert.Equal([true, false, true], imports.Select(i => i.IsCurrent));
        Assert.All(imports, i => Assert.Equal(FilesOf(i.Year).Count, i.Files.Count));
        Assert.All(imports.SelectMany(i => i.Files), f => Assert.Equal(64, f.Sha256.Length));
        var count = await check.IndicatorValues.SingleAsync(v => v.Year == 2025 && v.Dimension == "" && check.Indicators.Any(i => i.Id == v.IndicatorId && i.Key == "cla_count"));
        Assert.True(count.Value > 0);
        Assert.Equal(imports[2].Id, count.ImportId);
        // Each import is one audit event, not one per stored row.
        Assert.Equal(3, await check.AuditEvents.CountAsync(e => e.EntityType == nameof(Ssda903Import) && e.Action == AuditAction.Created));
        Assert.Equal(0, await check.AuditEvents.CountAsync(e => e.EntityType == nameof(IndicatorValue)));
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task A_failure_after_the_figures_are_written_in_bulk_leaves_nothing_behind(DatabaseProvider provider)
    {
        using var context = new DataTestContext(provider);
        var options = new DbContextOptionsBuilder<HubDbContext>();
        await using (var plain = context.Create()) DatabaseSetup.Configure(options, provider, plain.Database.GetConnectionString()!);
        options.AddInterceptors(new AuditInterceptor(new DataTestContext.Actor("u-1", "analyst@test.example"), TimeProvider.System), new FailOnFiguresRecorded());

        await using (var failing = new HubDbContext(options.Options))
            await Assert.ThrowsAsync<InvalidOperationException>(() => ImporterFor(failing).ImportAsync(FilesOf(2025), 2025, "analyst@test.example", CancellationToken.None));

        await AssertNothingImportedAsync(context);
        await using var check = context.Create();
        Assert.Equal(0, await check.IndicatorValues.CountAsync());
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task A_row_the_bulk_write_cannot_store_fails_the_whole_import(DatabaseProvider provider)
    {
        using var context = new DataTestContext(provider);
        // A figure entered by hand where the import will write its own: the bulk write breaks the unique key.
        await using (var db = context.Create())
        {
            await IndicatorCatalogue.EnsureMeasuresAsync(db);
            var count = await db.Indicators.SingleAsync(i => i.Key == "cla_count");
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = count.Id, Year = 2025, Value = 1, EnteredBy = "analyst@test.example" });
            await db.SaveChangesAsync();
        }

        await using (var db = context.Create())
            await Assert.ThrowsAnyAsync<Exception>(() => ImporterFor(db).ImportAsync(FilesOf(2025), 2025, "analyst@test.example", CancellationToken.None));

        await AssertNothingImportedAsync(context);
        await using var check = context.Create();
        Assert.Equal([(int?)null], await check.IndicatorValues.Select(v => v.Numerator).ToListAsync());
    }

    private static async Task AssertNothingImportedAsync(DataTestContext context)
    {
        await using var check = context.Create();
        Assert.Equal(0, await check.Ssda903Imports.CountAsync());
        Assert.Equal(0, await check.Ssda903ImportFiles.CountAsync());
        Assert.Equal(0, await check.Ssda903RuleFailures.CountAsync());
        Assert.Equal(0, await check.AuditEvents.CountAsync(e => e.EntityType == nameof(Ssda903Import) || e.EntityType.StartsWith("Bulk:")));
    }

    /// <summary>
    /// Breaks the import once the figures have been written by the bulk path, when their audit event is
    /// saved: what the bulk path wrote must go with the rest.
    /// </summary>
    private sealed class FailOnFiguresRecorded : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<AuditEvent>().Any(e => e.State == EntityState.Added && e.Entity.EntityType == "Bulk: " + nameof(IndicatorValue))
                ? throw new InvalidOperationException("disk full (simulated)")
                : ValueTask.FromResult(result);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
