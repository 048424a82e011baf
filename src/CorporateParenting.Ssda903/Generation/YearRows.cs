using System.Globalization;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Generation;

/// <summary>
/// The rows one child contributes to one collection year's return, in each table's column order:
/// every episode that overlaps the year (open if it ends after 31 March), reviews, OC2 for the
/// 12-month cohort, OC3 for care leavers with a 17th to 21st birthday in the year, adoptions, missing. What goes on
/// across 31 March (an open episode, a decision to place for adoption, a missing period) is written the same in both years.
/// </summary>
internal static class YearRows
{
    /// <summary>Social worker episodes are returned from 2023-24.</summary>
    public const int SocialWorkersFrom = 2024;

    public static IEnumerable<(TableKind Table, string[] Row)> For(SyntheticChild child, int year)
    {
        var start = new DateOnly(year - 1, 4, 1);
        var end = new DateOnly(year, 3, 31);
        var episodes = child.Episodes.Where(e => e.Overlaps(start, end)).ToList();
        var careLeaver = CareLeaverAge(child, start, end);
        if (episodes.Count == 0 && careLeaver is null) yield break;
        var outcomes = Dice.For(child.OutcomeSeed, year);
        var dob = D(child.Dob);
        var sex = year <= 2024 ? (child.Male ? "1" : "2") : (child.Male ? "M" : "F");
        var shortBreaksOnly = episodes.Count > 0 && episodes.All(e => e.Ls is "V3" or "V4");

        yield return (TableKind.Header, [child.Id, sex, dob, child.Ethnic, child.Upn, child.Male || shortBreaksOnly || episodes.Count == 0 ? "" : "0", ""]);
        foreach (var e in episodes)
        {
            var ended = e.End is { } d && d <= end;
            yield return (TableKind.Episodes, [child.Id, D(e.Start), e.Rne, e.Ls, e.Cin, PlaceIn(e.Place, end), e.Place.StartsWith('T') ? "" : e.Provider,
                ended ? D(e.End!.Value) : "", ended ? e.Rec : "", ended ? e.ReasonPlaceChange : "",
                e.Ls is "V3" or "V4" ? "" : child.HomePostcode, e.Ls is "V3" or "V4" ? "" : e.PlacementPostcode, e.Urn]);
        }
        foreach (var (date, code) in child.Reviews.Where(r => r.Date >= start && r.Date <= end))
            yield return (TableKind.Reviews, [child.Id, dob, D(date), code]);
        if (child.Uasc && episodes.Count > 0)
        {
            var ceased = child.Dob.AddYears(18);
            yield return (TableKind.UASC, [child.Id, sex, dob, ceased <= end ? D(ceased) : ""]);
        }
        if (InOc2Cohort(child, start, end)) yield return (TableKind.OC2, Oc2(child, outcomes, end, dob));
        if (careLeaver is { } age) yield return (TableKind.OC3, Oc3(child, outcomes, age, dob));
        if (episodes.LastOrDefault() is { Rec: "E11" or "E12", End: { } adopted } && adopted >= start && adopted <= end)
        {
            var placed = child.Episodes.Last(e => e.Place.StartsWith('A')).Start;
            // Number, sexes and legal status of adopters always agree (rules 511-524).
            var (number, sexes, status) = outcomes.Pick((("2", "MF", "L11"), 55.0), (("2", "MF", "L3"), 10.0), (("2", "MM", "L12"), 3.0), (("2", "FF", "L12"), 4.0),
                (("2", "FF", "L2"), 3.0), (("2", "MM", "L4"), 2.0), (("1", "F1", "L0"), 18.0), (("1", "M1", "L0"), 5.0));
                        // Adopted by the foster carers exactly when placed with them (A5), as FOSTER_CARE says (rule 335).
            var byFosterCarers = child.Episodes.Last(e => e.Place.StartsWith('A')).Place == "A5" ? "1" : "0";
            yield return (TableKind.AD1, [child.Id, dob, D(placed.AddDays(-90)), D(placed.AddDays(-20)), byFosterCarers, number, sexes, status]);
        }
        // The decision to place for adoption, 90 days before the placement, is in every return from the year it was made
        // to the year the child leaves care, with the same date (rules 559, 560).
        if (child.Episodes.FirstOrDefault(e => e.Place.StartsWith('A')) is { } adoption && episodes.Count > 0
            && adoption.Start.AddDays(-90) is var decided && decided <= end && (child.Left is null || child.Left >= start))
        {
            // Every placement for adoption ends in adoption here: the decision is never reversed (rules 525, 558).
            yield return (TableKind.PlacedAdoption, [child.Id, dob, D(decided), "", ""]);
        }
        // A missing period still open at 31 March is repeated, with its start date, at the start of next year's return (rule 576).
        foreach (var (from, to, kind) in child.Missing.Where(m => m.Start <= end && m.End >= start && episodes.Count > 0))
            yield return (TableKind.Missing, [child.Id, dob, kind, D(from), to <= end ? D(to) : ""]);
        // A child starting to be looked after in the year has its previous permanence (rule 630).
        if (episodes.Any(e => e.Rne == "S" && e.Start >= start))
        {
            var (option, authority, date) = child.PreviousPermanence;
            yield return (TableKind.PrevPerm, [child.Id, dob, option, authority, date is { } d ? D(d) : ""]);
        }
        // Social workers for a child looked after on 31 March, over the year (rules SW01, SW12).
        if (year >= SocialWorkersFrom && episodes.Count > 0 && episodes[^1] is { Ls: not ("V3" or "V4") } last && !(last.End <= end))
            foreach (var (from, to, id, reason) in child.SocialWorkers.Where(w => w.Start <= end && !(w.End < start)))
                yield return (TableKind.SWEpisodes, [child.Id, dob, id, D(from), to is { } t && t <= end ? D(t) : "", reason]);
    }

