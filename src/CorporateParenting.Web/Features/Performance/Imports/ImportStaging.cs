using CorporateParenting.Web.Infrastructure;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>
/// Uploaded files wait here, on the server, between "check" and "confirm": nothing reaches the database
/// until the analyst confirms. Folders are named by a random id and cleared after confirming or after a day.
/// </summary>
public sealed class ImportStaging(DataDirectory data, TimeProvider clock)
{
    private string Root => data.Resolve("uploads");

    public async Task<Guid> SaveAsync(IEnumerable<(string Name, Stream Content)> files, CancellationToken cancellationToken)
    {
        ClearOld();
        var id = Guid.NewGuid();
        var folder = Directory.CreateDirectory(Path.Combine(Root, id.ToString("N"))).FullName;
        foreach (var (name, content) in files)
        {
            // Keep only the file's own name: an uploaded name never chooses a path on the server.
            var safe = string.Concat(Path.GetFileName(name).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
            await using var target = File.Create(Path.Combine(folder, safe.Length == 0 ? "file" : safe));
            await content.CopyToAsync(target, cancellationToken);
        }
        return id;
    }

    /// <summary>The staged files, or null if the id is unknown or expired.</summary>
    public IReadOnlyList<string>? Files(Guid id)
    {
        var folder = Path.Combine(Root, id.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList() : null;
    }

    public void Remove(Guid id)
    {
        var folder = Path.Combine(Root, id.ToString("N"));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private void ClearOld()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var folder in Directory.GetDirectories(Root))
            if (Directory.GetCreationTimeUtc(folder) < clock.GetUtcNow().UtcDateTime.AddDays(-1))
                Directory.Delete(folder, recursive: true);
    }
}
