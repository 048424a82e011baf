using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>Lookups for the rules as the DfE reads them: the OC2 cohort, worked out once for the year's children.</summary>
internal sealed partial class RuleContext
{
    // Whether each child of the episodes is in the cohort, by the child's group in ChildRowsOf(Episodes).
    private bool[]? _oc2CohortByGroup;

    /// <summary>
    /// The child on a row of a table is looked after continuously for 12 months at 31 March (<see cref="Oc2Cohort"/>,
    /// shared with the measures), found without hashing its id.
    /// </summary>
    public bool InOc2Cohort(TableKind table, int row) => OfEpisodesChild(Oc2CohortByGroup(), table, row);

    /// <summary>A flag kept by the child's group in the episodes' rows by child (false for a child without episodes).</summary>
    private bool OfEpisodesChild(bool[] byGroup, string child) =>
        ChildRowsOf(TableKind.Episodes).GroupOf(child) is var group and >= 0 && byGroup[group];

    /// <summary>The same for the child on a row of a table, through the link between the tables (no look-up of the id).</summary>
    private bool OfEpisodesChild(bool[] byGroup, TableKind table, int row) =>
        GroupOfChild(TableKind.Episodes, table, row) is var group and >= 0 && byGroup[group];

    private bool[] Oc2CohortByGroup() => Volatile.Read(ref _oc2CohortByGroup) ?? Once(ref _oc2CohortByGroup, nameof(_oc2CohortByGroup), () =>
    {
        var decom = Dates(TableKind.Episodes, "DECOM");
        var dec = Dates(TableKind.Episodes, "DEC");
        var table = this[TableKind.Episodes];
        int rne = table.IndexOf("RNE"), ls = table.IndexOf("LS"), rec = table.IndexOf("REC");
        var groups = ChildRowsOf(TableKind.Episodes).GroupRows;
        var inCohort = new bool[groups.Count];
        var episodes = new List<CohortEpisode>();
        for (var g = 0; g < groups.Count; g++)
        {
            episodes.Clear();
            foreach (var r in groups[g]) episodes.Add(new CohortEpisode(decom[r], dec[r], table.Cell(r, rne), table.Cell(r, ls), table.Cell(r, rec)));
            inCohort[g] = Oc2Cohort.Includes(episodes, Start, End);
        }
        return inCohort;
    });
}
