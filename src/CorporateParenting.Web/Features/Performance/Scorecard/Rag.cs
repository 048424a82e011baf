using CorporateParenting.Data.Performance;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

public enum RagRating { None, Red, Amber, Green }

/// <summary>Red, amber or green: at or better than target is green, within the tolerance of it amber, beyond it red.</summary>
public static class Rag
{
    public static RagRating Rate(double? value, double? target, double? tolerance, IndicatorPolarity polarity)
    {
        if (value is not { } v || target is not { } t || polarity == IndicatorPolarity.Neither) return RagRating.None;
        var shortfall = polarity == IndicatorPolarity.HigherIsBetter ? t - v : v - t;
        if (shortfall <= 0) return RagRating.Green;
        return shortfall <= (tolerance ?? 0) ? RagRating.Amber : RagRating.Red;
    }

    public static string Label(RagRating rating) => rating switch
    {
        RagRating.Green => "Green",
        RagRating.Amber => "Amber",
        RagRating.Red => "Red",
        _ => "Not rated",
    };

    /// <summary>GOV.UK tag colour for the rating; the word is always written too, never colour alone.</summary>
    public static string TagClass(RagRating rating) => rating switch
    {
        RagRating.Green => "govuk-tag--green",
        RagRating.Amber => "govuk-tag--yellow",
        RagRating.Red => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}
