using System.Text;
using CorporateParenting.Ssda903.Reading;

namespace CorporateParenting.Ssda903.Tests.Reading;

/// <summary>
/// Bounded fuzzing in the normal test run: random bytes and mutations of valid CSV and XML, each read
/// with small limits. Whatever the input, the reader returns a year or errors; it never throws.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly string ValidCsv = File.ReadAllText(Path.Combine(Files.ExamplesFolder, "episodes.csv"));
    private static readonly string ValidXml =
        "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><SEX>M</SEX><DOB>01/01/2010</DOB></HEADER>" +
        "<EPISODES><EPISODE><DECOM>01/05/2023</DECOM><RNE>S</RNE><PL>U1</PL></EPISODE></EPISODES></CHILD></EXPSSDA903>";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void No_input_makes_the_reader_throw(int seed)
    {
        var random = new Random(seed);
        var limits = new ReadLimits(MaxFileBytes: 200_000, MaxRecordChars: 2_000, MaxErrors: 50);
        for (var i = 0; i < 150; i++)
        {
            var (name, bytes) = (i % 3) switch
            {
                0 => ("random.csv", RandomBytes(random, random.Next(0, 4_000))),
                1 => ("episodes.csv", Mutate(random, Encoding.UTF8.GetBytes(ValidCsv))),
                _ => ("ssda903.xml", Mutate(random, Encoding.UTF8.GetBytes(ValidXml))),
            };
            var result = ReturnReader.Read([Files.Bytes(name, bytes)], random.Next(2) == 0 ? 2024 : null, limits);

            Assert.True(result.Year is not null || result.Errors.Count > 0, $"seed {seed}, case {i}: neither a year nor an error");
            Assert.True(result.Errors.Count <= limits.MaxErrors + 5, $"seed {seed}, case {i}: {result.Errors.Count} errors");
        }
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Flips, inserts, deletes and duplicates bytes, sometimes adding quotes, commas, line breaks or angle brackets.</summary>
    private static byte[] Mutate(Random random, byte[] input)
    {
        var bytes = input.ToList();
        var specials = "\",\r\n<>&;\0\uFEFF"u8.ToArray();
        for (var m = random.Next(1, 20); m > 0 && bytes.Count > 0; m--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.Insert(at, specials[random.Next(specials.Length)]); break;
                case 2: bytes.RemoveAt(at); break;
                case 3: bytes.InsertRange(at, bytes.Skip(at).Take(random.Next(1, 200)).ToList()); break;
                default: bytes.InsertRange(at, Enumerable.Repeat((byte)'X', random.Next(1, 3_000))); break;
            }
        }
        return [.. bytes];
    }
}
