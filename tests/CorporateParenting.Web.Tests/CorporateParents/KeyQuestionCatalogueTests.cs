using CorporateParenting.Web.Features.CorporateParents.KeyQuestions;
using CorporateParenting.Web.Features.Performance.Scorecard;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>The one mapping of the booklet's questions to their answers.</summary>
public sealed class KeyQuestionCatalogueTests
{
    [Fact]
    public void The_catalogue_has_the_booklets_nine_areas_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 9), KeyQuestionCatalogue.Areas.Select(a => a.Number));
        Assert.Equal(
            ["The children in our area", "Out-of-borough placements", "Cultural and religious needs", "Disabled children", "Are they safe?",
             "How well do we look after them?", "Are they well supported?", "Support after care", "Resources"],
            KeyQuestionCatalogue.Areas.Select(a => a.Title));
        Assert.All(KeyQuestionCatalogue.Areas, a => Assert.NotEmpty(a.Questions));
    }

    [Fact]
    public void Every_question_has_exactly_one_kind_of_answer_and_an_owner()
    {
        Assert.All(KeyQuestionCatalogue.Questions, q =>
        {
            var sources = (q.Indicators.Count > 0 ? 1 : 0) + (q.Report is not null ? 1 : 0);
            Assert.True(sources <= 1, $"\"{q.Text}\" is answered both from figures and from a report");
            Assert.True(q.Breakdowns.Count == 0 || q.Kind == AnswerKind.Data, $"\"{q.Text}\" has breakdowns but no figures");
            Assert.All(q.Breakdowns, d => Assert.True(IndicatorModel.DimensionNames.ContainsKey(d), $"{d} is not a scorecard breakdown"));
            Assert.False(string.IsNullOrWhiteSpace(q.Owner));
            Assert.EndsWith("?", q.Text);
        });
        Assert.Equal(KeyQuestionCatalogue.Questions.Count(), KeyQuestionCatalogue.Questions.Select(q => q.Text).Distinct().Count());
        // All three kinds are in use: the page's counts mean something.
        Assert.Equal(3, KeyQuestionCatalogue.Questions.Select(q => q.Kind).Distinct().Count());
    }
}
