using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Infrastructure;
using SharedRag = CorporateParenting.Data.Strategy.Rag;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>
/// The scorecard's names for the one RAG type (<see cref="SharedRag"/>, which the action plans store too),
/// so a rating reads the same wherever it is shown (ADR 18).
/// </summary>
public static class RagRating
{
    public const SharedRag None = SharedRag.NotRated;
    public const SharedRag Red = SharedRag.Red;
    public const SharedRag Amber = SharedRag.Amber;
    public const SharedRag Green = SharedRag.Green;
}

/// <summary>Red, amber or green: at or better than target is green, within the tolerance of it amber, beyond it red.</summary>
public static class Rag
{
    public static SharedRag Rate(double? value, double? target, double? tolerance, IndicatorPolarity polarity)
    {
        if (value is not { } v || target is not { } t || polarity == IndicatorPolarity.Neither) return RagRating.None;
        var shortfall = polarity == IndicatorPolarity.HigherIsBetter ? t - v : v - t;
        if (shortfall <= 0) return RagRating.Green;
        return shortfall <= (tolerance ?? 0) ? RagRating.Amber : RagRating.Red;
    }

    public static string Label(SharedRag rating) => DisplayWords.Of(rating);

    /// <summary>GOV.UK tag colour for the rating; the word is always written too, never colour alone.</summary>
    public static string TagClass(SharedRag rating) => DisplayWords.TagClass(rating);
}
