using CorporateParenting.Ssda903.Places;

namespace CorporateParenting.Ssda903.Tests.Places;

public sealed class ProviderDirectoryTests
{
    [Fact]
    public void Without_ofsteds_903_codes_the_codes_follow_from_provider_type_and_sector()
    {
        var providers = PlacesFiles.ReadProviders();

        var agency = providers.Find("1234567")!;
        Assert.Equal(["U1", "U2", "U3", "U4", "U5", "U6"], agency.PlaceCodes.Order());
        Assert.Equal(["PR4"], agency.ProviderCodes);
        Assert.Equal("XQ11AA", agency.Postcode);
        var home = providers.Find("sc111111")!;
        Assert.Equal(["K2"], home.PlaceCodes);
        Assert.Equal(["PR1", "PR2"], home.ProviderCodes.Order());
        Assert.Equal(new DateOnly(2000, 1, 1), home.Registered);
        Assert.Equal(new DateOnly(2024, 6, 30), providers.Find("SC222222")!.Closed);
        Assert.Null(providers.Find("SC999999"));
        Assert.Null(providers.Find(""));
    }

    [Fact]
    public void Ofsteds_placement_codes_are_used_when_the_list_has_them()
    {
        var providers = PlacesFiles.ReadProviders("""
            URN,Provider type,Local authority,Placement code,Placement provider code,Deregistration date,Setting address postcode
            SC555555,Children's home,Hartlepool,K2/S1,PR4,2024-06-30,NB2 2BB
            1555555,Supported accommodation,Hartlepool,,,,NB2 2BB
            """);

        Assert.Equal(["K2", "S1"], providers.Find("SC555555")!.PlaceCodes.Order());
        Assert.Equal(["PR4"], providers.Find("SC555555")!.ProviderCodes);
        Assert.Equal(new DateOnly(2024, 6, 30), providers.Find("SC555555")!.Closed);
        Assert.Equal(["H5", "K3"], providers.Find("1555555")!.PlaceCodes.Order());   // from the type where Ofsted left it blank
        Assert.Empty(providers.Find("1555555")!.ProviderCodes);                       // no sector, no code: 224 cannot judge it
    }

    [Theory]
    [InlineData("Provider type,Sector,Setting postcode,Local authority\nChildren's home,Private,NB1 1AA,Hartlepool\n", "providers.csv: no URN column; expected one named urn")]
    [InlineData("URN,Sector,Setting postcode,Local authority\nSC1,Private,NB1 1AA,Hartlepool\n", "providers.csv: no provider type column; expected 'Provider type' (or Ofsted's 'Placement code')")]
    [InlineData("URN,Provider type,Setting postcode,Local authority\nSC1,Children's home,NB1 1AA,Hartlepool\n", "providers.csv: no sector column; expected 'Sector' or 'Ownership' (or Ofsted's 'Placement provider code')")]
    [InlineData("URN,Provider type,Sector,Local authority\nSC1,Children's home,Private,Hartlepool\n", "providers.csv: no postcode column; expected 'Setting postcode' or 'Postcode'")]
    [InlineData("URN,Provider type,Sector,Setting postcode,Local authority,Closed date\nSC1,Children's home,Private,NB1 1AA,Hartlepool,31/02/2024\n", "providers.csv line 2: closed date is '31/02/2024', not a date (dd/mm/yyyy)")]
    [InlineData("URN,Provider type,Sector,Setting postcode,Local authority\nSC1,Children's home,Private,NB1 1AA,Hartlepool\nSC1,Children's home,Private,NB1 1AA,Hartlepool\n", "providers.csv line 3: URN SC1 appears twice")]
    public void A_malformed_list_is_refused_with_the_line_and_what_is_wrong(string csv, string message)
    {
        var error = Assert.Throws<PlacesFileException>(() => PlacesFiles.ReadProviders(csv));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("Kingston upon Hull, City of", "810")]
    [InlineData("Bristol", "801")]
    [InlineData("Brighton & Hove", "846")]
    [InlineData("Nowhere", null)]
    public void A_council_named_as_ofsted_writes_it_has_its_dfe_number(string name, string? number) =>
        Assert.Equal(number, LocalAuthorities.NumberForName(name));
}
