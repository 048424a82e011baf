using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Rules within the OC3 table (care leavers).</summary>
internal static class CareLeaverRules
{
    private static readonly string[] Items = ["IN_TOUCH", "ACTIV", "ACCOM"];

    private static string O(RuleContext c, int i, string column) => c.Cell(OC3, i, column);

    public static IEnumerable<IRule> All() =>
    [
        new RowRule("153", OC3, (c, i) => Items.Count(f => O(c, i, f).Length > 0) is > 0 and < 3 && O(c, i, "IN_TOUCH") is not ("DIED" or "RHOM")),
        // 344: died or returned home: activity and accommodation are "0" (the code for none), anything else (blank too) fails.
        new RowRule("344", OC3, (c, i) => O(c, i, "IN_TOUCH") is "DIED" or "RHOM" && (O(c, i, "ACTIV") != "0" || O(c, i, "ACCOM") != "0")),
        // 345: in touch, so neither is "0" (a blank one is 153's).
        new RowRule("345", OC3, (c, i) => O(c, i, "IN_TOUCH") == "YES" && (O(c, i, "ACTIV") == "0" || O(c, i, "ACCOM") == "0")),
        // 391: the catalogue says 17 to 21, but 22-25s in touch are collected since 2022-23: only under-17s fail (as the validator
        // does), and only when the row gives care leaver information (a wholly blank row says nothing).
        new RowRule("391", OC3, (c, i) => AgeAtBirthdayInYear(c.Dates(OC3, "DOB")[i], c) < 17 && c.AnyGiven(OC3, i, Items)),
        OnlyOnce("INT34", OC3),
    ];

    public static int? AgeAtBirthdayInYear(DateOnly? dob, RuleContext c)
    {
        if (dob is not { } d) return null;
        var birthday = Model.Dates.Birthday(d, c.Start.Year);
        if (birthday < c.Start) birthday = Model.Dates.Birthday(d, c.Start.Year + 1);
        return birthday.Year - d.Year;
    }
}
