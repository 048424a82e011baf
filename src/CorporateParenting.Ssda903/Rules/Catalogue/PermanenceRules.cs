using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Rules within the previous permanence table.</summary>
internal static class PermanenceRules
{
    /// <summary>
    /// DfE LA numbers created after the code list was compiled (its source, the validator, lacks them): Dorset and
    /// Bournemouth, Christchurch and Poole (2019), North and West Northamptonshire (2021), Cumberland and Westmorland and Furness (2023).
    /// </summary>
    private static readonly string[] NewerAuthorities = ["838", "839", "940", "941", "942", "943"];

    private static string P(RuleContext c, int i, string column) => c.Cell(PrevPerm, i, column);

    public static IEnumerable<IRule> All() =>
    [
        // Blank is allowed: whether the item is needed depends on the episodes (rule 630).
        CodeRules.Valid("631", PrevPerm, "PREV_PERM", blankAllowed: true),
        new RowRule("633", PrevPerm, (c, i) => P(c, i, "LA_PERM") is { Length: > 0 } la && !NewerAuthorities.Contains(la) && !CodeSets.IsValid("LA_PERM", la, c.Year)),
        // Z1 (no previous permanence option), or no option at all, has no order to date and no authority that arranged it.
        new RowRule("635", PrevPerm, (c, i) => P(c, i, "PREV_PERM") is "Z1" or "" && (c.Given(PrevPerm, i, "DATE_PERM") || c.Given(PrevPerm, i, "LA_PERM"))),
        OnlyOnce("INT35", PrevPerm),
    ];
}
