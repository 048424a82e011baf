using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Features.AnnualReports;
using CorporateParenting.Web.Features.AnnualReports.Sections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CorporateParenting.Web.Tests.AnnualReports;

/// <summary>
/// The demo council with the report's sections replaced by the Foreword and two small test sections, so these tests
/// exercise the drafting and the workflow whatever the real sections say.
/// </summary>
public sealed class AnnualReportHub() : HubFactory(DatabaseProvider.Sqlite, seededOnce: true)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAnnualReportSection>();
            services.AddScoped<IAnnualReportSection, ForewordSection>();
            services.AddScoped<IAnnualReportSection, BoardSizeTestSection>();
            services.AddScoped<IAnnualReportSection, MeetingsTestSection>();
        });
    }
}

/// <summary>A figure from the record (current board members, counted today) with its source and a headline.</summary>
public sealed class BoardSizeTestSection(HubDbContext db) : IAnnualReportSection
{
    public const string SectionTitle = "The board's members (test)";
    public const string Label = "Board members";
    public string Key => AnnualReportSectionKeys.Membership;
    public int Order => 120;
    public string Title => SectionTitle;
    public string NarrativePrompt => "Say who sits on the board.";

    public static Task<int> CountAsync(HubDbContext db) => db.BoardMembers.CountAsync(m => m.TermEnd == null);

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var count = (await CountAsync(db)).ToString();
        return new SectionDraft([new DraftBlock(new PackKeyValues([(Label, count)]), new ReportSource("Board membership", "/Governance/Members"))], [new ReportHeadline(Label, count)]);
    }
}

/// <summary>A table of the year's meetings, so a headline differs between years.</summary>
public sealed class MeetingsTestSection(HubDbContext db) : IAnnualReportSection
{
    public const string SectionTitle = "Meetings in the year (test)";
    public const string Label = "Meetings held";
    public string Key => AnnualReportSectionKeys.Meetings;
    public int Order => 100;
    public string Title => SectionTitle;
    public string NarrativePrompt => "Say how the meetings went.";

    public async Task<SectionDraft> DraftAsync(ReportYear year, CancellationToken cancellationToken)
    {
        var dates = await db.Meetings.Where(m => m.Date >= year.Start && m.Date <= year.End).Select(m => m.Date).ToListAsync(cancellationToken);
        var label = year.Start.Year % 2 == 0 ? "even" : "odd";
        return new SectionDraft(
            [new DraftBlock(new PackTable("Meetings", ["Date"], dates.Order().Select(d => (IReadOnlyList<string>)[d.ToString("d MMMM yyyy")]).ToList()), new ReportSource("Meetings", "/Governance/Meetings"))],
            [new ReportHeadline(Label, dates.Count.ToString()), new ReportHeadline("Kind of year (test)", label)]);
    }
}
