using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

internal static class RuleHelpers
{
    public static bool IsTemporary(string place) => place is "T0" or "T1" or "T2" or "T3" or "T4";

    /// <summary>The same characters once spaces are left out ("AB1 2CD" and "AB12CD"), without making new strings.</summary>
    public static bool SameIgnoringSpaces(string a, string b)
    {
        if (a == b) return true;
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == ' ') i++;
            while (j < b.Length && b[j] == ' ') j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i++] != b[j++]) return false;
        }
    }

    /// <summary>Placements with no Ofsted registration: no URN and (mostly) no provider.</summary>
    public static bool IsOutsideOfsted(string place) => IsTemporary(place) || place is "P1" or "P3" or "R1" or "R2" or "R5" or "Z1" or "Z11" or "Z12" or "Z13" or "Z14";

    public static bool IsShortBreak(string ls) => ls is "V3" or "V4";

    public static int? Age(DateOnly? dob, DateOnly on) => dob is { } d ? Model.Dates.Age(d, on) : null;

    /// <summary>Every row of a child with more than one (which is right cannot be told): the duplicates the INT checks report.</summary>
    public static ChildRule OnlyOnce(string code, TableKind table) =>
        ChildRule.Pairwise(code, table, (c, rows) => rows.Count > 1 && c.Given(table, rows[0], "CHILD") ? rows : []);
}
