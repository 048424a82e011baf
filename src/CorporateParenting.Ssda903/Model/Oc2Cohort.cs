namespace CorporateParenting.Ssda903.Model;

/// <summary>What the OC2 cohort reads of one episode: its dates (null where not a valid date) and three codes.</summary>
public readonly record struct CohortEpisode(DateOnly? Start, DateOnly? End, string ReasonNew, string LegalStatus, string ReasonCeased);

/// <summary>
/// The OC2 cohort, "looked after continuously for at least 12 months at 31 March", in one place for the rules and the measures.
/// The DfE's validation rules define it by what breaks it: a child is not in it with, in the year, an episode that began
/// a new period of care (RNE S) after 1 April, an episode that ended with any reason but X1 (so an episode ending X1 on
/// 31 March keeps the child in), or any short break (V3, V4). We add that the child was looked after on 1 April (an
/// episode began on or before it and had not ended), which is what "12 months" asks and keeps out a child with no
/// episode in the year. An episode ending after 31 March (a later year's version of it in the measures) does not count
/// as ending in the year.
/// </summary>
public static class Oc2Cohort
{
    public static bool Includes(IEnumerable<CohortEpisode> episodes, DateOnly start, DateOnly end)
    {
        var lookedAfterOnFirstDay = false;
        foreach (var episode in episodes)
        {
            if (episode.Start > end || episode.End < start) continue;   // outside the year
            if (episode.LegalStatus is "V3" or "V4") return false;
            if (episode.End <= end && episode.ReasonCeased != "X1") return false;
            if (episode.ReasonNew == "S" && episode.Start > start) return false;
            if (episode.Start <= start) lookedAfterOnFirstDay = true;
        }
        return lookedAfterOnFirstDay;
    }
}
