namespace CorporateParenting.Web.Disclosure;

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
/// Primary suppression for viewers who may not see child-level data: counts from 1 to 5 are shown as "c",
/// and anything built on such a count (a percentage, a rate, an average) is hidden with it. Secondary
/// suppression, which stops a hidden count being worked out from the rest, is <see cref="DisclosureProtection"/>.
/// </summary>
public static class SmallNumbers
{
    public const int Largest = 5;
    public const string Symbol = "c";

    /// <summary>What an indicator's unit says about its numbers.</summary>
    public static CountShape ShapeOf(string unit) => unit switch
    {
        "%" => CountShape.Proportion,
        "children" => CountShape.Count,
        "per 10,000" => CountShape.Rate,
        _ => CountShape.Average,
    };

    /// <summary>
    /// Whether a stored figure is shown as "c" to a viewer without child access: the pattern decided when the
    /// figures were computed (<see cref="IndicatorDisclosure"/>), and primary suppression for figures entered by hand.
    /// </summary>
    public static bool HiddenFromRestricted(int? numerator, int? denominator, string unit, bool hiddenByPattern) =>
        hiddenByPattern || Discloses(new Counts(numerator, denominator), ShapeOf(unit));

    public static bool IsSmall(int? count) => count is >= 1 and <= Largest;

    /// <summary>Primary suppression of one cell.</summary>
    public static bool Discloses(Counts cell, CountShape shape) => shape switch
    {
        CountShape.Proportion => IsSmall(cell.Numerator) || IsSmall(cell.Denominator) || IsSmall(cell.Denominator - cell.Numerator),
        _ => IsSmall(cell.Numerator),
    };
}
