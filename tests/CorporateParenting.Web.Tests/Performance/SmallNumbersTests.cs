using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Features.Performance.Scorecard;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>Suppression cases built to leak: each shows how a small number could be worked out, and that it cannot.</summary>
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
    public void One_suppressed_group_among_groups_that_add_up_to_the_total_takes_another_with_it()
    {
        // Total 60 shown. Groups 3, 20, 37: hiding only the 3 leaves 60 - 20 - 37 = 3 on the page.
        var hidden = SmallNumbers.Suppress([new(3, 3), new(20, 20), new(37, 37)], CountShape.Count);

        Assert.Equal([true, true, false], hidden);
        Assert.True(hidden.Count(h => h) >= 2);
    }

    [Fact]
    public void The_second_cell_is_the_smallest_that_still_hides_something()
    {
        var hidden = SmallNumbers.Suppress([new(0, 0), new(40, 40), new(4, 4), new(12, 12)], CountShape.Count);

        // The empty group hides nothing: the 12 goes with the 4.
        Assert.Equal([false, false, true, true], hidden);
    }

    [Fact]
    public void Two_or_more_small_groups_need_no_second_suppression()
    {
        Assert.Equal([true, true, false], SmallNumbers.Suppress([new(2, 2), new(5, 5), new(30, 30)], CountShape.Count));
    }

    [Fact]
    public void Proportions_are_protected_on_numerator_denominator_and_the_rest()
    {
        // 4 of 8 is small, and so is 1 of 3: two groups hidden, so neither can be recovered from the total.
        Assert.Equal([true, false, true], SmallNumbers.Suppress([new(4, 8), new(15, 30), new(1, 3)], CountShape.Proportion));
        // 30 of 33 is not small, but the 3 left out are; with 12 of 40 beside it, that 12 must go too.
        Assert.Equal([true, true], SmallNumbers.Suppress([new(30, 33), new(12, 40)], CountShape.Proportion));
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
