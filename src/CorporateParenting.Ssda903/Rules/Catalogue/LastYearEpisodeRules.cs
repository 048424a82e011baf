using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Rules.Catalogue;

/// <summary>
/// Episodes against last year's: an episode open at 31 March goes on, unchanged, as the first episode of this
/// year's return. "First" is the earliest valid DECOM this year; "last year's last" the latest valid DECOM last year.
/// </summary>
internal static class LastYearEpisodeRules
{
    private static string E(RuleContext c, int i, string column) => c.Cell(Episodes, i, column);
    private static string Last(RuleContext c, int i, string column) => c.LastCell(Episodes, i, column);
    private static bool LastOpen(RuleContext c, int last) => !c.LastGiven(Episodes, last, "DEC");

    /// <summary>
    /// PL_LA, PL_LOCATION and PL_DISTANCE are not in the files: the DfE derives them from the postcodes (ADR 21). With
    /// the postcode directory both years' values are derived and compared; without it (or for a postcode it lacks), the
    /// postcodes they come from are compared, spaces aside: the same postcodes always give the same values.
    /// </summary>
    private static bool SamePostcode(string a, string b) => RuleHelpers.SameIgnoringSpaces(a, b);

    private static bool SamePlacementPostcode(RuleContext c, int first, int last) => SamePostcode(E(c, first, "PL_POST"), Last(c, last, "PL_POST"));

    private static bool SameDistancePostcodes(RuleContext c, int first, int last) =>
        SamePlacementPostcode(c, first, last) && SamePostcode(E(c, first, "HOME_POST"), Last(c, last, "HOME_POST"));

    private static Places.PostcodePlace? Place(RuleContext c, int first, string column) => c.PostcodePlaces(Episodes, column)[first];
    private static Places.PostcodePlace? LastPlace(RuleContext c, int last, string column) => c.PostcodePlaces(Episodes, column, lastYear: true)[last];

    /// <summary>PL_LA of both years, derived when the directory knows both placement postcodes.</summary>
    private static bool SamePlacementLa(RuleContext c, int first, int last) =>
        Place(c, first, "PL_POST") is { } now && LastPlace(c, last, "PL_POST") is { } before
            ? now.PlacementLa == before.PlacementLa
            : SamePlacementPostcode(c, first, last);

    /// <summary>PL_LOCATION (in or out of the council's area) of both years, derived when it can be.</summary>
    private static bool SamePlacementLocation(RuleContext c, int first, int last) =>
        c.OwnAuthority is { } own && Place(c, first, "PL_POST") is { } now && LastPlace(c, last, "PL_POST") is { } before
            ? (now.PlacementLa == own) == (before.PlacementLa == own)
            : SamePlacementPostcode(c, first, last);

    /// <summary>PL_DISTANCE of both years to one decimal place, derived when the directory knows all four postcodes.</summary>
    private static bool SameDistance(RuleContext c, int first, int last) =>
        Miles(Place(c, first, "HOME_POST"), Place(c, first, "PL_POST")) is { } now && Miles(LastPlace(c, last, "HOME_POST"), LastPlace(c, last, "PL_POST")) is { } before
            ? Math.Round(now, 1) == Math.Round(before, 1)
            : SameDistancePostcodes(c, first, last);

    private static double? Miles(Places.PostcodePlace? home, Places.PostcodePlace? placed) =>
        home is { InEngland: true } from && placed is { } at ? Places.PostcodeDirectory.Miles(from, at) : null;

    /// <summary>The field of this year's first episode differs from last year's last episode, which was still open.</summary>
    private static LastYearRule Continues(string code, Func<RuleContext, int, int, bool> same) =>
        LastYearRule.FirstAgainstLatest(code, Episodes, "DECOM", (c, first, last) => LastOpen(c, last) && !same(c, first, last));

    private static LastYearRule SameField(string code, string field) => Continues(code, (c, first, last) => E(c, first, field) == Last(c, last, field));

    public static IEnumerable<IRule> All() =>
    [
        // 502: the open episode's start date carries over.
        Continues("502", (c, first, last) => c.Dates(Episodes, "DECOM")[first] == c.LastDates(Episodes, "DECOM")[last]),
        SameField("503A", "RNE"),
        SameField("503B", "LS"),
        SameField("503C", "CIN"),
        // 503D: K3 (supported accommodation, from 2024-25) may replace an H5 placement open at the year end.
        Continues("503D", (c, first, last) => E(c, first, "PLACE") == Last(c, last, "PLACE") || c.Year >= 2025 && Last(c, last, "PLACE") == "H5" && E(c, first, "PLACE") == "K3"),
        SameField("503E", "PLACE_PROVIDER"),
        SameField("503F", "URN"),
        Continues("503G", SameDistance),
        Continues("503H", SamePlacementLa),
        Continues("503J", SamePlacementLocation),
        // 452, 453: the same, for a first episode that gives the same reason for new episode as the open one.
        Continues("452", (c, first, last) => E(c, first, "RNE") != Last(c, last, "RNE") || SamePlacementLa(c, first, last)),
        Continues("453", (c, first, last) => E(c, first, "RNE") != Last(c, last, "RNE") || SameDistance(c, first, last)),

        // 562: a first episode that began before 1 April is last year's last episode, so it starts on the same day.
        new LastYearRule("562", [Episodes], c =>
        {
            var latest = c.LatestLastYear(Episodes, "DECOM");
            var decom = c.Dates(Episodes, "DECOM");
            var (children, firsts) = c.FirstThisYear(Episodes, "DECOM");
            return Enumerable.Range(0, firsts.Length)
                .Where(v => firsts[v] >= 0 && decom[firsts[v]] < c.Start
                    && !(latest.TryGetValue(children[v], out var last) && c.LastDates(Episodes, "DECOM")[last] == decom[firsts[v]]))
                .Select(v => (Episodes, firsts[v]));
        }),
        // NoE: an episode that began before 1 April, for a child with no episode in last year's return.
        LastYearRule.Rows("NoE", Episodes, [Episodes], (c, i) => c.Dates(Episodes, "DECOM")[i] < c.Start && c.LastYearRowOf(Episodes)[i] < 0),
    ];
}
