using System.Text;
using CorporateParenting.Ssda903.Reading;

namespace CorporateParenting.Ssda903.Tests.Reading;

/// <summary>
/// The reader takes whole unquoted lines from spans of its block and leaves everything else to the
/// character-by-character reader: on any text, both must give the same records, lines and problems.
/// </summary>
public sealed class CsvFastPathTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Spans_and_characters_read_the_same_records(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "abcXYZ019/ ,,,,\"\r\n\n\té\u00a0";
        for (var i = 0; i < 300; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 600); n > 0; n--)
                text.Append(random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('A' + random.Next(26)));
            // Small blocks and limits so that lines straddle blocks and some records are too long.
            var block = random.Next(4, 64);
            var limit = random.Next(5, 200);
            Assert.Equal(Read(text.ToString(), block, limit, fast: false), Read(text.ToString(), block, limit, fast: true));
        }
    }

    [Fact]
    public void A_generated_table_reads_the_same_both_ways()
    {
        var text = string.Join("\r\n", Enumerable.Range(0, 2_000).Select(i => $"{i},01/04/2024,s ,v2,  N1,u4,PR4,,,,NB21 7MD,nb11 5ls,{i * 7}"));
        Assert.Equal(Read(text, 1 << 12, 100_000, fast: false), Read(text, 1 << 12, 100_000, fast: true));
    }

    private static List<string> Read(string text, int block, int limit, bool fast)
    {
        var records = new CsvRecords(new StringReader(text), limit, block) { FastPath = fast };
        var result = new List<string>();
        var record = new List<string>();
        while (records.TryRead(record)) result.Add($"{records.RecordLine}: {string.Join("|", record)}");
        result.Add($"stopped at line {records.RecordLine}: {records.Problem}");
        return result;
    }
}
