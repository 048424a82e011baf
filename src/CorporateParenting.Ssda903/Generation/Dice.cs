namespace CorporateParenting.Ssda903.Generation;

/// <summary>
/// A small deterministic random stream (SplitMix64) that gives the same numbers on every machine and
/// runtime, so a seed always writes byte-identical files. Each child has its own, derived from (seed, index).
/// </summary>
internal sealed class Dice(ulong state)
{
    public static Dice For(int seed, int index) => new(Mix((ulong)(uint)seed << 32 | (uint)index));

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private ulong Next() => Mix(state += 0x9E3779B97F4A7C15UL);

    /// <summary>A number in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [min, max).</summary>
    public int Int(int min, int max) => min + (int)(Unit() * (max - min));

    public bool Chance(double p) => Unit() < p;

    /// <summary>An exponentially distributed number with the given mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1 - Unit());

    public double Normal(double mean, double sd) => mean + sd * Math.Sqrt(-2 * Math.Log(1 - Unit())) * Math.Cos(2 * Math.PI * Unit());

    /// <summary>One of the choices, in proportion to its weight.</summary>
    public T Pick<T>(params (T Value, double Weight)[] choices)
    {
        var roll = Unit() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }

    public string Letters(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('A' + Int(0, 26))));

    public string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + Int(0, 10))));
}
