using System.Collections.Concurrent;
using CorporateParenting.Data;
using Microsoft.Data.Sqlite;

namespace CorporateParenting.Testing;

/// <summary>
/// Migrating and seeding the demo council is the costliest set-up in the suite. The first SQLite factory with a
/// given set of settings seeds a template (in a host of its own, stopped at once); every factory asking for the same
/// settings then starts from a byte copy of it. Startup still migrates and seeds, and finds nothing to do, so a
/// factory sees exactly the database a fresh start would have given it. A template is kept in the temporary folder
/// for the next test project of the run, under a name made from everything the seed depends on: the settings, the
/// day (the demo is dated from today) and the build of the Hub's assemblies (a change to any gives a new name).
/// </summary>
public static class SeededTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Templates = new();

    public static void CopyInto(TestDatabase database, string environment, IReadOnlyDictionary<string, string?> settings)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
            throw new ArgumentException("Only SQLite databases are copied from a template.", nameof(database));
        var key = environment + "|" + string.Join("|", settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
        var template = Templates.GetOrAdd(key, _ => new Lazy<string>(() => KeptPath(key) is var kept && File.Exists(kept) ? kept : Keep(kept, Seed(environment, settings)))).Value;
        File.Copy(template, database.SqliteFile!, overwrite: true);
    }

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "hub-test-templates");

    /// <summary>Where a template for these settings, today and this build is kept.</summary>
    private static string KeptPath(string key)
    {
        var build = string.Join("|", new[] { typeof(Program).Assembly, typeof(HubDbContext).Assembly, typeof(Ssda903.Tables.RawTable).Assembly,
                typeof(SeededTemplates).Assembly, System.Reflection.Assembly.Load("CorporateParenting.Migrations.Sqlite") }
            .Select(a => a.ManifestModule.ModuleVersionId));
        var day = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{key}|{day}|{build}"));
        return Path.Combine(Folder, Convert.ToHexString(hash)[..32] + ".db");
    }

    /// <summary>Moves a new template where the next test project finds it (templates from other days and builds go).</summary>
    private static string Keep(string kept, string seeded)
    {
        Directory.CreateDirectory(Folder);
        foreach (var old in Directory.EnumerateFiles(Folder).Where(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddDays(-1)))
            File.Delete(old);
        try { File.Move(seeded, kept); }
        catch (IOException) when (File.Exists(kept)) { return seeded; }   // another run kept the same one first
        return kept;
    }

    private static string Seed(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        var copy = Path.Combine(Directory.CreateTempSubdirectory("hub-template-").FullName, "hub.db");
        using var seeding = new HubFactory(DatabaseProvider.Sqlite, environment, settings.ToDictionary(s => s.Key, s => s.Value));
        _ = seeding.Services;   // starts the host: migrations and the demo seeders run
        // VACUUM INTO writes a consistent copy whatever the journal holds.
        using var connection = new SqliteConnection(seeding.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", copy);
        command.ExecuteNonQuery();
        // The copy is in rollback-journal mode; EF Core creates SQLite databases in WAL mode (readers never block the
        // audit's writes), and the mode is kept in the file.
        using var wal = new SqliteConnection($"Data Source={copy};Pooling=False");
        wal.Open();
        using var pragma = wal.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = 'wal'";
        pragma.ExecuteNonQuery();
        return copy;
    }
}
