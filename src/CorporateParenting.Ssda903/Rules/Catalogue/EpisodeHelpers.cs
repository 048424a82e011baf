using System.Text.RegularExpressions;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Helpers for the placement, legal status and episode history rules.</summary>
internal static partial class EpisodeHelpers
{
    /// <summary>
    /// The shape of a full UK unit postcode (outward code, optional space, digit and two letters).
    /// DfE checks against the ONS directory; without it the shape is what can be checked.
    /// </summary>
    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodeShape();

    public static bool IsPostcode(string value) => PostcodeShape().IsMatch(value);

    /// <summary>Each episode's postcode in a column is well formed (<see cref="IsPostcode"/>), tested once per distinct postcode.</summary>
    public static bool[] WellFormed(RuleContext c, string column) => c.RowsWhere(Episodes, column, IsPostcodeTest);

    // One delegate for every rule, so that they share one answer per column.
    private static readonly Func<string, bool> IsPostcodeTest = IsPostcode;

    /// <summary>
    /// DfE derives PL_DISTANCE from both postcodes and PL_LA from the placement postcode; they are not in the files,
    /// so a derived value exists exactly when the postcodes it needs are well formed.
    /// </summary>
    public static bool HasDistance(RuleContext c, int i) => WellFormed(c, "HOME_POST")[i] && WellFormed(c, "PL_POST")[i];

    public static bool HasPlacementLa(RuleContext c, int i) => WellFormed(c, "PL_POST")[i];

    /// <summary>
    /// A valid PL_DISTANCE (164): with the postcode directory, both postcodes are real ones (ADR 21); without it, both
    /// are at least well formed.
    /// </summary>
    public static bool HasValidDistance(RuleContext c, int i) =>
        c.Places.Postcodes is not null
            ? c.PostcodePlaces(Episodes, "HOME_POST")[i] is not null && c.PostcodePlaces(Episodes, "PL_POST")[i] is not null
            : HasDistance(c, i);

    /// <summary>A valid PL_LA (169): with the directory, the placement postcode is a real one; without it, well formed.</summary>
    public static bool HasValidPlacementLa(RuleContext c, int i) =>
        c.Places.Postcodes is not null ? c.PostcodePlaces(Episodes, "PL_POST")[i] is not null : HasPlacementLa(c, i);

    /// <summary>
    /// The child's runs of chained episodes (each starting the day the last ended) that share a legal status,
    /// with the days from the first start to the last end (31 March for an open episode).
    /// </summary>
    public static IEnumerable<(IReadOnlyList<int> Rows, int Days)> LegalStatusRuns(RuleContext c, IReadOnlyList<int> rows, string ls) =>
        HasStatus(c, rows, ls) ? Runs(c, rows, ls, c.Dates(Episodes, "DECOM")) : [];

    /// <summary>Whether any of the child's episodes with a start date has the legal status: most children never have it.</summary>
    public static bool HasStatus(RuleContext c, IReadOnlyList<int> rows, string ls)
    {
        var decom = c.Dates(Episodes, "DECOM");
        for (var k = 0; k < rows.Count; k++)
            if (c.Cell(Episodes, rows[k], "LS") == ls && decom[rows[k]] is not null) return true;
        return false;
    }

    private static IEnumerable<(IReadOnlyList<int> Rows, int Days)> Runs(RuleContext c, IReadOnlyList<int> rows, string ls, DateOnly?[] decom)
    {
        var dec = c.Dates(Episodes, "DEC");
        bool Of(int row) => row >= 0 && c.Cell(Episodes, row, "LS") == ls && decom[row] is not null;
        List<int> run = [];
        foreach (var row in rows.Append(-1))
        {
            if (Of(row) && run.Count > 0 && dec[run[^1]] == decom[row]) { run.Add(row); continue; }
            if (run.Count > 0) yield return (run, (dec[run[^1]] ?? c.End).DayNumber - decom[run[0]]!.Value.DayNumber);
            run = Of(row) ? [row] : [];
        }
    }
}
