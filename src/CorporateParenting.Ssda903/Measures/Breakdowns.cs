using CorporateParenting.Ssda903.Model;

namespace CorporateParenting.Ssda903.Measures;

/// <summary>The groups a measure can be broken down by, as DfE publishes them.</summary>
internal static class Breakdowns
{
    public static string GroupOf(Child child, Dimension by, MeasureContext c) => by switch
    {
        Dimension.AgeBand => child.AgeOn(c.End) switch
        {
            null => "Not known",
            < 1 => "Under 1",
            <= 4 => "1 to 4",
            <= 9 => "5 to 9",
            <= 15 => "10 to 15",
            <= 17 => "16 to 17",
            _ => "18 and over",
        },
        Dimension.Sex => child.Header?.Sex switch { "1" or "M" => "Male", "2" or "F" => "Female", "U" => "Not known or other", _ => "Not known" },
        Dimension.EthnicityGroup => EthnicityGroup(child.Header?.Ethnicity.Code ?? ""),
        Dimension.LegalStatus => Episode(child, c)?.LegalStatus is { IsBlank: false } ls ? ls.ToString() : "Not known",
        Dimension.PlacementType => Episode(child, c)?.Placement is { IsBlank: false } pl ? pl.ToString() : "Not known",
        Dimension.Uasc => child.IsUascOn(c.End) ? "UASC" : "Not UASC",
        Dimension.InOrOutOfArea => Lookup(Episode(child, c)?.PlacementPostcode, c) is { } placed
            ? placed.LocalAuthority == c.Options.CouncilCode ? "Inside the council's area" : "Outside the council's area"
            : "Not known",
        Dimension.Ward => Lookup(Episode(child, c)?.HomePostcode, c)?.Ward ?? "Not known",
        // Where the child lives: a ward of the council's own area; anywhere else is one group, never another council's ward.
        Dimension.PlacementWard => Lookup(Episode(child, c)?.PlacementPostcode, c) switch
        {
            null => "Not known",
            { } placed when placed.LocalAuthority != c.Options.CouncilCode => "Outside the council's area",
            { Ward: { } ward } => ward,
            _ => "Not known",
        },
        _ => "Not known",
    };

    private static PostcodeInfo? Lookup(string? postcode, MeasureContext c) =>
        string.IsNullOrEmpty(postcode) || c.Options.PostcodeLookup is null ? null : c.Options.PostcodeLookup(postcode);

    /// <summary>The child's episode at 31 March, or the last one in the year for those who left.</summary>
    private static Episode? Episode(Child child, MeasureContext c)
    {
        if (child.EpisodeOn(c.End) is { } open) return open;
        for (var i = child.Episodes.Count - 1; i >= 0; i--)
            if (child.Episodes[i].Overlaps(c.Start, c.End)) return child.Episodes[i];
        return null;
    }

    /// <summary>DfE's five main groups from the four-letter ethnicity code.</summary>
    public static string EthnicityGroup(string code) => code switch
    {
        "" => "Not known",
        "NOBT" or "REFU" => "Not known",
        _ when code.StartsWith('W') => "White",
        _ when code.StartsWith('M') => "Mixed or multiple",
        _ when code.StartsWith('A') => "Asian or Asian British",
        _ when code.StartsWith('B') => "Black or Black British",
        _ when code.StartsWith('C') || code.StartsWith('O') => "Other ethnic group",
        _ => "Not known",
    };
}
