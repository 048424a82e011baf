using CorporateParenting.Ssda903.Rules;
using CorporateParenting.Ssda903.Tables;
using CorporateParenting.Ssda903.Tests.Rules;
using static CorporateParenting.Ssda903.Tables.TableKind;

namespace CorporateParenting.Ssda903.Tests.Places;

/// <summary>
/// 452, 453 and 503G/H/J with the postcode directory compare the derived PL_LA, PL_LOCATION and PL_DISTANCE of the
/// episode open at last year's end with this year's first, not the postcodes (PlacesFiles: NB postcodes are in the
/// council's own area, 805; XQ1 1AA is in 806; NB1 1AA to NB2 2BB is 3.1 miles).
/// </summary>
public sealed class DerivedPlaceContinuityTests
{
    /// <summary>Last year the child was placed at NB2 2BB from home NB1 1AA; this year's open episode says otherwise.</summary>
    private static ReturnSet Return(params (string Child, string ThisYear)[] children)
    {
        var build = new RuleTestReturn();
        foreach (var (child, change) in children) build.Row(Episodes, child, change).LastYear(Episodes, child);
        return build.Set();
    }

    private static List<string> Failures(string rule, ReturnSet set, bool withDirectory) =>
        Validator.Validate(set, 2025, withDirectory ? PlacesFiles.All("805") : null).Failures
            .Where(f => f.Rule == rule).Select(f => f.Child!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_new_placement_postcode_in_the_same_authority_keeps_PL_LA_and_PL_LOCATION()
    {
        var set = Return(("SAMELA", "PL_POST=NB9 9ZZ"), ("OTHERLA", "PL_POST=XQ1 1AA"), ("UNCHANGED", ""));

        Assert.Equal(["OTHERLA"], Failures("503H", set, withDirectory: true));
        Assert.Equal(["OTHERLA"], Failures("503J", set, withDirectory: true));
        Assert.Equal(["OTHERLA"], Failures("452", set, withDirectory: true));
        // Without the directory only the postcodes can be compared: any change is reported.
        Assert.Equal(["OTHERLA", "SAMELA"], Failures("503H", set, withDirectory: false));
    }

    [Fact]
    public void PL_DISTANCE_is_compared_to_one_decimal_place()
    {
        // Home NB2 2BB placed at NB1 1AA is the same 3.1 miles the other way round; XQ1 1AA is much further.
        var set = Return(("SWAPPED", "HOME_POST=NB2 2BB;PL_POST=NB1 1AA"), ("FURTHER", "PL_POST=XQ1 1AA"), ("UNCHANGED", ""));

        Assert.Equal(["FURTHER"], Failures("503G", set, withDirectory: true));
        Assert.Equal(["FURTHER"], Failures("453", set, withDirectory: true));
        Assert.Equal(["FURTHER", "SWAPPED"], Failures("503G", set, withDirectory: false));
    }
}

/// <summary>164 and 169 ask for a valid postcode: with the directory, one that exists, not only one that is well formed.</summary>
public sealed class DerivedPlaceValidityTests
{
    [Fact]
    public void A_well_formed_postcode_missing_from_the_directory_gives_no_valid_PL_LA_or_PL_DISTANCE()
    {
        var set = new RuleTestReturn()
            .Row(Episodes, "KNOWN", "HOME_POST=NB1 1AA;PL_POST=NB2 2BB")
            .Row(Episodes, "UNKNOWN", "HOME_POST=NB1 1AA;PL_POST=ZZ9 9ZZ")
            .Row(Episodes, "MALFORMED", "HOME_POST=NB1 1AA;PL_POST=NB2")
            .Set();
        List<string> Failures(string rule, bool withDirectory) =>
            Validator.Validate(set, 2025, withDirectory ? PlacesFiles.All("805") : null).Failures
                .Where(f => f.Rule == rule).Select(f => f.Child!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["MALFORMED", "UNKNOWN"], Failures("164", withDirectory: true));
        Assert.Equal(["MALFORMED", "UNKNOWN"], Failures("169", withDirectory: true));
        Assert.Equal(["MALFORMED"], Failures("164", withDirectory: false));
        Assert.Equal(["MALFORMED"], Failures("169", withDirectory: false));
    }
}
