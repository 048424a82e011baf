namespace CorporateParenting.Ssda903.Generation;

/// <summary>
/// Simulates one child's time in care. Shapes follow England (england.csv): about two in five enter
/// aged 10-15, three in four live in foster care, one in ten moves three or more times a year, most
/// long stays before 5 end in adoption or a special guardianship order. Wholly synthetic.
/// </summary>
internal static class ChildSimulator
{
    public static SyntheticChild Create(int index, int seed, DateOnly historyStart, DateOnly lastEnd)
    {
        var dice = Dice.For(seed, index);
        var span = lastEnd.DayNumber - historyStart.DayNumber;
        var entered = DateOnly.FromDayNumber(historyStart.DayNumber + dice.Int(0, span));
        var shortBreaks = dice.Chance(0.04);
        var uasc = !shortBreaks && dice.Chance(0.07);
        var ageAtEntry = uasc ? dice.Pick((15, 3.0), (16, 5.0), (17, 2.0)) : dice.Pick((0, 20.0), (1, 4.0), (2, 4.0), (3, 3.0), (4, 3.0), (6, 8.0), (8, 9.0), (11, 12.0), (13, 14.0), (15, 10.0), (16, 8.0), (17, 5.0));
        var dob = entered.AddDays(-(ageAtEntry * 365 + dice.Int(0, 365)));
        if (dob > entered) dob = entered;
        if (uasc) dob = new DateOnly(dob.Year, dob.Month, 15);   // unknown day of birth: the 15th, as DfE asks
        // Moving the birthday to the 15th must not make a child 18 when they arrive (rules 352, 356).
        if (uasc && dob.AddYears(18) <= entered.AddDays(7)) dob = dob.AddMonths(1);
        var male = uasc ? dice.Chance(0.9) : dice.Chance(0.55);

        var child = new SyntheticChild
        {
            Id = (100000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Male = male,
            Dob = dob,
            Ethnic = uasc ? dice.Pick(("OOTH", 4.0), ("AOTH", 3.0), ("BAFR", 2.0), ("WOTH", 1.0)) : dice.Pick(
                ("WBRI", 66.0), ("WIRI", 0.5), ("WOTH", 4.0), ("WROM", 0.5), ("MWBC", 4.0), ("MWBA", 1.5), ("MWAS", 1.0), ("MOTH", 3.0),
                ("AIND", 1.0), ("APKN", 2.0), ("ABAN", 1.0), ("AOTH", 1.5), ("BCRB", 2.0), ("BAFR", 4.0), ("BOTH", 1.5), ("CHNE", 0.3), ("OOTH", 3.0), ("NOBT", 0.7)),
            Upn = UniquePupilNumber(dice),
            HomePostcode = uasc ? "" : Postcode(dice, inArea: true),
            Uasc = uasc,
            OutcomeSeed = dice.Int(0, int.MaxValue),
        };
        if (shortBreaks) AddShortBreaks(child, dice, entered, lastEnd);
        else AddPeriodOfCare(child, dice, entered, lastEnd);
        AddReviews(child, dice, lastEnd);
        AddMissing(child, dice);
        // Drawn last, so that every other table stays as it was before these two were generated.
        AddSocialWorkers(child, dice, lastEnd);
        child.PreviousPermanence = PreviousPermanence(child, dice);
        return child;
    }

    private static void AddPeriodOfCare(SyntheticChild child, Dice dice, DateOnly entered, DateOnly lastEnd)
    {
        var eighteen = child.Dob.AddYears(18);
        var young = entered < child.Dob.AddYears(5);
        var adopted = young && dice.Chance(0.38);
        var years = adopted ? 1.4 + dice.Exponential(0.8) : dice.Chance(0.35) ? dice.Exponential(0.3) : dice.Exponential(3.7);
        var planned = entered.AddDays(Math.Max(2, (int)(years * 365)));
        var end = planned >= eighteen ? eighteen : planned;
        var legal = child.Uasc ? "V2" : dice.Pick(("C2", 45.0), ("C1", 25.0), ("V2", 25.0), ("J2", 2.0), ("L1", 3.0));
        if (legal == "J2" && Age(child, entered) < 10) legal = "C2";   // remand (J) only from 10
        var cin = child.Uasc ? "N4" : dice.Pick(("N1", 66.0), ("N2", 3.0), ("N3", 4.0), ("N4", 14.0), ("N5", 7.0), ("N6", 1.0), ("N7", 1.0), ("N8", 4.0));
        var adoptionPlacement = adopted ? entered.AddDays((int)((end.DayNumber - entered.DayNumber) * 0.65)) : (DateOnly?)null;

        // Moves: about one every three years, more for teenagers.
        var moves = new SortedSet<DateOnly>();
        var moveRate = child.Dob.AddYears(11) < entered ? 0.85 : 0.42;
        // The first move comes a day or more after arrival: no episode starts and ends on one day (rule 355).
        for (var day = entered.AddDays(Math.Max(1, (int)(dice.Exponential(1 / moveRate) * 365))); day < end; day = day.AddDays(Math.Max(30, (int)(dice.Exponential(1 / moveRate) * 365))))
            moves.Add(day);
        // Police protection (L1, 72 hours) and PACE (J2) are short: a care order follows (rules 361, 364).
        var statusChange = legal == "C1" ? entered.AddDays(dice.Int(60, 240)) : legal is "L1" or "J2" ? entered.AddDays(2) : (DateOnly?)null;
        if (statusChange is { } sc && sc < end) moves.Add(sc);
        if (adoptionPlacement is { } ap) { moves.RemoveWhere(m => m >= ap); moves.Add(ap); }

        var start = entered;
        var rne = "S";
        var place = Compatible(FirstPlacement(child, dice, entered), legal);
        foreach (var change in moves.Append(end))
        {
            var isLast = change == end;
            var isStatusOnly = change == statusChange && !isLast;
            var episode = Episode(child, dice, start, rne, legal, cin, place);
            if (rne == "L") episode = SamePlacement(episode, child.Episodes[^1]);   // a change of legal status only (rule 434)
            child.Episodes.Add(episode);
            if (change > lastEnd) break;                       // still looked after when the data ends
            episode.End = change;
            if (isLast) break;
            episode.Rec = "X1";
            if (change == statusChange) { legal = "C2"; rne = "L"; }
            else if (change == adoptionPlacement)
            {
                // With the current foster carers (A5) only from foster care; status and placement change together (rules 217, 336, 435).
                var adoption = dice.Pick(("A5", 1.0), ("A6", 3.0));
                place = adoption == "A5" && place.StartsWith('U') ? "A5" : "A6";
                rne = place == "A5" ? "U" : "B"; legal = "E1"; episode.ReasonPlaceChange = "CARPL";
            }
            else { rne = "P"; place = Compatible(NextPlacement(child, dice, change), legal); episode.ReasonPlaceChange = dice.Pick(("CARPL", 40.0), ("CHILD", 10.0), ("CREQB", 10.0), ("CREQO", 8.0), ("LAREQ", 12.0), ("STAND", 10.0), ("OTHER", 10.0)); }
            if (isStatusOnly) { rne = "L"; }
            start = change;
        }
        var last = child.Episodes[^1];
        if (last.End is { } ended) last.Rec = Ending(child, dice, ended, adopted, last.Place);
    }

    private static SyntheticEpisode Episode(SyntheticChild child, Dice dice, DateOnly start, string rne, string legal, string cin, string place)
    {
        var provider = place switch
        {
            "P1" => "PR0",
            "U1" or "U2" or "U3" => "PR1",
            "U4" or "U5" or "U6" => dice.Pick(("PR1", 55.0), ("PR4", 45.0)),
            "K2" => dice.Pick(("PR1", 20.0), ("PR4", 75.0), ("PR5", 5.0)),
            "A5" or "A6" => dice.Pick(("PR1", 70.0), ("PR2", 30.0)),
            _ => dice.Pick(("PR1", 30.0), ("PR4", 70.0)),
        };
        var urn = place switch
        {
            "K1" or "K2" => "SC" + dice.Digits(6),
            "U1" or "U2" or "U3" or "U4" or "U5" or "U6" or "A5" or "A6" or "H5" or "K3" or "R3" => dice.Chance(0.1) ? "XXXXXXX" : "1" + dice.Digits(6),
            _ => "",
        };
        // The URN carries its provider's kind and sector, and where the child lives follows from it (SyntheticPlaces).
        urn = SyntheticPlaces.Urn(urn, place, provider);
        var postcode = Postcode(dice, inArea: !dice.Chance(0.3) || SyntheticPlaces.MustBeInArea(place, provider));
        return new SyntheticEpisode
        {
            Start = start, Rne = rne, Ls = legal, Cin = cin, Place = place, Provider = provider, Urn = urn,
            PlacementPostcode = SyntheticPlaces.PlacementPostcode(urn, place, postcode, child.HomePostcode),
        };
    }

    private static SyntheticEpisode SamePlacement(SyntheticEpisode episode, SyntheticEpisode before) => new()
    {
        Start = episode.Start, Rne = episode.Rne, Ls = episode.Ls, Cin = episode.Cin,
        Place = before.Place, Provider = before.Provider, Urn = before.Urn, PlacementPostcode = before.PlacementPostcode,
    };

    private static readonly DateOnly SupportedAccommodationRegistered = new(2024, 4, 1);
    /// <summary>H5 is a valid placement type to 2024-25 only (code_sets.csv); from 2025-26 only K3.</summary>
    internal static readonly DateOnly UnregulatedSupportedAccommodationEnded = new(2025, 4, 1);

    private static string FirstPlacement(SyntheticChild child, Dice dice, DateOnly on)
    {
        var age = Age(child, on);
        // K3 (registered supported accommodation) is a code from 2024-25; before it, H5, which ends with 2024-25.
        if (age >= 16) return dice.Pick(("U4", 25.0), ("U6", 20.0), (on >= UnregulatedSupportedAccommodationEnded ? "K3" : "H5", 20.0),
            (on >= SupportedAccommodationRegistered ? "K3" : "H5", 15.0), ("K2", 15.0), ("P1", 5.0));
        if (age >= 11) return dice.Pick(("U1", 6.0), ("U3", 8.0), ("U4", 25.0), ("U6", 35.0), ("K2", 18.0), ("P1", 6.0), ("R1", 2.0));
        return dice.Pick(("U1", 8.0), ("U3", 12.0), ("U4", 20.0), ("U6", 48.0), ("P1", 8.0), ("K2", 2.0), ("R3", 2.0));
    }

    /// <summary>A child accommodated under section 20 (V2) cannot be placed with parents (rule 378).</summary>
    private static string Compatible(string place, string legal) => place == "P1" && legal == "V2" ? "U6" : place;

    private static string NextPlacement(SyntheticChild child, Dice dice, DateOnly on) => FirstPlacement(child, dice, on);

    private static string Ending(SyntheticChild child, Dice dice, DateOnly ended, bool adopted, string place)
    {
        if (adopted) return dice.Pick(("E11", 3.0), ("E12", 1.0));
        if (ended == child.Dob.AddYears(18)) return place.StartsWith('U') && dice.Chance(0.4) ? "E17" : dice.Pick(("E5", 60.0), ("E6", 25.0), ("E8", 15.0));
        if (Age(child, ended) >= 16) return dice.Pick(("E5", 25.0), ("E6", 8.0), ("E4A", 30.0), ("E13", 20.0), ("E8", 17.0));
        var reason = dice.Pick(("E4A", 40.0), ("E4B", 5.0), ("E41", 8.0), ("E45", 9.0), ("E46", 4.0), ("E47", 4.0), ("E48", 3.0), ("E13", 12.0), ("E3", 6.0), ("E8", 9.0));
        return reason is "E45" or "E46" && !place.StartsWith('U') ? "E4A" : reason;   // former foster carers only from foster care (rule 516)
    }

    /// <summary>
    /// A series of short breaks (V3): each break an episode of at most a week, a few each year, in a residential care home:
    /// short breaks carry no placement postcode or URN (rule 214), and R1 needs no URN (rule 218).
    /// </summary>
    private static void AddShortBreaks(SyntheticChild child, Dice dice, DateOnly entered, DateOnly lastEnd)
    {
        var eighteen = child.Dob.AddYears(18);
        for (var day = entered; day < lastEnd && day < eighteen.AddDays(-8); day = day.AddDays(dice.Int(30, 120)))
        {
            var episode = Episode(child, dice, day, "S", "V3", "N1", "R1");
            episode.End = day.AddDays(dice.Int(1, 7));
            episode.Rec = "E13";
            child.Episodes.Add(episode);
            if (child.Episodes.Count >= 12) break;
        }
        // Too near the 18th birthday for the series: a single one-day break, not one left open for ever (rules 365, 367).
        if (child.Episodes.Count == 0)
        {
            var only = Episode(child, dice, entered, "S", "V3", "N1", "R1");
            only.End = entered.AddDays(1);
            only.Rec = "E13";
            child.Episodes.Add(only);
        }
        if (child.Episodes[^1].End > lastEnd) { child.Episodes[^1].End = null; child.Episodes[^1].Rec = ""; }
    }

    private static void AddReviews(SyntheticChild child, Dice dice, DateOnly lastEnd)
    {
        if (child.Episodes[0].Ls is "V3" or "V4") return;
        var end = child.Left ?? lastEnd;
        for (var review = child.Entered.AddDays(20); review < end; review = review.AddDays(review == child.Entered.AddDays(20) ? 91 : 182))
        {
            child.Reviews.Add((review, Age(child, review) < 4 ? "PN0" : dice.Pick(("PN1", 60.0), ("PN2", 10.0), ("PN3", 8.0), ("PN4", 8.0), ("PN5", 6.0), ("PN6", 4.0), ("PN7", 4.0))));
            if (child.Reviews.Count > 60) break;
        }
    }

    private static void AddMissing(SyntheticChild child, Dice dice)
    {
        if (child.Episodes[0].Ls is "V3" or "V4" || !dice.Chance(0.5)) return;
        var end = child.Left ?? child.Entered.AddYears(6);
        var years = Math.Max(1, (end.DayNumber - child.Entered.DayNumber) / 365);
        foreach (var _ in Enumerable.Range(0, dice.Int(1, 2 + 2 * years)))
        {
            var start = DateOnly.FromDayNumber(child.Entered.DayNumber + dice.Int(1, Math.Max(2, end.DayNumber - child.Entered.DayNumber)));
            if (Age(child, start) < 11 || start >= end) continue;
            // A spell ends before the child leaves care: none is open, or ends on the day, when care ends (rules 575, 577, 580).
            var back = start.AddDays(dice.Int(0, 3));
            if (child.Left is { } left && back >= left) back = left.AddDays(-1);   // start is before the day care ended
            var spell = (Start: start, End: back, Kind: dice.Chance(0.75) ? "M" : "A");
            // Spells never overlap or touch (rule 574).
            if (!child.Missing.Any(m => spell.Start <= m.End && m.Start <= spell.End)) child.Missing.Add(spell);
        }
    }

    private static readonly string[] ChangeReasons = ["MANAGE", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "OTHERS"];

    /// <summary>
    /// Social workers from the day the child entered care, each for a year or so (at least a month), each starting the day
    /// the last one ended (rules SW09-SW12); the last ends when care ends or is still open. Short breaks have none.
    /// </summary>
    private static void AddSocialWorkers(SyntheticChild child, Dice dice, DateOnly lastEnd)
    {
        if (child.Episodes[0].Ls is "V3" or "V4") return;
        var start = child.Entered;
        var reason = "FCONTA";
        while (true)
        {
            var next = start.AddDays(Math.Max(30, (int)(dice.Exponential(1.1) * 365)));
            var id = "SW" + dice.Digits(6);
            if (child.Left is { } left && next >= left) { child.SocialWorkers.Add((start, left, id, reason)); return; }
            if (next > lastEnd || child.SocialWorkers.Count >= 40) { child.SocialWorkers.Add((start, null, id, reason)); return; }
            child.SocialWorkers.Add((start, next, id, reason));
            start = next;
            reason = ChangeReasons[dice.Int(0, ChangeReasons.Length)];
        }
    }

    /// <summary>Most children had no permanence order before care (Z1); about one in eight had adoption, an SGO or a child arrangements order.</summary>
    private static (string, string, DateOnly?) PreviousPermanence(SyntheticChild child, Dice dice)
    {
        if (!dice.Chance(0.12)) return ("Z1", "", null);
        var option = dice.Pick(("P1", 2.0), ("P2", 5.0), ("P3", 3.0));
        var authority = dice.Pick(("999", 2.0), ("908", 1.0), ("909", 1.0), ("916", 1.0));
        var date = child.Entered.AddDays(-dice.Int(90, 2500));
        return date > child.Dob ? (option, authority, date) : ("Z1", "", null);
    }

    public static int Age(SyntheticChild child, DateOnly on) => Model.Dates.Age(child.Dob, on);

    /// <summary>A well-formed postcode in fictional areas: NB inside the council's area, XQ outside. No real place.</summary>
    private static string Postcode(Dice dice, bool inArea) => $"{(inArea ? "NB" : "XQ")}{dice.Int(1, 30)} {dice.Int(1, 10)}{dice.Letters(2)}";

    /// <summary>A letter (not I, O or S) and 12 digits: the form of a permanent UPN, with no real check letter.</summary>
    private static string UniquePupilNumber(Dice dice) => "ABCDEFGHJKLMNPQRTUVWXYZ"[dice.Int(0, 23)] + dice.Digits(12);
}
