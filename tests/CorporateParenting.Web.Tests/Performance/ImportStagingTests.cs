using CorporateParenting.Web.Features.Performance.Imports;
using CorporateParenting.Web.Infrastructure;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>Staged uploads expire within hours, and no more than a few (each with its parsed return) wait at once.</summary>
public sealed class ImportStagingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hub-staging-test-").FullName;
    private readonly ManualClock _clock = new();
    private readonly ImportStaging _staging;

    public ImportStagingTests() =>
        _staging = new ImportStaging(new DataDirectory(Options.Create(new HubOptions { DataDirectory = _root }), new HostingEnvironment { ContentRootPath = _root }), _clock);

    private Task<Guid> StageAsync() => _staging.SaveAsync([("header.csv", new MemoryStream("CHILD\n1\n"u8.ToArray()))], null, CancellationToken.None);

    [Fact]
    public async Task An_upload_left_waiting_is_deleted_once_its_lifetime_has_passed()
    {
        var id = await StageAsync();
        var folder = _staging.Find(id)!.Folder;
        Assert.True(File.Exists(Path.Combine(folder, "header.csv")));

        _clock.Now += ImportStaging.Lifetime - TimeSpan.FromMinutes(1);
        Assert.NotNull(_staging.Find(id));
        _clock.Now += TimeSpan.FromMinutes(2);
        Assert.Null(_staging.Find(id));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task The_oldest_upload_gives_way_when_too_many_wait_and_folders_nobody_staged_are_cleared()
    {
        var orphan = Directory.CreateDirectory(Path.Combine(_root, "uploads", Guid.NewGuid().ToString("N"))).FullName;
        var first = await StageAsync();
        Assert.False(Directory.Exists(orphan));
        var firstFolder = _staging.Find(first)!.Folder;
        for (var i = 0; i < ImportStaging.MaxStaged; i++)
        {
            _clock.Now += TimeSpan.FromSeconds(1);
            await StageAsync();
        }
        Assert.Equal(ImportStaging.MaxStaged, _staging.Count);
        Assert.Null(_staging.Find(first));
        Assert.False(Directory.Exists(firstFolder));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    public void Dispose()
    {
        _staging.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
