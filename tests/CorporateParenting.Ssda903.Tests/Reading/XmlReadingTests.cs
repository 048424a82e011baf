using CorporateParenting.Ssda903.Reading;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Reading;

public sealed class XmlReadingTests
{
    private const string TwoChildren = """
        <?xml version="1.0" encoding="utf-8"?>
        <EXPSSDA903>
          <CHILD>
            <HEADER><CHILDID>101</CHILDID><SEX>F</SEX><DOB>15/06/2012</DOB><ETHNIC>WBRI</ETHNIC><UPN>A123456789012</UPN><MOTHER>0</MOTHER></HEADER>
            <EPISODES>
              <EPISODE><DECOM>01/05/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>01/09/2023</DEC><REC>X1</REC><REASON_PLACE_CHANGE>CARPL</REASON_PLACE_CHANGE><HOME_POST>NB1 2AB</HOME_POST><PL_POST>NB3 4CD</PL_POST><URN>SC123456</URN></EPISODE>
              <EPISODE><DECOM>01/09/2023</DECOM><RNE>P</RNE><LS>C2</LS><CIN>N1</CIN><PL>U3</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><HOME_POST>NB1 2AB</HOME_POST><PL_POST>NB5 6EF</PL_POST><URN>SC654321</URN></EPISODE>
            </EPISODES>
            <REVIEWS><REVIEW><REVIEW>01/11/2023</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></REVIEW></REVIEWS>
          </CHILD>
          <CHILD>
            <HEADER><CHILDID>102</CHILDID><SEX>M</SEX><DOB>01/01/2007</DOB><ETHNIC>AIND</ETHNIC></HEADER>
            <OC3><IN_TOUCH>YES</IN_TOUCH><ACTIV>F2</ACTIV><ACCOM>B1</ACCOM></OC3>
          </CHILD>
        </EXPSSDA903>
        """;

    [Fact]
    public void Children_in_the_dfe_xml_become_the_same_tables_as_the_csv_set()
    {
        var result = ReturnReader.Read([Files.Text("ssda903.xml", TwoChildren)], 2024);

        Assert.Empty(result.Errors);
        var year = result.Year!;
        Assert.Equal(2, year[TableKind.Header].Count);
        Assert.Equal(2, year[TableKind.Episodes].Count);
        Assert.Equal("101", year[TableKind.Episodes].Cell(1, "CHILD"));
        Assert.Equal("U3", year[TableKind.Episodes].Cell(1, "PLACE"));
        Assert.Equal("", year[TableKind.Episodes].Cell(1, "DEC"));
        Assert.Equal(["101", "15/06/2012", "01/11/2023", "PN1"], year[TableKind.Reviews].Rows[0]);
        Assert.Equal("01/01/2007", year[TableKind.OC3].Cell(0, "DOB"));
        Assert.Equal("YES", year[TableKind.OC3].Cell(0, "IN_TOUCH"));
    }

    [Fact]
    public void The_headers_uasc_flag_is_kept_and_a_uasc_child_in_the_dfe_layout_has_a_uasc_row()
    {
        const string xml = """
            <EXPSSDA903>
              <CHILD><HEADER><CHILDID>1</CHILDID><SEX>M</SEX><DOB>15/06/2007</DOB><UASC>1</UASC><DUC>15/06/2025</DUC></HEADER></CHILD>
              <CHILD><HEADER><CHILDID>2</CHILDID><SEX>F</SEX><DOB>01/01/2010</DOB><UASC>0</UASC></HEADER></CHILD>
              <CHILD><HEADER><CHILDID>3</CHILDID><SEX>F</SEX><DOB>01/01/2010</DOB></HEADER></CHILD>
            </EXPSSDA903>
            """;
        var year = ReturnReader.Read([Files.Text("ssda903.xml", xml)], 2025).Year!;

        Assert.Equal(["1", "0", ""], Enumerable.Range(0, 3).Select(i => year[TableKind.Header].Cell(i, "UASC")));
        Assert.Equal(["1", "M", "15/06/2007", "15/06/2025"], Assert.Single(year[TableKind.UASC].Rows));
    }

    [Fact]
    public void An_xml_bomb_is_refused_without_expanding_it()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <EXPSSDA903><CHILD><HEADER><CHILDID>&lol3;</CHILDID></HEADER></CHILD></EXPSSDA903>
            """;
        var result = ReturnReader.Read([Files.Text("ssda903.xml", bomb)], 2024);

        Assert.Contains(result.Errors, e => e.Message.Contains("not well formed") && e.Message.Contains("DTD"));
        Assert.Null(result.Year);
    }

    [Fact]
    public void Xml_without_the_return_root_or_broken_xml_is_an_error()
    {
        Assert.Contains("no EXPSSDA903 root", Assert.Single(ReturnReader.Read([Files.Text("a.xml", "<OTHER/>")], 2024).Errors).Message);
        Assert.Contains("not well formed", Assert.Single(ReturnReader.Read([Files.Text("b.xml", "<EXPSSDA903><CHILD>")], 2024).Errors).Message);
    }
}
