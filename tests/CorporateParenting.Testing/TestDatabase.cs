using CorporateParenting.Data;
using Npgsql;

namespace CorporateParenting.Testing;

/// <summary>
/// A fresh, empty database for one test or fixture: an SQLite file in a temporary folder, or a new
/// database on the throwaway PostgreSQL server named by HUB_TEST_POSTGRES (started by scripts/test.sh).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "HUB_TEST_POSTGRES";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresName;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>The SQLite database's file (null on PostgreSQL).</summary>
    public string? SqliteFile => _sqliteFolder is null ? null : Path.Combine(_sqliteFolder, "hub.db");

    public TestDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            _sqliteFolder = Directory.CreateTempSubdirectory("hub-test-").FullName;
            ConnectionString = $"Data Source={Path.Combine(_sqliteFolder, "hub.db")};Pooling=False";
            return;
        }
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (a connection string to a server). Run ./scripts/test.sh, which starts one.");
        _postgresName = "hub_test_" + Guid.NewGuid().ToString("N");
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresName}", admin);
            create.ExecuteNonQuery();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresName }.ConnectionString;
    }


    public void Dispose()
    {
        if (_sqliteFolder is not null)
        {
            try { Directory.Delete(_sqliteFolder, recursive: true); } catch (IOException) { /* a file still open; the OS cleans temp */ }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
