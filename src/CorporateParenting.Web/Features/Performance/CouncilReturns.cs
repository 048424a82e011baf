using CorporateParenting.Data;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance;

/// <summary>
/// Every current year of the council's 903, read once and kept in memory until an import changes it. The
/// children's histories are built when first asked for (an import's check needs only the returns).
/// </summary>
public sealed class CouncilData(ReturnSet returns, IReadOnlyList<Guid> importIds)
{
    private readonly Lazy<ChildIndex> _children = new(() => ChildModel.Build(returns));

    public ReturnSet Returns { get; } = returns;
    public ChildIndex Children => _children.Value;
    public IReadOnlyList<Guid> ImportIds { get; } = importIds;
    public IReadOnlyList<int> Years => Returns.Years.Select(y => y.Year).ToList();
}

/// <summary>
/// Holds the council's current returns in memory (children's records never leave the server's memory
/// and database). A cheap query of the current import ids decides whether the cached copy is still right.
/// </summary>
public sealed class CouncilReturns
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private CouncilData? _cached;

    public async Task<CouncilData> CurrentAsync(HubDbContext db, CancellationToken cancellationToken = default)
    {
        var ids = await db.Ssda903Imports.Where(i => i.IsCurrent).OrderBy(i => i.Year).Select(i => i.Id).ToListAsync(cancellationToken);
        if (_cached is { } hit && hit.ImportIds.SequenceEqual(ids)) return hit;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && again.ImportIds.SequenceEqual(ids)) return again;
            var imports = await db.Ssda903Imports.AsNoTracking().Include(i => i.Files).Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
            var returns = new ReturnSet(imports.Select(StoredReturns.Read));
            return _cached = new CouncilData(returns, ids);
        }
        finally
        {
            _loading.Release();
        }
    }
}
