using CorporateParenting.Ssda903.Tables;
using static CorporateParenting.Ssda903.Rules.Catalogue.RuleHelpers;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>Rules that read Episodes with Header, OC2 or OC3 (ages from the header's date of birth).</summary>
internal static class LinkingRules
{
    private static readonly string[] Oc2Items = ["CONVICTED", "HEALTH_ASSESSMENT", "HEALTH_CHECK", "IMMUNISATIONS", "INTERVENTION_OFFERED", "INTERVENTION_RECEIVED", "SUBSTANCE_MISUSE", "TEETH_CHECK"];
    private static readonly string[] Oc3Items = ["IN_TOUCH", "ACTIV", "ACCOM"];

    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);

    /// <summary>The child's age (from the header) on the episode's start or end date.</summary>
    private static int? AgeOn(RuleContext c, int episode, string dateColumn) =>
        c.Dates(Episodes, dateColumn)[episode] is { } on ? Age(c.HeaderDob(Episodes, episode), on) : null;

    public static IEnumerable<IRule> All() =>
    [
        // 302: the child's first episode (by DECOM) and the header row whose DOB it precedes.
        new WithHeader("302", (c, rows) => rows.Count > 0 && c.Dates(Episodes, "DECOM")[rows[0]] is { } start && start < c.HeaderDob(Episodes, rows[0]) ? [rows[0]] : []),
        new RowRule("352", Episodes, (c, i) => E(c, i, "RNE") == "S" && AgeOn(c, i, "DECOM") >= 18),
        // 358: the episode and the header row (DOB is one of its fields); 10 on the 10th birthday.
        new WithHeader("358", (c, rows) => RowPairs.Matching(rows, (i, _) => E(c, i, "LS") is "J1" or "J2" or "J3" && AgeOn(c, i, "DECOM") < 10)),
        // 371: from 2024-25 the rule is about registered supported accommodation (K3, at least 16), which replaced H5.
        new RowRule("371", Episodes, (c, i) => E(c, i, "PLACE") == (c.Year >= 2025 ? "K3" : "H5") && AgeOn(c, i, "DECOM") < 16),
        new RowRule("372", Episodes, (c, i) => E(c, i, "PLACE") == "R5" && AgeOn(c, i, "DECOM") < 10),
        new RowRule("373", Episodes, (c, i) => E(c, i, "PLACE") == "S1" && AgeOn(c, i, "DECOM") < 4),
        new RowRule("374", Episodes, (c, i) => E(c, i, "PLACE") == "P3" && AgeOn(c, i, "DECOM") < 14),
        new RowRule("386", Episodes, (c, i) => E(c, i, "REC") is "E11" or "E12" && AgeOn(c, i, "DEC") >= 18),
        new RowRule("387", Episodes, (c, i) => E(c, i, "REC") is "E5" or "E6" && AgeOn(c, i, "DEC") < 14),
        new RowRule("389", Episodes, (c, i) => E(c, i, "REC") == "E7" && AgeOn(c, i, "DEC") < 16),
        // 407: reached 18 on the 18th birthday; the episode and the header row.
        new WithHeader("407", (c, rows) => RowPairs.Matching(rows, (i, _) => E(c, i, "REC") is "E45" or "E46" or "E47" or "E48" && AgeOn(c, i, "DEC") >= 18)),
        new RowRule("460", Episodes, (c, i) => E(c, i, "REC") == "E17" && AgeOn(c, i, "DEC") < 18),
        new RowRule("INT03", Episodes, (c, i) => !c.HasChildIn(Header, Episodes, i)),

        // 442: a UPN is needed for any child with an episode other than short breaks.
        new RowRule("442", Header, (c, i) => !c.Given(Header, i, "UPN")
            && c.RowsOfChild(Episodes, Header, i).Any(e => !IsShortBreak(E(c, e, "LS")))),
        // 393: a girl looked after at 31 March (not on short breaks) needs the mother field.
        new RowRule("393", Header, (c, i) => c.Cell(Header, i, "SEX") is "2" or "F" && !c.Given(Header, i, "MOTHER")
            && c.LookedAfterAt31March(Header, i)),

        // OC2 against the 12-month cohort.
        new RowRule("185", OC2, (c, i) => c.Given(OC2, i, "SDQ_SCORE") && !c.InOc2Cohort(OC2, i)),
        new RowRule("190", OC2, (c, i) => c.AnyGiven(OC2, i, Oc2Items) && !c.InOc2Cohort(OC2, i)),
        new RowRule("543", OC2, (c, i) => !c.Given(OC2, i, "CONVICTED") && Age(c.Dates(OC2, "DOB")[i], c.End) >= 10 && c.InOc2Cohort(OC2, i)),
        new Oc2RowMissing(),
        new RowRule("INT05", OC2, (c, i) => !c.HasChildIn(Header, OC2, i)),
        IntegrityRules.DobDiffers("INT14", OC2),

        // OC3 against the episodes.
        // 1000: died in care (an episode ending E2) this year or last, as the message says it tests both years.
        new RowRule("1000", OC3, (c, i) => Oc3Completed(c, i) && DiedInCare(c).Contains(c.Cell(OC3, i, "CHILD"))),
        new RowRule("1011", OC3, (c, i) => Oc3Completed(c, i) && LastEpisodeReason(c, i) == "E3"),
        new RowRule("1007", OC3, (c, i) => Oc3Completed(c, i) && LookedAfterOnBirthday(c, i)),
        new RowRule("INT06", OC3, (c, i) => !c.HasChildIn(Header, OC3, i)),
        IntegrityRules.DobDiffers("INT15", OC3),
    ];

    private static bool Oc3Completed(RuleContext c, int i) => c.AnyGiven(OC3, i, Oc3Items);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleContext, HashSet<string>> Died = new();

    /// <summary>Children with an episode ending E2 (died) in this year's or last year's episodes.</summary>
    private static HashSet<string> DiedInCare(RuleContext c) => Died.GetValue(c, context =>
    {
        var died = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { context[Episodes], context.Previous?[Episodes] })
            for (var r = 0; r < (table?.Count ?? 0); r++)
                if (table!.Cell(r, "REC") == "E2") died.Add(table.Cell(r, "CHILD"));
        return died;
    });

    /// <summary>A rule on a child's episodes (in DECOM order) that reports each failing episode and the child's header row.</summary>
    private sealed class WithHeader(string code, Func<RuleContext, IReadOnlyList<int>, IEnumerable<int>> failing) : IRule
    {
        public string Code { get; } = code;

        public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext c)
        {
            var header = c.RowsByChild(Header);
            foreach (var rows in c.EpisodesByChild())
            {
                var failed = failing(c, rows);
                if (failed is int[] { Length: 0 }) continue;
                var episodes = failed.ToList();
                if (episodes.Count == 0) continue;
                foreach (var e in episodes) yield return (Episodes, e);
                foreach (var h in header[E(c, rows[0], "CHILD")]) yield return (Header, h);
            }
        }
    }

    /// <summary>The reason the latest episode (by DECOM; of equal ones, the last in the file) of an OC3 row's child ended.</summary>
    private static string? LastEpisodeReason(RuleContext c, int oc3Row)
    {
        var decom = c.Dates(Episodes, "DECOM");
        var last = -1;
        foreach (var r in c.RowsOfChild(Episodes, OC3, oc3Row))
            if (last < 0 || (decom[r] ?? DateOnly.MinValue) >= (decom[last] ?? DateOnly.MinValue)) last = r;
        return last < 0 ? null : E(c, last, "REC");
    }

    /// <summary>1007: a 17- or 18-year-old still looked after (not on short breaks) on the birthday in the year.</summary>
    private static bool LookedAfterOnBirthday(RuleContext c, int i)
    {
        if (c.Dates(OC3, "DOB")[i] is not { } dob || CareLeaverRules.AgeAtBirthdayInYear(dob, c) is not (17 or 18) and var age) return false;
        var birthday = dob.AddYears(CareLeaverRules.AgeAtBirthdayInYear(dob, c)!.Value);
        var decom = c.Dates(Episodes, "DECOM");
        var dec = c.Dates(Episodes, "DEC");
        return c.RowsOfChild(Episodes, OC3, i)
            .Any(r => !IsShortBreak(E(c, r, "LS")) && decom[r] <= birthday && (dec[r] is null || dec[r] > birthday));
    }

    /// <summary>191: a child in the 12-month cohort needs the OC2 items (a wholly blank row lacks them): reported on each OC2 row, or the child's first episode when there is none.</summary>
    private sealed class Oc2RowMissing : IRule
    {
        private static readonly string[] Required = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"];
        public string Code => "191";

        public IEnumerable<(TableKind Table, int RowIndex)> Failures(RuleContext c)
        {
            foreach (var rows in c.EpisodesByChild())
            {
                if (!c.InOc2Cohort(Episodes, rows[0])) continue;
                var oc2Rows = c.RowsOfChild(OC2, Episodes, rows[0]);
                if (oc2Rows.Length == 0) yield return (Episodes, rows[0]);
                foreach (var row in oc2Rows)
                    if (c.AnyBlank(OC2, row, Required)) yield return (OC2, row);
            }
        }
    }
}
