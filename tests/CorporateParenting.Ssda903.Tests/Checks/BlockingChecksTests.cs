using CorporateParenting.Ssda903.Checks;
using CorporateParenting.Ssda903.Generation;
using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tests.Reading;

namespace CorporateParenting.Ssda903.Tests.Checks;

/// <summary>Values that make a child unusable for the figures are found row by row, with file, line, column and value.</summary>
public sealed class BlockingChecksTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private const string HeaderColumns = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    private const string EpisodeColumns = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

    private static IReadOnlyList<ReadError> Find(string header, string episodes = "")
    {
        var read = ReturnReader.Read([Files.Text("header.csv", HeaderColumns + header), Files.Text("episodes.csv", EpisodeColumns + episodes)], 2025);
        Assert.Empty(read.Errors);
        return BlockingChecks.Find(read.Year!, Today);
    }

    [Fact]
    public void Each_impossible_date_of_birth_is_reported_on_its_own_line_with_its_value()
    {
        var problems = Find(
            "1,M,01/02/2010,WBRI,UN1,,\n"        // line 2: fine
            + "2,M,31/02/2010,WBRI,UN1,,\n"      // line 3: no such day
            + "\n"                               // line 4: blank, skipped
            + "3,F,01/01/2030,WBRI,UN1,,\n"      // line 5: in the future
            + "4,F,01/05/2025,WBRI,UN1,,\n"      // line 6: after the end of the year
            + "5,M,01/01/1990,WBRI,UN1,,\n"      // line 7: 34 at the start of the year
            + "6,M,01/03/2015,WBRI,UN1,,\n"      // line 8: born after the episode started
            + "7,M,,WBRI,UN1,,\n",               // line 9: missing
            "6,01/01/2015,S,C2,N1,U1,PR1,,,,,,\n");

        Assert.Equal([3, 5, 6, 7, 8, 9], problems.Select(p => p.Line!.Value));
        Assert.All(problems, p => Assert.Equal(("header.csv", "DOB"), (p.File, p.Column)));
        Assert.Equal(["31/02/2010", "01/01/2030", "01/05/2025", "01/01/1990", "01/03/2015", ""], problems.Select(p => p.Value));
        Assert.Contains("not a date", problems[0].Message);
        Assert.Contains("in the future", problems[1].Message);
        Assert.Contains("after 31 March 2025", problems[2].Message);
        Assert.Contains("makes the child 34", problems[3].Message);
        Assert.Contains("episode starting 1 January 2015 (episodes.csv, line 2)", problems[4].Message);
        Assert.Contains("missing", problems[5].Message);
        Assert.Equal("header.csv, line 3, column DOB: the date of birth is not a date in the form dd/mm/yyyy (found '31/02/2010')", problems[0].ToString());
    }

    [Fact]
    public void Header_rows_for_one_child_that_disagree_are_both_reported_and_identical_duplicates_are_not()
    {
        var problems = Find(
            "1,M,01/02/2010,WBRI,UN1,,\n"
            + "2,M,01/02/2011,WBRI,UN1,,\n"
            + "1,F,01/02/2010,WBRI,UN1,,\n"
            + "2,M,01/02/2011,WBRI,UN1,,\n");

        Assert.Equal([(2, "SEX", "M"), (4, "SEX", "F")], problems.Select(p => (p.Line!.Value, p.Column!, p.Value!)));
        Assert.Contains("another row for this CHILD (line 4) that gives SEX as 'F'", problems[0].Message);
    }

    [Fact]
    public void A_generated_council_has_nothing_that_blocks_in_any_year()
    {
        var folder = Directory.CreateTempSubdirectory("cpb-blocking-").FullName;
        try
        {
            ReturnGenerator.Write(new GeneratorOptions(300, 3, Seed: 11, LastYear: 2025), folder);
            foreach (var year in new[] { 2023, 2024, 2025 })
                Assert.Empty(BlockingChecks.Find(ReturnReader.ReadFolder(Path.Combine(folder, year.ToString())).Year!, Today));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Lines_in_the_XML_are_the_lines_of_the_child_rows()
    {
        var xml = "<EXPSSDA903>\n<CHILD>\n<HEADER>\n<CHILDID>9</CHILDID><SEX>M</SEX><DOB>40/01/2010</DOB>\n</HEADER>\n</CHILD>\n</EXPSSDA903>\n";
        var read = ReturnReader.Read([Files.Text("ssda903.xml", xml)], 2025);
        var problem = Assert.Single(BlockingChecks.Find(read.Year!, Today));
        Assert.Equal(("ssda903.xml", 3, "40/01/2010"), (problem.File, problem.Line!.Value, problem.Value!));
    }
}
