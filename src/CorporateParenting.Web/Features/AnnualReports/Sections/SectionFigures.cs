using System.Globalization;
using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.AnnualReports.Sections;

/// <summary>What the sections share: how a count is written, the plain "nothing recorded" block, and which strategy was in force.</summary>
internal static class SectionFigures
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// A count of meetings, actions, board members, councillors or records: not of children, so shown as the record and its
    /// page have it. Counts of children reach the report already protected (<see cref="Voice.Results.SurveyResults"/>, the
    /// published scorecard's suppressed copy) or through <see cref="SmallNumbers"/> (achievements' impact figures).
    /// </summary>
    public static string Count(int count) => count.ToString("N0", EnglishUk);

    /// <summary>The plain sentence a section gives for a year with nothing recorded, in place of failing or an empty table.</summary>
    public static DraftBlock Nothing(string text) => new(new PackParagraph(text));

    public static IReadOnlySet<int> Numeric(params int[] columns) => columns.ToHashSet();

    /// <summary>
    /// The strategy in force on a day: the latest-starting one whose period covers the day's calendar year (periods are
    /// held in whole years), as the strategy pages show the latest.
    /// </summary>
    public static async Task<StrategyPlan?> StrategyInForceAsync(HubDbContext db, DateOnly day, CancellationToken cancellationToken) =>
        await db.Strategies.AsNoTracking().Where(s => s.StartYear <= day.Year && s.EndYear >= day.Year)
            .OrderByDescending(s => s.StartYear).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
}
