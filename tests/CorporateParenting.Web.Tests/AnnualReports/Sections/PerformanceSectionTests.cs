using System.Text.Json;
using CorporateParenting.Data;
using CorporateParenting.Testing;
using CorporateParenting.Web.Features.AnnualReports;
using CorporateParenting.Web.Features.Performance.Scorecard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CorporateParenting.Web.Tests.AnnualReports.Sections.SectionTestSupport;

namespace CorporateParenting.Web.Tests.AnnualReports.Sections;

/// <summary>The performance headline on the demo with its 903 years imported and a scorecard published.</summary>
public sealed class PerformanceSectionTests(PerformanceHub hub) : IClassFixture<PerformanceHub>
{
    [Fact]
    public async Task The_scorecard_of_the_years_own_figures_published_nearest_the_year_end_is_shown_as_restricted_viewers_see_it()
    {
        var year = LastCompleteFinancialYear();
        var all = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().PublishedScorecards.AsNoTracking().ToListAsync());
        var near = all.Where(p => Math.Abs(p.MeetingDate.DayNumber - year.End.DayNumber) <= 366).ToList();
        // The demo published the year before's figures for a meeting nearer the year end than the one with the year's own.
        Assert.Contains(near, p => p.Year != year.End.Year);
        var nearest = near.Where(p => p.Year == year.End.Year).MinBy(p => Math.Abs(p.MeetingDate.DayNumber - year.End.DayNumber));
        Assert.NotNull(nearest);
        var card = JsonSerializer.Deserialize<Scorecard>(nearest.Suppressed)!;
        var full = JsonSerializer.Deserialize<Scorecard>(nearest.Full)!;

        var draft = await DraftAsync(hub, AnnualReportSectionKeys.Performance, year);
        var rows = Tables(draft).Single().Rows;
        Assert.Equal(card.Lines.Select(l => new[] { l.Name, l.This.Text, l.England, l.Neighbours }), rows.Select(r => r.Take(4).ToArray()));
        Assert.Equal(card.Lines.Count.ToString("N0"), Headline(draft, "Indicators"));
        Assert.Contains(draft.Blocks, b => b.Source?.Path == $"/Performance/Published/{nearest.Id}");
        // Wherever the full copy differs, the report has the suppressed figure.
        for (var i = 0; i < card.Lines.Count; i++)
            if (card.Lines[i].This.Suppressed) Assert.Equal("c", rows[i][1]);
        Assert.True(full.Lines.Count == card.Lines.Count);
    }
}
