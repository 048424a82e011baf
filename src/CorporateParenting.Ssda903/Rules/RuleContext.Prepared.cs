using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>The shared lookups most rules read, built side by side before the rules run.</summary>
internal sealed partial class RuleContext
{
    /// <summary>
    /// Builds the lookups that many rules share (rows by child, parsed dates, episodes in order, last year's matches, the
    /// derived place fields), the independent ones in parallel, each once. Without this the first rule to need a lookup
    /// builds it while the rule beside it, which needs the same one, waits: a core idle for each of them.
    /// Only what the rules would build anyway is built, so the result is the same either way.
    /// </summary>
    public void Prepare()
    {
        var first = new List<Action>();
        foreach (var kind in Enum.GetValues<Tables.TableKind>()) first.Add(() => ChildRowsOf(kind));
        foreach (var (kind, column) in new[]
        {
            (Episodes, "DECOM"), (Episodes, "DEC"), (Header, "DOB"), (Header, "MC_DOB"), (PlacedAdoption, "DATE_PLACED"),
            (PlacedAdoption, "DATE_PLACED_CEASED"), (Missing, "MIS_START"), (Missing, "MIS_END"), (Missing, "DOB"), (UASC, "DUC"),
            (SWEpisodes, "SW_DECOM"), (SWEpisodes, "SW_DEC"), (Reviews, "REVIEW"), (Reviews, "DOB"),
        })
            first.Add(() => Dates(kind, column));
        if (Previous is not null)
            foreach (var (kind, column) in new[] { (Episodes, "DECOM"), (SWEpisodes, "SW_DECOM"), (Header, "DOB") })
                first.Add(() => LastDates(kind, column));
        if (Places.Postcodes is not null)
        {
            first.Add(() => DerivePlaceFields());
            if (Previous is not null)
                foreach (var column in new[] { "HOME_POST", "PL_POST" }) first.Add(() => PostcodePlaces(Episodes, column, lastYear: true));
        }
        first.Add(() => UascEpisodes());
        foreach (var column in new[] { "HOME_POST", "PL_POST" }) first.Add(() => Catalogue.EpisodeHelpers.WellFormed(this, column));
        if (Previous?.Has(Episodes) == true) first.Add(() => CareLeaverHistories());
        if (Places.Providers is not null) first.Add(() => Once(ref _providers, nameof(_providers), FindProviders));
        // Lookups built from others, in the same batch: each waits only for the ones it needs, while the other core goes on
        // with the rest (a second batch after the first left a core idle at the end of each).
        first.Add(() => EpisodesByChild());
        if (Previous is not null)
            foreach (var (kind, column) in new[] { (Episodes, "DECOM"), (SWEpisodes, "SW_DECOM") })
                if (Previous.Has(kind)) first.Add(() => FirstAgainstLatest(kind, column));
        Parallel.Invoke([.. first]);
    }
}
