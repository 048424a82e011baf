using CorporateParenting.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>
/// A context on the same database WITHOUT the audit interceptor, for the only writes the audit trail must not see
/// (ADR 22): a child's answers and the code they used (an audit event would carry the time and the row ids, which
/// is exactly what would link a response to the moment a code was used), and the code hashes of a batch (the batch
/// row itself is audited, with its count). Nothing else may use it.
/// </summary>
public static class AnonymousWrites
{
    public static HubDbContext ContextLike(HubDbContext audited)
    {
        var provider = audited.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var connectionString = audited.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The Hub's database has no connection string.");
        var options = new DbContextOptionsBuilder<HubDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new HubDbContext(options.Options);
    }
}
