using System.Collections.Concurrent;
using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>
/// Uploaded files wait here, on the server, between "check" and "confirm": nothing reaches the database
/// until the analyst confirms. Each upload keeps its folder (named by a random id) and, in memory, what its
/// check found, so the files are parsed once. An upload is deleted, files and model together, on confirm or
/// cancel, after <see cref="Lifetime"/>, or when more than <see cref="MaxStaged"/> uploads or
/// <see cref="MaxStagedBytes"/> of files wait (the oldest goes first): memory holds at most that many parsed
/// returns, of at most that much text. Folders this process did not stage (left by a restart) are deleted too.
/// </summary>
public sealed class ImportStaging : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(3);
    public const int MaxStaged = 3;
    /// <summary>Two uploads at the size limit; a parsed return takes several times its file size in memory (ADR 17).</summary>
    public const long MaxStagedBytes = 2 * Infrastructure.UploadLimits.Ssda903Import;

    private readonly DataDirectory _data;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<Guid, StagedImport> _staged = new();
    private readonly ITimer _sweep;
    private readonly Lock _folders = new();

    public ImportStaging(DataDirectory data, TimeProvider clock)
    {
        _data = data;
        _clock = clock;
        _sweep = clock.CreateTimer(_ => ClearOld(), null, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
    }

    private string Root => _data.Resolve("uploads");

    /// <summary>How many uploads wait now (each with at most one parsed return).</summary>
    public int Count => _staged.Count;

    public async Task<Guid> SaveAsync(IEnumerable<(string Name, Stream Content)> files, int? year, CancellationToken cancellationToken)
    {
        ClearOld();
        var id = Guid.NewGuid();
        var folder = Path.Combine(Root, id.ToString("N"));
        var staged = new StagedImport(id, folder, year, _clock.GetUtcNow().UtcDateTime);
        _staged[id] = staged;   // before the folder exists, so a sweep never takes it for an orphan
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, content) in files)
            {
                // Keep only the file's own name: an uploaded name never chooses a path on the server.
                var safe = string.Concat(Path.GetFileName(name).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
                await using var target = File.Create(Path.Combine(folder, safe.Length == 0 ? "file" : safe));
                await content.CopyToAsync(target, cancellationToken);
                staged.Bytes += target.Length;
            }
        }
        catch
        {
            Remove(id);
            throw;
        }
        // Room for this one: the oldest others give way.
        foreach (var oldest in _staged.Values.Where(s => s.Id != id).OrderBy(s => s.StagedAtUtc).ToList())
        {
            if (_staged.Count <= MaxStaged && _staged.Values.Sum(s => s.Bytes) <= MaxStagedBytes) break;
            Remove(oldest.Id);
        }
        return id;
    }

    /// <summary>The staged upload, or null if the id is unknown, expired or already confirmed or cancelled.</summary>
    public StagedImport? Find(Guid id)
    {
        ClearOld();
        return _staged.TryGetValue(id, out var staged) && Directory.Exists(staged.Folder) ? staged : null;
    }

    /// <summary>Deletes the upload's files and forgets what its check found.</summary>
    public void Remove(Guid id)
    {
        if (!_staged.TryRemove(id, out var staged)) return;
        lock (_folders)
            if (Directory.Exists(staged.Folder)) Directory.Delete(staged.Folder, recursive: true);
    }

    private void ClearOld()
    {
        var cutoff = _clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var expired in _staged.Values.Where(s => s.StagedAtUtc < cutoff).ToList()) Remove(expired.Id);
        lock (_folders)
        {
            if (!Directory.Exists(Root)) return;
            foreach (var folder in Directory.GetDirectories(Root))
                if (!Guid.TryParseExact(Path.GetFileName(folder), "N", out var id) || !_staged.ContainsKey(id))
                    Directory.Delete(folder, recursive: true);
        }
    }

    public void Dispose() => _sweep.Dispose();
}

/// <summary>One upload waiting for confirmation: its files and, once checked, what the check found.</summary>
public sealed class StagedImport(Guid id, string folder, int? year, DateTime stagedAtUtc)
{
    private readonly SemaphoreSlim _working = new(1, 1);
    private (int? Year, ImportCheck Check)? _checked;
    private ImportConsequences? _consequences;

    public Guid Id { get; } = id;
    public string Folder { get; } = folder;
    /// <summary>The collection year chosen on upload (null: take it from the files).</summary>
    public int? Year { get; } = year;
    public DateTime StagedAtUtc { get; } = stagedAtUtc;
    /// <summary>The files' total size.</summary>
    public long Bytes { get; internal set; }

    /// <summary>How many times the files were parsed: once, unless the year asked for changes.</summary>
    public int Parses { get; private set; }

    public IReadOnlyList<string> Files => Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToList();

    /// <summary>The check for a year, worked out on first asking and kept; asking for another year checks again and forgets the first.</summary>
    public async Task<ImportCheck> CheckAsync(int? year, Func<IReadOnlyList<string>, int?, Task<ImportCheck>> check)
    {
        await _working.WaitAsync();
        try
        {
            if (_checked is { } known && Same(known, year)) return known.Check;
            Parses++;
            _consequences = null;
            var result = await check(Files, year);
            _checked = (year, result);
            return result;
        }
        finally
        {
            _working.Release();
        }
    }

    /// <summary>What confirming would change, worked out once for the current check (again after <see cref="ForgetConsequences"/>).</summary>
    public async Task<ImportConsequences> ConsequencesAsync(Func<ImportCheck, Task<ImportConsequences>> work)
    {
        await _working.WaitAsync();
        try
        {
            var check = _checked?.Check ?? throw new InvalidOperationException("The files have not been checked.");
            return _consequences ??= await work(check);
        }
        finally
        {
            _working.Release();
        }
    }

    /// <summary>The stored returns changed since the consequences were worked out: work them out again when next asked.</summary>
    public void ForgetConsequences() => _consequences = null;

    // A check for the year the files show answers "take the year from the files" too, and the other way round.
    private static bool Same((int? Year, ImportCheck Check) known, int? year) =>
        known.Year == year
        || known.Check is { WrongYear: null, Year: { } checkedYear, DataYear: { } data } && data.Year == checkedYear && (year is null || year == checkedYear);
}
