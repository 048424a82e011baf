using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace CorporateParenting.Data;

/// <summary>
/// A counter that moves whenever this process commits a change to the database's content (audit
/// entries aside), so that read models built from it (the scorecard) can be cached and know when
/// they are stale. Per process: with several web servers, caches also expire by age.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    internal void Advance() => Interlocked.Increment(ref _value);
}

/// <summary>Advances <see cref="DataVersion"/> after a save that changed content, and again when its transaction commits.</summary>
internal sealed class DataVersionInterceptor(DataVersion version) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _changed;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Saved(DbContext? context)
    {
        if (!_changed) return;
        version.Advance();
        if (context?.Database.CurrentTransaction is null) _changed = false;   // otherwise the commit advances it again
    }

    // Inside a transaction the save is not yet visible to others: advance again once it is.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    private void Committed()
    {
        if (!_changed) return;
        version.Advance();
        _changed = false;
    }

    private void Notice(DbContext? context)
    {
        if (context is null) return;
        _changed |= PendingChanges.Of(context).Any(e => e.Entity is not Audit.AuditEvent);
    }
}