    /// <summary>Looked after continuously for 12 months at 31 March, short breaks excluded.</summary>
    private static bool InOc2Cohort(SyntheticChild child, DateOnly start, DateOnly end)
    {
        if (child.Episodes[0].Ls is "V3" or "V4") return false;
        return child.Entered <= start && (child.Left is null || child.Left > end);
    }

    private static string[] Oc2(SyntheticChild child, Dice d, DateOnly end, string dob)
    {
        var age = ChildSimulator.Age(child, end);
        // An SDQ is due from the year of the 4th birthday to that of the 17th (rules 186, 188, 189, 197B); "SDQ1" (too young
        // or too old when it was due) only in those two years (rule 157).
        var ageAtStart = ChildSimulator.Age(child, new DateOnly(end.Year - 1, 4, 1));
        var sdqDue = age >= 4 && ageAtStart <= 16;
        var sdq = sdqDue && d.Chance(0.78) ? Math.Clamp((int)Math.Round(d.Normal(14.9, 6.5)), 0, 40).ToString(CultureInfo.InvariantCulture) : "";
        var sdqReason = sdqDue && sdq.Length == 0 ? d.Pick((ageAtStart < 4 || age >= 17 ? "SDQ1" : "SDQ2", 3.0), ("SDQ2", 2.0), ("SDQ3", 2.0), ("SDQ4", 2.0), ("SDQ5", 1.0)) : "";
        var misuse = age >= 11 && d.Chance(0.06) ? "1" : "0";
        var received = misuse == "1" ? (d.Chance(0.6) ? "1" : "0") : "";   // "offered" is asked only when none was received
        return [child.Id, dob, sdq, sdqReason, age >= 10 ? (d.Chance(0.03) ? "1" : "0") : "", age < 5 ? (d.Chance(0.88) ? "1" : "0") : "",
            d.Chance(0.84) ? "1" : "0", d.Chance(0.81) ? "1" : "0", d.Chance(0.9) ? "1" : "0", misuse,
            received, misuse == "1" && received == "0" ? (d.Chance(0.8) ? "1" : "0") : ""];
    }

    private static string[] Oc3(SyntheticChild child, Dice d, int age, string dob)
    {
        var inTouch = d.Pick(("YES", 88.0), ("NO", 4.0), ("NREQ", 4.0), ("REFU", 2.0), ("RHOM", 2.0));
        if (inTouch is "RHOM") return [child.Id, dob, inTouch, "0", "0"];   // "0": no activity or accommodation to give (rule 344)
        if (inTouch is "NO" or "REFU") return [child.Id, dob, inTouch, "0", "0"];
        var activity = d.Pick(("F2", 20.0), ("F1", 6.0), ("F5", 16.0), ("P5", 7.0), ("F4", 5.0), ("P2", 3.0), ("G5", 25.0), ("G4", 10.0), ("G6", 8.0));
        var accommodation = d.Chance(0.89)
            ? (age >= 18 && d.Chance(0.15) ? "Z1" : d.Pick(("U1", 35.0), ("D1", 25.0), ("B1", 15.0), ("E1", 5.0), ("T1", 4.0), ("K1", 4.0)))
            : d.Pick(("S2", 3.0), ("V2", 3.0), ("U2", 2.0), ("B2", 2.0));
        if (accommodation == "T1" && age < 19) accommodation = "D1";   // no Foyer for under-18s on 1 April (rule 347)
        return [child.Id, dob, inTouch, activity, accommodation];
    }

    /// <summary>The age at this year's birthday if the child is a care leaver with a 17th-21st birthday in it, else null.</summary>
    private static int? CareLeaverAge(SyntheticChild child, DateOnly start, DateOnly end)
    {
        if (child.Left is not { } left || child.Episodes[0].Ls is "V3" or "V4" || child.Episodes[^1].Rec is "E11" or "E12") return null;
        var birthday = Model.Dates.Birthday(child.Dob, start.Year);
        if (birthday < start) birthday = Model.Dates.Birthday(child.Dob, start.Year + 1);
        var age = birthday.Year - child.Dob.Year;
        if (age is < 17 or > 21 || birthday > end || left > birthday) return null;
        // Relevant or former relevant: 13 weeks in care after the 14th birthday, ending after the 16th.
        var fourteen = child.Dob.AddYears(14);
        var daysAfter14 = child.Episodes.Sum(e => Math.Max(0, (e.End ?? end).DayNumber - Math.Max(e.Start.DayNumber, fourteen.DayNumber)));
        return daysAfter14 >= 91 && left > child.Dob.AddYears(16) ? age : null;
    }

    private static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An H5 placement open at the end of 2024-25 is recorded as K3 from 2025-26, when H5 ends (rule 146; 503D allows the change).</summary>
    private static string PlaceIn(string place, DateOnly yearEnd) =>
        place == "H5" && yearEnd >= ChildSimulator.UnregulatedSupportedAccommodationEnded ? "K3" : place;
}
