using System.Data.Common;
using CorporateParenting.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CorporateParenting.Data.Performance;

/// <summary>
/// Writes many rows of one table with the database's bulk path, inside the caller's transaction (so a
/// failure leaves nothing half-written): PostgreSQL's binary <c>COPY</c> through Npgsql's importer; on
/// SQLite one prepared <c>INSERT</c> reused for every row. Change tracking is skipped, so the audit
/// interceptor does not see these rows: the caller records them with <see cref="AuditEvent"/>, one
/// event with counts, exactly as the interceptor records rows written in bulk.
/// Columns come from the EF model: every mapped property except a key the database generates.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> WriteAsync<T>(HubDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class, IBulkRecord
    {
        if (rows.Count == 0) return 0;
        if (db.Database.CurrentTransaction is not { } transaction)
            throw new InvalidOperationException("Bulk writes run inside the caller's transaction, so that a failure leaves nothing behind.");
        var table = TableOf<T>(db);
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql) await CopyAsync(npgsql, table, rows, cancellationToken);
        else InsertPrepared(connection, transaction.GetDbTransaction(), table, rows);
        return rows.Count;
    }

    /// <summary>
    /// Records rows written by <see cref="WriteAsync{T}"/> as the audit interceptor records tracked bulk rows
    /// (one event with counts, same actor and clock), and saves it in the caller's transaction. Nothing when
    /// the context is not audited or nothing was written.
    /// </summary>
    public static async Task AuditAsync(HubDbContext db, IReadOnlyDictionary<string, SortedDictionary<string, int>> counts, CancellationToken cancellationToken)
    {
        var nonZero = counts.Where(c => c.Value.Values.Any(n => n > 0)).ToDictionary(c => c.Key, c => new SortedDictionary<string, int>(
            c.Value.Where(a => a.Value > 0).ToDictionary(), StringComparer.Ordinal));
        var audit = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditInterceptor>().FirstOrDefault();
        if (audit is null || nonZero.Count == 0) return;
        db.AuditEvents.Add(audit.BulkEvent(nonZero));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The columns written for <typeparamref name="T"/>, in order (for tests: every mapped column but a generated key).</summary>
    public static IReadOnlyList<string> ColumnsOf<T>(HubDbContext db) where T : class => TableOf<T>(db).Columns.Select(c => c.Name).ToList();

    private sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping)
    {
        public object? ProviderValue(object entity)
        {
            var value = Property.GetGetter().GetClrValueUsingContainingEntity(entity);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }

    private sealed record Table(string Sql, IReadOnlyList<Column> Columns);

    private static Table TableOf<T>(HubDbContext db) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
            .Select(p => new Column(p.GetColumnName(store)!, p, (RelationalTypeMapping)p.GetTypeMapping()))
            .ToList();
        return new Table(sql.DelimitIdentifier(name, entity.GetSchema()), columns);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, Table table, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        var types = table.Columns.Select(NpgsqlTypeOf).ToArray();
        var command = $"COPY {table.Sql} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(command, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                var value = table.Columns[i].ProviderValue(row);
                if (value is null) await importer.WriteNullAsync(cancellationToken);
                else await WriteAsync(importer, value, types[i], cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object value, NpgsqlDbType type, CancellationToken cancellationToken) => value switch
    {
        int i => importer.WriteAsync(i, type, cancellationToken),
        long l => importer.WriteAsync(l, type, cancellationToken),
        double d => importer.WriteAsync(d, type, cancellationToken),
        bool b => importer.WriteAsync(b, type, cancellationToken),
        Guid g => importer.WriteAsync(g, type, cancellationToken),
        string s => importer.WriteAsync(s, type, cancellationToken),
        byte[] bytes => importer.WriteAsync(bytes, type, cancellationToken),
        DateTime t => importer.WriteAsync(t, type, cancellationToken),
        _ => throw new NotSupportedException($"Bulk writes do not yet write {value.GetType().Name} values."),
    };

    private static NpgsqlDbType NpgsqlTypeOf(Column column) => column.Mapping.StoreTypeNameBase switch
    {
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "double precision" => NpgsqlDbType.Double,
        "boolean" => NpgsqlDbType.Boolean,
        "uuid" => NpgsqlDbType.Uuid,
        "text" => NpgsqlDbType.Text,
        "character varying" => NpgsqlDbType.Varchar,
        "bytea" => NpgsqlDbType.Bytea,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        var other => throw new NotSupportedException($"Bulk writes do not yet write PostgreSQL {other} columns ({column.Name})."),
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static void InsertPrepared<T>(DbConnection connection, DbTransaction transaction, Table table, IReadOnlyCollection<T> rows) where T : class
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table.Sql} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) "
                              + $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
        // Each parameter is made once by EF's own type mapping (so a Guid is stored as EF stores it), then reused.
        var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, "$p" + i, null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = table.Columns[i].ProviderValue(row) ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }
}
