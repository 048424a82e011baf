using CorporateParenting.Ssda903.Checks;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tests.Reading;

namespace CorporateParenting.Ssda903.Tests.Checks;

/// <summary>Which collection year a return's own dates belong to, whatever year it is offered as.</summary>
public sealed class DataYearTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cpb-datayear-").FullName;

    [Theory]
    [InlineData(2019)]
    [InlineData(2025)]
    public void A_generated_return_is_the_year_it_was_generated_for_even_when_offered_as_another(int year)
    {
        ReturnGenerator.Write(new GeneratorOptions(120, 1, Seed: 5, LastYear: year), _folder);
        var read = ReturnReader.ReadFolder(Path.Combine(_folder, year.ToString()), year: 2010);

        var detected = ReturnYears.Detect(read.Year!)!;
        Assert.Equal(year, detected.Year);
        Assert.True(detected.Latest <= new DateOnly(year, 3, 31) && detected.Latest >= new DateOnly(year - 1, 4, 1));
        Assert.StartsWith($"the {year - 1}-{year % 100:00} return (episodes", detected.Describe());
    }

    [Fact]
    public void A_few_mistyped_dates_in_a_later_year_do_not_move_it()
    {
        var episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "1,01/05/2023,S,C2,N1,U1,PR1,01/06/2024,E11,,,,\n"   // ends in 2024-25
            + "2,01/05/2024,S,C2,N1,U1,PR1,01/07/2024,E11,,,,\n"
            + "3,01/05/2024,S,C2,N1,U1,PR1,01/02/2099,E11,,,,\n";  // a typo
        var reviews = "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,02/05/2024,PN1\n2,01/01/2015,02/09/2024,PN1\n";
        var read = ReturnReader.Read([Files.Text("episodes.csv", episodes), Files.Text("reviews.csv", reviews)]);

        Assert.Equal(2025, read.Year!.Year);
        Assert.Contains("inferred from its episodes and reviews (7 of 8 dates agree with it)", read.YearSource);
        Assert.Equal(new DateOnly(2024, 9, 2), ReturnYears.Detect(read.Year)!.Latest);
    }

    [Fact]
    public void With_no_episode_ends_or_reviews_the_latest_episode_start_decides_and_with_no_dates_there_is_no_year()
    {
        var open = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "1,01/05/2020,S,C2,N1,U1,PR1,,,,,,\n2,14/04/2022,S,C2,N1,U1,PR1,,,,,,\n";
        Assert.Equal(2023, ReturnYears.Detect(ReturnReader.Read([Files.Text("episodes.csv", open)]).Year!)!.Year);

        var header = ReturnReader.Read([Files.Text("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/02/2010,WBRI,UN1,,\n")], 2024);
        Assert.Null(ReturnYears.Detect(header.Year!));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
