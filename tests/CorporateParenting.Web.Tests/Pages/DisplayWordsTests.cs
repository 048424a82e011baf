using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Infrastructure;
using SharedRag = CorporateParenting.Data.Strategy.Rag;
using ScorecardRag = CorporateParenting.Web.Features.Performance.Scorecard.Rag;

namespace CorporateParenting.Web.Tests.Pages;

/// <summary>Display words in one place (ADR 18): one RAG type, one set of status words, one date helper.</summary>
public sealed class DisplayWordsTests
{
    [Theory]
    [InlineData(80.0, SharedRag.Green, "Green", "govuk-tag--green")]
    [InlineData(72.0, SharedRag.Amber, "Amber", "govuk-tag--yellow")]
    [InlineData(60.0, SharedRag.Red, "Red", "govuk-tag--red")]
    public void The_scorecard_rates_in_the_same_rag_type_and_words_as_the_action_plans(double value, SharedRag expected, string word, string tag)
    {
        var rating = ScorecardRag.Rate(value, 75, 5, IndicatorPolarity.HigherIsBetter);
        Assert.Equal(expected, rating);
        Assert.Equal((word, tag), (ScorecardRag.Label(rating), ScorecardRag.TagClass(rating)));
        Assert.Equal((word, tag), (DisplayWords.Of(expected), DisplayWords.TagClass(expected)));
    }

    [Fact]
    public void Not_rated_reads_the_same_everywhere()
    {
        var rating = ScorecardRag.Rate(null, 75, 5, IndicatorPolarity.HigherIsBetter);
        Assert.Equal(SharedRag.NotRated, rating);
        Assert.Equal(("Not rated", "govuk-tag--grey"), (ScorecardRag.Label(rating), DisplayWords.TagClass(SharedRag.NotRated)));
    }

    [Fact]
    public void A_paper_is_received_overdue_or_due()
    {
        var today = new DateOnly(2030, 1, 10);
        ReportRequest Paper(DateOnly due, DateTime? received = null) => new() { Title = "t", Owner = "o", DueDate = due, ReceivedAtUtc = received };
        Assert.Equal(("Received", "govuk-tag--green"), DisplayWords.PaperStatus(Paper(today.AddDays(-5), new DateTime(2030, 1, 1)), today));
        Assert.Equal(("Overdue", "govuk-tag--red"), DisplayWords.PaperStatus(Paper(today.AddDays(-1)), today));
        Assert.Equal(("Due", "govuk-tag--grey"), DisplayWords.PaperStatus(Paper(today.AddDays(3)), today));
    }

    [Theory]
    [InlineData(14, 0, "2pm")]
    [InlineData(14, 30, "2:30pm")]
    [InlineData(9, 5, "9:05am")]
    [InlineData(12, 0, "12pm")]
    [InlineData(0, 15, "12:15am")]
    public void Times_of_day_are_written_the_gov_uk_way(int hour, int minute, string expected) =>
        Assert.Equal(expected, DateDisplay.Time(new TimeOnly(hour, minute)));

    [Fact]
    public void Files_read_back_by_machines_get_iso_dates() => Assert.Equal("2024-07-03", DateDisplay.Iso(new DateOnly(2024, 7, 3)));
}
