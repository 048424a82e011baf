using System.Text.RegularExpressions;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

internal static partial class HeaderRules
{
    public static IEnumerable<IRule> All() =>
    [
        // 168: UPN is a letter (not I, O or S) and 12 digits, or 11 digits and a final letter; or UN1-UN5 when unknown.
        new RowRule("168", Header, (c, i) => c.Cell(Header, i, "UPN") is var u && u.Length > 0 && !Upn().IsMatch(u)),
        // 174: a mother's child's date of birth, but the child is male.
        new RowRule("174", Header, (c, i) => c.Given(Header, i, "MC_DOB") && c.Cell(Header, i, "SEX") is "1" or "M"),
        // 209: of school age (5 to 16 at the start of the year) with UN1 ("pupil not of school age").
        new RowRule("209", Header, (c, i) => c.Cell(Header, i, "UPN") == "UN1" && Age(c.Dates(Header, "DOB")[i], c.Start) is >= 5 and <= 16),
        // 301: born after the year ended.
        new RowRule("301", Header, (c, i) => c.Dates(Header, "DOB")[i] > c.End),
        // 351: over 25 at the start of the year: the 25th birthday came before 1 April (so the 26th falls in the year).
        new RowRule("351", Header, (c, i) => c.Dates(Header, "DOB")[i] is { } dob && Model.Dates.Birthday(dob, dob.Year + 25) < c.Start),
        // 611: a mother with no date of birth for her child.
        new RowRule("611", Header, (c, i) => c.Cell(Header, i, "MOTHER") == "1" && !c.Given(Header, i, "MC_DOB")),
        // 612: a child's date of birth, but not recorded as a mother.
        new RowRule("612", Header, (c, i) => c.Given(Header, i, "MC_DOB") && c.Cell(Header, i, "MOTHER") != "1" && c.Cell(Header, i, "SEX") is "2" or "F"),
        // 620: a mother under 11 (at the start of the year).
        new RowRule("620", Header, (c, i) => c.Cell(Header, i, "MOTHER") == "1" && Age(c.Dates(Header, "DOB")[i], c.Start) < 11),
        // 621: the mother born on or after her child.
        new RowRule("621", Header, (c, i) => c.Dates(Header, "MC_DOB")[i] is { } child && c.Dates(Header, "DOB")[i] is { } mother && child <= mother),
        OnlyOnce("INT32", Header),
    ];

    [GeneratedRegex("^([A-HJ-NP-RT-Z][0-9]{12}|[A-HJ-NP-RT-Z][0-9]{11}[A-Z]|UN[1-5])$")]
    private static partial Regex Upn();
}
