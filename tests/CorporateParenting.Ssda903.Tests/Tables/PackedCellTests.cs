using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Tests.Tables;

public class PackedCellTests
{
    [Fact]
    public void Cells_of_every_length_pack_as_one_character_at_a_time_would()
    {
        // Lengths 0 to 17 from characters that test every branch: upper and lower case, digits, the space and control
        // characters trimming would remove, the characters either side of 'a' and 'z', and non-ASCII ones.
        const string Alphabet = "AZ09/ -`a{zq\t\u007f\u0080é\u4e00";
        var random = new Random(903);
        for (var n = 0; n < 20_000; n++)
        {
            var cell = new string([.. Enumerable.Range(0, random.Next(18)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            foreach (var asIs in new[] { false, true })
            {
                var expected = OneAtATime(cell, asIs, out var a, out var b);
                Assert.Equal(expected, ColumnBuilder.TryPack(cell, out var packedA, out var packedB, asIs));
                if (expected) Assert.Equal((a, b), (packedA, packedB));
            }
        }
    }

    /// <summary>What TryPack means: at most 15 ASCII characters, a byte each, the first eight in A, the rest and the length in B.</summary>
    private static bool OneAtATime(string cell, bool asIs, out ulong a, out ulong b)
    {
        a = 0;
        b = (ulong)cell.Length << 56;
        if (cell.Length > 15) return false;
        if (asIs && (cell.Length == 0 || cell[0] <= ' ' || cell[^1] <= ' ' || cell.Any(char.IsAsciiLetterLower))) return false;
        if (cell.Any(c => c > 127)) return false;
        for (var i = 0; i < cell.Length; i++)
            if (i < 8) a |= (ulong)cell[i] << (i * 8);
            else b |= (ulong)cell[i] << ((i - 8) * 8);
        return true;
    }
}
