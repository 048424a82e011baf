using System.Numerics;

namespace CorporateParenting.Web.Disclosure;

/// <summary>A set of children by index, compared by content, so that cells counting the same children are one count.</summary>
public sealed class BitSet : IEquatable<BitSet>
{
    private readonly ulong[] _words;

    public BitSet(int size) => _words = new ulong[(size + 63) / 64];

    private BitSet(ulong[] words) => _words = words;

    public void Add(int index) => _words[index >> 6] |= 1UL << (index & 63);

    public int Count => _words.Sum(w => BitOperations.PopCount(w));

    public bool IsEmpty => _words.All(w => w == 0);

    public bool Intersects(BitSet other)
    {
        for (var i = 0; i < _words.Length; i++) if ((_words[i] & other._words[i]) != 0) return true;
        return false;
    }

    public bool IsSubsetOf(BitSet other)
    {
        for (var i = 0; i < _words.Length; i++) if ((_words[i] & ~other._words[i]) != 0) return false;
        return true;
    }

    public static BitSet Except(BitSet left, BitSet right) => new(left._words.Zip(right._words, (l, r) => l & ~r).ToArray());

    public bool Equals(BitSet? other) => other is not null && _words.AsSpan().SequenceEqual(other._words);

    public override bool Equals(object? obj) => Equals(obj as BitSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var w in _words) hash.Add(w);
        return hash.ToHashCode();
    }
}
