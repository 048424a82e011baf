using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Reading;

public sealed class CsvReadingTests
{
    [Fact]
    public void The_examples_are_read_table_by_table_with_their_rows()
    {
        var result = ReturnReader.ReadFolder(Files.ExamplesFolder, year: 2020);

        Assert.Empty(result.Errors);
        var year = result.Year!;
        Assert.Equal(39, year[TableKind.Episodes].Count);
        Assert.Equal(39, year[TableKind.Header].Count);
        Assert.Equal(1, year[TableKind.SWEpisodes].Count);
        Assert.Equal("566910", year[TableKind.Episodes].Cell(0, "CHILD"));
        Assert.Equal("15/02/2016", year[TableKind.Episodes].Cell(0, "DECOM"));
        Assert.Equal("WV27 9FW", year[TableKind.Episodes].Cell(1, "PL_POST"));
        Assert.Equal("14/08/2017", year[TableKind.Episodes].Cell(0, "DEC"));
        Assert.Equal(11, result.Files.Count(f => f.Table is not null));
    }

    [Fact]
    public void A_table_is_recognised_by_its_columns_whatever_the_file_is_called()
    {
        var result = ReturnReader.Read([Files.Text("export_from_case_system.csv", "child,dob,review,review_code\n1,01/01/2015,02/02/2024,PN1\n")], 2024);

        var file = Assert.Single(result.Files);
        Assert.Equal(TableKind.Reviews, file.Table);
        Assert.Contains("by its columns", file.HowRecognised);
        Assert.Equal("PN1", result.Year![TableKind.Reviews].Cell(0, "REVIEW_CODE"));
    }

    [Fact]
    public void Bom_crlf_quotes_spaces_and_case_are_all_accepted()
    {
        var csv = "\"Child\" , Sex,DOB ,ETHNIC,UPN,MOTHER,MC_DOB\r\n  a1 ,\"m\",01/02/2010,wbri,\"A12345678901 2\",,\r\n\"B,2\",F,03/04/2011,WIRI,,\"\",\r\n";
        var result = ReturnReader.Read([Files.Text("header.csv", csv, bom: true)], 2025);

        Assert.Empty(result.Errors);
        var header = result.Year![TableKind.Header];
        Assert.Equal(["A1", "M", "01/02/2010", "WBRI", "A12345678901 2", "", ""], header.Rows[0]);
        Assert.Equal("B,2", header.Cell(1, "CHILD"));
    }

    [Fact]
    public void Columns_in_another_order_are_put_into_the_schemas_order()
    {
        var result = ReturnReader.Read([Files.Text("uasc.csv", "DUC,DOB,SEX,CHILD\n01/01/2024,01/01/2007,M,77\n")], 2024);

        Assert.Equal(["77", "M", "01/01/2007", "01/01/2024"], result.Year![TableKind.UASC].Rows[0]);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_named_by_its_line()
    {
        var result = ReturnReader.Read([Files.Text("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,02/02/2024,PN1\n2,01/01/2015\n")], 2024);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("reviews.csv", 3), (error.File, error.Line));
        Assert.Contains("has 2 fields; the header has 4", error.Message);
        Assert.Equal(1, result.Year![TableKind.Reviews].Count);
    }

    [Fact]
    public void A_file_matching_no_table_names_the_closest_and_what_it_lacks()
    {
        var result = ReturnReader.Read([Files.Text("reviews.csv", "CHILD,DOB,REVIEW\n1,01/01/2015,02/02/2024\n")], 2024);

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("closest is Reviews (reviews.csv), which also needs REVIEW_CODE", error.Message);
        Assert.Null(result.Year);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_with_a_clear_error()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes("CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,02/02/2024,PN1 caf\u00e9\n");
        var error = Assert.Single(ReturnReader.Read([Files.Bytes("reviews.csv", latin1)], 2024).Errors);

        Assert.Contains("not UTF-8", error.Message);
    }

    [Fact]
    public void A_line_longer_than_the_limit_stops_that_file_with_an_error()
    {
        var csv = "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,02/02/2024,PN1\n2,01/01/2015,02/02/2024," + new string('X', 5_000) + "\n";
        var result = ReturnReader.Read([Files.Text("reviews.csv", csv)], 2024, new ReadLimits(MaxRecordChars: 1_000));

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("longer than 1,000 characters", error.Message);
        Assert.Equal(1, result.Year![TableKind.Reviews].Count);
    }

    [Fact]
    public void Two_files_with_the_same_table_are_an_error()
    {
        var reviews = "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,02/02/2024,PN1\n";
        var result = ReturnReader.Read([Files.Text("reviews.csv", reviews), Files.Text("reviews (1).csv", reviews)], 2024);

        Assert.Contains(result.Errors, e => e.File == "reviews (1).csv" && e.Message.Contains("a second Reviews table"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("CHILD,DOB,REVIEW,REVIEW_CODE\n1,\"01/01/2015,PN1\n", "never closed")]
    public void Empty_and_unterminated_files_are_errors_not_exceptions(string content, string expected)
    {
        var result = ReturnReader.Read([Files.Text("reviews.csv", content)], 2024);

        Assert.Contains(result.Errors, e => e.Message.Contains(expected));
    }

    [Fact]
    public void The_year_comes_from_the_folder_name_or_else_from_the_latest_dates()
    {
        var episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
                       "1,01/05/2023,S,C2,N1,U1,PR1,15/02/2024,E13,,,,\n1,01/04/2024,S,C2,N1,U1,PR1,,,,,,\n";
        var inferred = ReturnReader.Read([Files.Text("episodes.csv", episodes)]);
        var folder = Directory.CreateTempSubdirectory("ssda903-2023-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "episodes.csv"), episodes);
            var named = ReturnReader.ReadFolder(Path.Combine(folder.FullName));

            Assert.Equal(2025, inferred.Year!.Year);   // 1 April 2024 is in the year ending 31 March 2025
            Assert.Equal(2023, named.Year!.Year);
        }
        finally { folder.Delete(recursive: true); }
    }
}
