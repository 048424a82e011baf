using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Features.AnnualReports;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Demo.AnnualReports;

/// <summary>
/// The demo board's annual report for the last complete financial year, drafted by the Hub from the demo record with
/// narrative added to every section (wholly invented, like the rest of Northbridge). Left a draft: approval renders the
/// PDF with Chromium, which seeding must not need. Seeded last: it reads everything else. Runs once.
/// </summary>
public sealed class DemoAnnualReportSeeder(HubDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string Author = "Cllr Aisha Brennan, Chair of the Corporate Parenting Board";
    private static string Officer => DemoSeeder.EmailFor(Authorization.HubRoles.All.Single(r => r.Name == Authorization.HubRoles.BoardOfficer));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.AnnualReports.AnyAsync(cancellationToken)) return;
        var today = clock.UkToday();
        var year = AnnualReportWorkflow.YearOf(ReportYearKind.Financial, AnnualReportWorkflow.LastCompleteStartYear(ReportYearKind.Financial, today));
        var now = clock.GetUtcNow().UtcDateTime;
        var report = new AnnualReport
        {
            YearKind = ReportYearKind.Financial, YearStart = year.Start, YearEnd = year.End,
            Title = $"Corporate Parenting Board annual report {year.Label}",
            ReportTo = "Children's Services Overview and Scrutiny Committee", Author = Author, ReportDate = today,
            Narratives = Narrative.Select(n => new AnnualReportNarrative { SectionKey = n.Key, Text = n.Value, UpdatedBy = Officer, UpdatedAtUtc = now }).ToList(),
        };
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A narrative for every section the report has, by key.</summary>
    public static readonly IReadOnlyDictionary<string, string> Narrative = new Dictionary<string, string>
    {
        [AnnualReportSectionKeys.Foreword] =
            "This is my third report to the committee as chair of the Corporate Parenting Board, and the first the Hub has drafted from the board's own record. Every figure in it comes from what the board saw during the year; the words around them are ours.\n\n" +
            "The year asked a lot of our young people and of the people who care for them. Homes closer to Northbridge, steadier schooling and a louder voice for children in care were the themes the board returned to at every meeting, and they remain the themes for the year ahead.\n\n" +
            "I want to thank the members of the Children in Care Council and the Care Leavers' Forum, who hold us to account more sharply than any inspector, and every foster carer in the borough.",
        [AnnualReportSectionKeys.Purpose] =
            "Corporate parenting is the whole council's duty to act for the children it looks after, and for its care leavers, as any good parent would. The board leads that work across the council and its partners: it hears from young people, scrutinises performance, and asks services to account for what they do.\n\n" +
            "The board met in public with its papers published, and reported through the chair to the Leader and, once a year, to this committee.",
        [AnnualReportSectionKeys.Strategy] =
            "The strategy's priorities were written with young people and each has a working group with its own chair. The groups brought their plans to the board in turn, so that every priority had at least one themed discussion during the year.",
        [AnnualReportSectionKeys.ActionPlan] =
            "Most of the action plan moved as intended. Where actions ran late the board asked the lead officer for a revised date and a reason, and the late actions carried forward are named in next year's priorities.",
        [AnnualReportSectionKeys.Achievements] =
            "The achievements the board is proudest of are the ones young people asked for: they came from the Children in Care Council's questions and from the annual survey. Each is listed with the difference it has made so far, as the services reported it.",
        [AnnualReportSectionKeys.Performance] =
            "The scorecard shown is the one the board received nearest the end of the year, with England and similar councils beside our figures. Small numbers are suppressed because this is a public paper.\n\n" +
            "The board's attention this year was on placement stability and on health checks, where we were behind similar councils at the start of the year; the figures show where that has and has not yet changed.",
        [AnnualReportSectionKeys.Voice] =
            "Young people's own groups reported to every meeting and put their questions to the board; the answers are recorded with them. The annual survey gave the wider view, and the \u201cYou said, we did\u201d log shows what changed as a result and what is still outstanding.",
        [AnnualReportSectionKeys.LocalOffer] =
            "The Local Offer sets out what every care leaver in Northbridge is entitled to. Uptake is shown as the services recorded it; the board wants more care leavers to hear about the council tax exemption and the leisure pass, and has asked the Personal Advisers to raise both at every pathway plan review.",
        [AnnualReportSectionKeys.CorporateParents] =
            "Every councillor is a corporate parent. The figures show how many members completed their training and visited a service during the year. Those who have not yet done so have been offered a session before the summer recess.",
        [AnnualReportSectionKeys.Meetings] =
            "The board met as planned, with a themed discussion at most meetings. Attendance is shown by category of member: the board would like more of its partner agencies to attend in person rather than send apologies.",
        [AnnualReportSectionKeys.Recommendations] =
            "The recommendations from inspection and scrutiny are tracked at every meeting. Those still open have an owner and a date, and the board will report their progress to the committee next year.",
        [AnnualReportSectionKeys.Membership] =
            "The board brings together elected members from across the council, senior officers, partners from health, foster carers and care-experienced young people, who sit as full members. The membership below is as it stood at the end of the year.",
        [AnnualReportSectionKeys.NextYear] =
            "Next year the board will keep its strategy's priorities, with two sharper aims: more children living within twenty miles of Northbridge, and every care leaver told in person what the Local Offer gives them. The committee is asked to note this report and the board's priorities for the coming year.",
    };
}
