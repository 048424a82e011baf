using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.Performance.Scorecard;

namespace CorporateParenting.Web.Tests.Disclosure;

/// <summary>Primary suppression and ratings: what one figure on its own may show.</summary>
public sealed class SmallNumbersTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Counts_from_1_to_5_are_suppressed_and_zero_is_not(int count, bool suppressed) =>
        Assert.Equal(suppressed, SmallNumbers.Discloses(new Counts(count, count), CountShape.Count));

    [Fact]
    public void A_proportion_that_leaves_out_only_a_few_children_gives_them_away()
    {
        // 48 of 50 in touch: the 2 not in touch are as small a number as 2 in touch would be.
        Assert.True(SmallNumbers.Discloses(new Counts(48, 50), CountShape.Proportion));
        Assert.True(SmallNumbers.Discloses(new Counts(0, 4), CountShape.Proportion));   // 0% of 4 children describes all four
        Assert.False(SmallNumbers.Discloses(new Counts(20, 50), CountShape.Proportion));
    }

    [Fact]
    public void Averages_of_a_few_children_are_not_shown() =>
        Assert.True(SmallNumbers.Discloses(new Counts(3, 3), CountShape.Average));

    [Theory]
    [InlineData(80.0, 75.0, 5.0, IndicatorPolarity.HigherIsBetter, RagRating.Green)]
    [InlineData(72.0, 75.0, 5.0, IndicatorPolarity.HigherIsBetter, RagRating.Amber)]
    [InlineData(69.9, 75.0, 5.0, IndicatorPolarity.HigherIsBetter, RagRating.Red)]
    [InlineData(9.0, 10.0, 2.0, IndicatorPolarity.LowerIsBetter, RagRating.Green)]
    [InlineData(12.0, 10.0, 2.0, IndicatorPolarity.LowerIsBetter, RagRating.Amber)]
    [InlineData(12.1, 10.0, 2.0, IndicatorPolarity.LowerIsBetter, RagRating.Red)]
    [InlineData(50.0, 10.0, 2.0, IndicatorPolarity.Neither, RagRating.None)]
    public void Ratings_follow_target_tolerance_and_polarity(double value, double target, double tolerance, IndicatorPolarity polarity, CorporateParenting.Data.Strategy.Rag expected) =>
        Assert.Equal(expected, Rag.Rate(value, target, tolerance, polarity));
}
