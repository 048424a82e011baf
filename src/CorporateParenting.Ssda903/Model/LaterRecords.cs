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
    private readonly Lazy<Dictionary<string, IReadOnlyList<Review>>> _reviews = new(() => ReadReviews(returns));
    private readonly Lazy<Dictionary<string, IReadOnlyList<SocialWorkerEpisode>>> _socialWorkers = new(() => ReadSocialWorkers(returns));

    public IReadOnlyList<Review> ReviewsOf(string child) => _reviews.Value.GetValueOrDefault(child) ?? [];

    public IReadOnlyList<SocialWorkerEpisode> SocialWorkersOf(string child) => _socialWorkers.Value.GetValueOrDefault(child) ?? [];

    private static Dictionary<string, IReadOnlyList<Review>> ReadReviews(ReturnSet returns)
    {
        var byChild = new Dictionary<string, ChildModel.KeyedList<DateOnly, Review>>(StringComparer.Ordinal);
        foreach (var year in returns.Years)
        {
            var table = year[TableKind.Reviews];
            int child = table.IndexOf("CHILD"), review = table.IndexOf("REVIEW"), code = table.IndexOf("REVIEW_CODE");
            for (var row = 0; row < table.Count; row++)
                if (Dates.Parse(table.Cell(row, review)) is { } date)
                    For(byChild, table.Cell(row, child)).Set(date, new Review(date, ChildModel.Code("REVIEW_CODE", table.Cell(row, code))));
        }
        return byChild.ToDictionary(c => c.Key, c => (IReadOnlyList<Review>)c.Value.Values(), StringComparer.Ordinal);
    }

    private static Dictionary<string, IReadOnlyList<SocialWorkerEpisode>> ReadSocialWorkers(ReturnSet returns)
    {
        var byChild = new Dictionary<string, ChildModel.KeyedList<DateOnly, SocialWorkerEpisode>>(StringComparer.Ordinal);
        foreach (var year in returns.Years)
        {
            var table = year[TableKind.SWEpisodes];
            int child = table.IndexOf("CHILD"), id = table.IndexOf("SW_ID"), start = table.IndexOf("SW_DECOM"), end = table.IndexOf("SW_DEC"), reason = table.IndexOf("SW_REASON");
            for (var row = 0; row < table.Count; row++)
                if (Dates.Parse(table.Cell(row, start)) is { } began)
                    For(byChild, table.Cell(row, child)).Set(began, new SocialWorkerEpisode(table.Cell(row, id), began, Dates.Parse(table.Cell(row, end)),
                        ChildModel.Code("SW_REASON", table.Cell(row, reason))));
        }
        return byChild.ToDictionary(c => c.Key, c => (IReadOnlyList<SocialWorkerEpisode>)c.Value.Values(), StringComparer.Ordinal);
    }

    private static ChildModel.KeyedList<DateOnly, T> For<T>(Dictionary<string, ChildModel.KeyedList<DateOnly, T>> byChild, string child)
    {
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byChild, child, out _);
        return list ??= new ChildModel.KeyedList<DateOnly, T>();
    }
}
