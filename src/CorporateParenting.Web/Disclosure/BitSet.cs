using System.Numerics;

namespace CorporateParenting.Web.Disclosure;

/// <summary>A set of children by index, compared by content, so that cells counting the same children are one count.</summary>
/// <remarks>England's size has about 200,000 children a year and thousands of cells: the loops are plain and the count is kept.</remarks>
public sealed class BitSet : IEquatable<BitSet>
{
    private readonly ulong[] _words;
    private int _count = -1;

    public BitSet(int size) => _words = new ulong[(size + 63) / 64];

    private BitSet(ulong[] words) => _words = words;

    public void Add(int index)
    {
        _words[index >> 6] |= 1UL << (index & 63);
        _count = -1;
    }

    public int Count
    {
        get
        {
            if (_count >= 0) return _count;
            var count = 0;
            foreach (var w in _words) count += BitOperations.PopCount(w);
            return _count = count;
        }
    }

    public bool IsEmpty => Count == 0;

    public bool Intersects(BitSet other)
    {
        var (mine, theirs) = (_words, other._words);
        for (var i = 0; i < mine.Length; i++) if ((mine[i] & theirs[i]) != 0) return true;
        return false;
    }

    public bool IsSubsetOf(BitSet other)
    {
        var (mine, theirs) = (_words, other._words);
        for (var i = 0; i < mine.Length; i++) if ((mine[i] & ~theirs[i]) != 0) return false;
        return true;
    }

    public static BitSet Except(BitSet left, BitSet right)
    {
        var words = new ulong[left._words.Length];
        for (var i = 0; i < words.Length; i++) words[i] = left._words[i] & ~right._words[i];
        return new BitSet(words);
    }

    public bool Equals(BitSet? other) => other is not null && _words.AsSpan().SequenceEqual(other._words);

    public override bool Equals(object? obj) => Equals(obj as BitSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_words.AsSpan()));
        return hash.ToHashCode();
    }
}
