using System.Globalization;
using CorporateParenting.Ssda903.Places;

namespace CorporateParenting.Ssda903.Tests.Places;

/// <summary>The reference CSV reader's own parts: lines split from blocks of text, and the directory's numbers read without the general parser.</summary>
public sealed class PlacesCsvTests
{
    [Fact]
    public void Rows_are_read_whatever_their_line_breaks_and_wherever_a_block_of_text_ends()
    {
        // Long enough that the 64K-character blocks end inside rows, inside a CRLF pair and inside a quoted field.
        var lines = new List<string>();
        var expected = new List<(string Postcode, string Name)>();
        for (var i = 0; i < 6000; i++)
        {
            var name = i % 7 == 0 ? $"\"Home {i},\nwith \"\"care\"\"\"" : $"Home {i}";
            lines.Add($"NB{i % 90 + 1} {i % 9}AA,{name}");
            expected.Add(($"NB{i % 90 + 1} {i % 9}AA", i % 7 == 0 ? $"Home {i},\nwith \"care\"" : $"Home {i}"));
        }
        foreach (var lineBreak in new[] { "\n", "\r\n", "\r" })
        {
            var text = "pcds,name" + lineBreak + string.Join(lineBreak, lines) + (lineBreak == "\r" ? "" : lineBreak);
            var csv = PlacesCsv.Open("t.csv", new StringReader(text));
            var read = new List<(string, string)>();
            while (csv.Next()) read.Add((csv[csv.Column("pcds")], csv[csv.Column("name")]));
            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public void A_row_in_the_middle_is_named_by_its_first_line()
    {
        var csv = PlacesCsv.Open("t.csv", new StringReader("a,b\r\n1,\"x\r\ny\"\r\n\r\n2,z\r\n3\r\n"));
        Assert.True(csv.Next());
        Assert.True(csv.Next());
        Assert.Equal(("2", 5), (csv[0], csv.Line));
        Assert.Equal("t.csv line 6: this row has 1 fields; the header has 2", Assert.Throws<PlacesFileException>(() => csv.Next()).Message);
    }

    [Fact]
    public void A_plain_decimal_is_read_exactly_as_the_general_parser_reads_it()
    {
        var random = new Random(3);
        for (var i = 0; i < 200_000; i++)
        {
            var fraction = new string([.. Enumerable.Range(0, random.Next(0, 10)).Select(_ => (char)('0' + random.Next(10)))]);
            var text = (random.Next(4) == 0 ? "-" : "") + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture) + (fraction.Length == 0 ? "" : "." + fraction);
            Assert.True(PlacesCsv.TryPlainDecimal(text, out var fast), text);
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), fast);
        }
        foreach (var other in new[] { "", "-", "1e5", "1.2.3", " 1", "+1", "1234567890123456", "NaN" })
            Assert.False(PlacesCsv.TryPlainDecimal(other, out _), other);
    }
}
