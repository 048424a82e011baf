namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>A count and its cohort, as a breakdown cell or a headline.</summary>
public readonly record struct Counts(int? Numerator, int? Denominator);

/// <summary>What a measure's numbers are, which decides what can give a small number away.</summary>
public enum CountShape
{
    /// <summary>A count of children: the numerator is the figure.</summary>
    Count,
    /// <summary>Numerator out of denominator: the numerator, the denominator and those not counted can all be small.</summary>
    Proportion,
    /// <summary>An average over the children counted: an average of a few children describes them.</summary>
    Average,
    /// <summary>Children per 10,000 of the population: only the count of children can be small.</summary>
    Rate,
}

/// <summary>
/// Statistical disclosure control for viewers who may not see child-level data: counts from 1 to 5 are
/// shown as "c" (primary suppression), and where the groups of a breakdown add up to a shown total, a
/// second cell is suppressed so that the first cannot be worked out by subtraction (secondary suppression).
/// Anything built on a suppressed count (a percentage, a rate, an average) is hidden with it.
/// </summary>
public static class SmallNumbers
{
    public const int Largest = 5;
    public const string Symbol = "c";

    public static bool IsSmall(int? count) => count is >= 1 and <= Largest;

    /// <summary>Primary suppression of one cell.</summary>
    public static bool Discloses(Counts cell, CountShape shape) => shape switch
    {
        CountShape.Proportion => IsSmall(cell.Numerator) || IsSmall(cell.Denominator) || IsSmall(cell.Denominator - cell.Numerator),
        _ => IsSmall(cell.Numerator),
    };

    /// <summary>Which groups of a breakdown to suppress, given that the whole is published beside them.</summary>
    public static bool[] Suppress(IReadOnlyList<Counts> groups, CountShape shape)
    {
        var suppressed = groups.Select(g => Discloses(g, shape)).ToArray();
        // One hidden group among groups that add up to a shown total is no secret: hide the next smallest too.
        if (suppressed.Count(s => s) == 1 && groups.Count > 1)
        {
            var next = Enumerable.Range(0, groups.Count)
                .Where(i => !suppressed[i] && (groups[i].Denominator ?? groups[i].Numerator ?? 0) > 0)
                .OrderBy(i => groups[i].Denominator ?? groups[i].Numerator)
                .ThenBy(i => groups[i].Numerator)
                .Cast<int?>().FirstOrDefault();
            if (next is { } i) suppressed[i] = true;
        }
        return suppressed;
    }
}
