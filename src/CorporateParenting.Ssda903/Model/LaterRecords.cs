using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Model;

/// <summary>
/// Every child's reviews and social worker episodes, read from the returns the first time any child's are asked for
/// (a child's record, a test): no measure reads them, and at England's size they are about 700,000 records that building
/// the model with the rest would make, and the garbage collector walk, for nothing. Later years' rows replace earlier
/// ones of the same date, as they do for episodes.
/// </summary>
internal sealed class LaterRecords(ReturnSet returns)
{
    /// <summary>The tables read here, which measuring alone need not read at all.</summary>
    public static readonly IReadOnlySet<TableKind> Tables = new HashSet<TableKind> { TableKind.Reviews, TableKind.SWEpisodes };

    private readonly Lazy<Dictionary<string, IReadOnlyList<Review>>> _reviews = new(() => Read(returns, TableKind.Reviews, "REVIEW",
        (table, row, date) => new Review(date, ChildModel.Code("REVIEW_CODE", table.Cell(row, "REVIEW_CODE")))));
    private readonly Lazy<Dictionary<string, IReadOnlyList<SocialWorkerEpisode>>> _socialWorkers = new(() => Read(returns, TableKind.SWEpisodes, "SW_DECOM",
        (table, row, began) => new SocialWorkerEpisode(table.Cell(row, "SW_ID"), began, Dates.Parse(table.Cell(row, "SW_DEC")),
            ChildModel.Code("SW_REASON", table.Cell(row, "SW_REASON")))));

    public IReadOnlyList<Review> ReviewsOf(string child) => _reviews.Value.GetValueOrDefault(child) ?? [];

    public IReadOnlyList<SocialWorkerEpisode> SocialWorkersOf(string child) => _socialWorkers.Value.GetValueOrDefault(child) ?? [];

    /// <summary>Each child's records of a table, in order of their date; a row without a valid date is none.</summary>
    private static Dictionary<string, IReadOnlyList<T>> Read<T>(ReturnSet returns, TableKind kind, string dateColumn, Func<RawTable, int, DateOnly, T> make)
    {
        var byChild = new Dictionary<string, ChildModel.KeyedList<DateOnly, T>>(StringComparer.Ordinal);
        foreach (var year in returns.Years)
        {
            // A table left unread is not a table without rows: a child's records from it would be silently missing.
            if (!year.WasRead(kind)) throw new InvalidOperationException($"The {kind} table of {year.Year} was left unread, so no child's records from it are known.");
            var table = year[kind];
            int child = table.IndexOf("CHILD"), dated = table.IndexOf(dateColumn);
            for (var row = 0; row < table.Count; row++)
            {
                if (Dates.Parse(table.Cell(row, dated)) is not { } date) continue;
                ref var records = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byChild, table.Cell(row, child), out _);
                records.Set(date, make(table, row, date));
            }
        }
        return byChild.ToDictionary(c => c.Key, c => (IReadOnlyList<T>)c.Value.Values(), StringComparer.Ordinal);
    }
}
