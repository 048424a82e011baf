using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>What a child's episodes say about the child, for rules that judge other tables by them.</summary>
internal static class LinkHelpers
{
    private static readonly string[] Oc3Items = ["IN_TOUCH", "ACTIV", "ACCOM"];

    /// <summary>SEX is 1/2 up to 2023-24 and M/F from 2024-25.</summary>
    public static bool IsMale(string sex) => sex is "1" or "M";

    public static bool IsFemale(string sex) => sex is "2" or "F";

    public static bool Oc3Completed(RuleContext c, int oc3Row) => c.AnyGiven(OC3, oc3Row, Oc3Items);

    /// <summary>The child on a row of a table has an OC3 row with an item given.</summary>
    public static bool HasOc3Data(RuleContext c, TableKind table, int row)
    {
        foreach (var oc3 in c.RowsOfChild(OC3, table, row))
            if (Oc3Completed(c, oc3)) return true;
        return false;
    }

    /// <summary>The child's episodes that overlap the collection year.</summary>
    public static IEnumerable<int> EpisodesInYear(RuleContext c, string child) => c.RowsByChild(Episodes)[child].Where(r => InYear(c, r));

    /// <summary>An episode that overlaps the collection year: begun by 31 March and open or ended since 1 April.</summary>
    public static bool InYear(RuleContext c, int episode) =>
        c.Dates(Episodes, "DECOM")[episode] <= c.End && (!c.Given(Episodes, episode, "DEC") || c.Dates(Episodes, "DEC")[episode] >= c.Start);

    /// <summary>An episode that ended with the child leaving care (any REC but X1).</summary>
    public static bool LeftCare(RuleContext c, int episode) => c.Cell(Episodes, episode, "REC") is { Length: > 0 } rec && rec != "X1";

    /// <summary>The child's episodes in order of DECOM (those without a valid DECOM left out).</summary>
    public static IReadOnlyList<int> Ordered(RuleContext c, string child)
    {
        var decom = c.Dates(Episodes, "DECOM");
        return c.RowsByChild(Episodes)[child].Where(r => decom[r] is not null).OrderBy(r => decom[r]).ToList();
    }

    /// <summary>
    /// When the period of care open at 31 March began: back from the open episode along episodes that
    /// start on the day the one before ended. Null if the child's latest episode has ended or is a short break.
    /// </summary>
    public static DateOnly? OpenPeriodStart(RuleContext c, string child)
    {
        var rows = Ordered(c, child);
        if (rows.Count == 0 || c.Given(Episodes, rows[^1], "DEC") || IsShortBreak(c.Cell(Episodes, rows[^1], "LS"))) return null;
        var decom = c.Dates(Episodes, "DECOM");
        var dec = c.Dates(Episodes, "DEC");
        var k = rows.Count - 1;
        while (k > 0 && dec[rows[k - 1]] == decom[rows[k]]) k--;
        return decom[rows[k]];
    }
}
