using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules;

/// <summary>Lookups for the rules as the DfE reads them: the OC2 cohort, worked out once for the year's children.</summary>
internal sealed partial class RuleContext
{
    private HashSet<string>? _oc2Cohort;

    /// <summary>Looked after continuously for 12 months at 31 March (<see cref="Oc2Cohort"/>, shared with the measures).</summary>
    public bool InOc2Cohort(string child)
    {
        var cohort = Volatile.Read(ref _oc2Cohort) ?? Once(ref _oc2Cohort, nameof(_oc2Cohort), () =>
        {
            var decom = Dates(TableKind.Episodes, "DECOM");
            var dec = Dates(TableKind.Episodes, "DEC");
            string At(int row, string column) => Cell(TableKind.Episodes, row, column);
            return RowsByChild(TableKind.Episodes)
                .Where(rows => Oc2Cohort.Includes(rows.Select(r => new CohortEpisode(decom[r], dec[r], At(r, "RNE"), At(r, "LS"), At(r, "REC"))), Start, End))
                .Select(rows => rows.Key).ToHashSet();
        });
        return cohort.Contains(child);
    }
}
