using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Ssda903.Measures;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.Performance.Imports;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>
/// Turns the council's current 903 years into stored indicator values (whole cohort and every breakdown),
/// so the scorecard reads a few hundred rows instead of recomputing children's histories per request.
/// Only the years an import touches are measured again (<see cref="FigureCache"/>); disclosure control
/// still decides the pattern for every year together; only rows that differ are written, in bulk.
/// </summary>
public static class IndicatorCalculator
{
    public static readonly Dimension[] Dimensions = Enum.GetValues<Dimension>();

    /// <summary>
    /// Makes the stored 903 values those computed from these returns, inside the caller's transaction (or one
    /// of its own): rows that differ are deleted and written again in bulk, identical rows are left alone.
    /// </summary>
    public static async Task RecomputeAsync(HubDbContext db, ReturnSet returns, IReadOnlyDictionary<int, Guid> importOfYear, MeasureOptions options,
        CancellationToken cancellationToken, ILogger? logger = null)
    {
        var timer = new PhaseTimer(logger, "903 recompute");
        await IndicatorCatalogue.EnsureMeasuresAsync(db, cancellationToken);
        var indicators = await db.Indicators.Where(i => i.Source == IndicatorSource.Ssda903).ToDictionaryAsync(i => i.Key, i => i.Id, cancellationToken);
        timer.Done("reading the indicators");

        var computed = FigureCache.Compute(returns, options, CouncilMeasureOptions.KeyOf(options), timer);
        var cells = computed.Cells.Where(c => indicators.ContainsKey(c.Indicator)).ToList();
        // Every year at once: stock and flow link the years, so the pattern must too.
        var hidden = computed.Hidden(cells);
        timer.Done($"disclosure protection of {cells.Count:N0} figures");
        var values = cells.Select((cell, i) => ValueOf(indicators[cell.Indicator], cell, importOfYear[cell.Year], hidden[i])).ToList();

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var (written, deleted) = await WriteAsync(db, values, cancellationToken);
            timer.Done($"writing {written:N0} figures and deleting {deleted:N0} (the other {values.Count - written:N0} were unchanged)");
            if (own is not null) await own.CommitAsync(cancellationToken);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
        timer.Finished();
    }

    /// <summary>Replaces the stored rows that differ from <paramref name="values"/>; returns how many were written and deleted.</summary>
    private static async Task<(int Written, int Deleted)> WriteAsync(HubDbContext db, IReadOnlyList<IndicatorValue> values, CancellationToken cancellationToken)
    {
        var stored = await db.IndicatorValues.AsNoTracking().Where(v => v.ImportId != null).ToListAsync(cancellationToken);
        var unchanged = new HashSet<StoredFigure>(stored.Select(StoredFigure.Of));
        var wanted = new HashSet<StoredFigure>(values.Select(StoredFigure.Of));
        var stale = stored.Where(v => !wanted.Contains(StoredFigure.Of(v))).Select(v => v.Id).ToList();
        foreach (var chunk in stale.Chunk(1000))
            await db.IndicatorValues.Where(v => chunk.Contains(v.Id)).ExecuteDeleteAsync(cancellationToken);
        var added = values.Where(v => !unchanged.Contains(StoredFigure.Of(v))).ToList();
        await BulkInsert.WriteAsync(db, added, cancellationToken);
        await BulkInsert.AuditAsync(db, new Dictionary<string, SortedDictionary<string, int>>
        {
            [nameof(IndicatorValue)] = new(StringComparer.Ordinal) { ["Created"] = added.Count, ["Deleted"] = stale.Count },
        }, cancellationToken);
        return (added.Count, stale.Count);
    }

    /// <summary>Everything stored of a computed figure but its key, for comparing a new figure with the stored one.</summary>
    private readonly record struct StoredFigure(int IndicatorId, int Year, string Dimension, string Group, int? Numerator, int? Denominator,
        double? Value, string? NotAvailableReason, Guid? ImportId, string? EnteredBy, bool HiddenFromMembers)
    {
        public static StoredFigure Of(IndicatorValue v) => new(v.IndicatorId, v.Year, v.Dimension, v.Group, v.Numerator, v.Denominator,
            v.Value, v.NotAvailableReason, v.ImportId, v.EnteredBy, v.HiddenFromMembers);
    }

    /// <summary>The cells disclosure control sees for these returns, as <see cref="RecomputeAsync"/> builds them (for the audit).</summary>
    public static IReadOnlyList<IndicatorCell> Cells(ReturnSet returns, MeasureOptions options, IReadOnlySet<string>? indicatorKeys = null)
    {
        var children = ChildModel.Build(returns);
        return returns.Years.SelectMany(y => CellsOf(children, y.Year, options))
            .Where(c => indicatorKeys is null || indicatorKeys.Contains(c.Indicator)).ToList();
    }

    /// <summary>Every measure of one year with all its breakdowns, in the order they are stored and protected.</summary>
    public static List<IndicatorCell> CellsOf(ChildIndex children, int year, MeasureOptions options)
    {
        var cells = new List<IndicatorCell>();
        foreach (var (result, breakdowns) in new MeasureSession(children, year, options).ComputeWithBreakdowns(Dimensions))
        {
            cells.Add(new IndicatorCell(result.Id, ShapeOf(result.Id), year, "", "", result));
            foreach (var (dimension, rows) in breakdowns.Where(b => Stored(result.Id, b.Key)))
            foreach (var row in rows)
                cells.Add(new IndicatorCell(result.Id, ShapeOf(result.Id), year, dimension.ToString(), row.Group, row.Result));
        }
        return cells;
    }

    /// <summary>
    /// Where a child lives (the placement ward) is stored for the count of children looked after only: the members'
    /// ward picture needs no more, and twenty-odd small groups under every measure multiplied the figures disclosure
    /// control must protect (and the time an import takes) for nothing anyone reads.
    /// </summary>
    private static bool Stored(string measureId, Dimension dimension) => dimension != Dimension.PlacementWard || measureId == "cla_count";

    private static readonly IReadOnlyDictionary<string, CountShape> Shapes =
        NationalMeasures.Definitions.ToDictionary(d => d.Id, d => SmallNumbers.ShapeOf(IndicatorCatalogue.UnitOf(d)));

    private static CountShape ShapeOf(string measureId) => Shapes[measureId];

    private static IndicatorValue ValueOf(int indicatorId, IndicatorCell cell, Guid importId, bool hidden) => new()
    {
        IndicatorId = indicatorId,
        Year = cell.Year,
        Dimension = cell.Dimension,
        Group = cell.Group,
        Numerator = cell.Result.Numerator,
        Denominator = cell.Result.Denominator,
        Value = cell.Result.Value is { } v ? Math.Round(v, 4) : null,
        NotAvailableReason = cell.Result.Available ? null : cell.Result.NotAvailableReason,
        ImportId = importId,
        HiddenFromMembers = hidden,
    };
}
