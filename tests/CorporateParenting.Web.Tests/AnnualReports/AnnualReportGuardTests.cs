using CorporateParenting.Data;
using CorporateParenting.Data.AnnualReports;
using CorporateParenting.Web.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.AnnualReports;

/// <summary>
/// The annual report straight against the database, on both providers: once approved its narrative cannot change; once
/// submitted nothing of it can, whoever writes it; the kept files are never rewritten in place.
/// </summary>
public sealed class AnnualReportGuardTests
{
    private static async Task<(int ReportId, int NarrativeId)> ApprovedReportAsync(DataTestContext data)
    {
        await using var db = data.Create();
        var report = new AnnualReport { YearKind = ReportYearKind.Financial, YearStart = new(2024, 4, 1), YearEnd = new(2025, 3, 31), Title = "Annual report 2024-25", ReportTo = "O&S", Author = "Chair", ReportDate = new(2025, 6, 1) };
        report.Narratives.Add(new AnnualReportNarrative { SectionKey = "foreword", Text = "Words.", UpdatedBy = "officer" });
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync();
        (report.ApprovedBy, report.ApprovedAtUtc) = ("Chair", DateTime.UtcNow);
        db.AnnualReportFiles.Add(new AnnualReportFiles { ReportId = report.Id, PageCount = 3, PdfFileName = "r.pdf", Pdf = [1], PdfSha256 = "a", WordFileName = "r.docx", Word = [2], WordSha256 = "b", ApprovedContent = "{}" });
        await db.SaveChangesAsync();   // approving and keeping the files in one save is allowed: the report was a draft before it
        return (report.Id, report.Narratives.Single().Id);
    }

    private static async Task<string> RefusedAsync(DataTestContext data, Func<HubDbContext, Task> change)
    {
        await using var db = data.Create();
        await change(db);
        return (await Assert.ThrowsAsync<AnnualReportRuleException>(() => db.SaveChangesAsync())).Message;
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task An_approved_reports_narrative_cannot_change_but_it_can_return_to_draft(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        var (id, narrativeId) = await ApprovedReportAsync(data);
        Assert.Contains("approved", await RefusedAsync(data, async db => (await db.AnnualReportNarratives.SingleAsync(n => n.Id == narrativeId)).Text = "Rewritten."));
        Assert.Contains("approved", await RefusedAsync(data, db => { db.AnnualReportNarratives.Add(new AnnualReportNarrative { ReportId = id, SectionKey = "purpose", Text = "More.", UpdatedBy = "officer" }); return Task.CompletedTask; }));
        Assert.Contains("approved", await RefusedAsync(data, async db => db.AnnualReportNarratives.Remove(await db.AnnualReportNarratives.SingleAsync(n => n.Id == narrativeId))));
        Assert.Contains("kept files", await RefusedAsync(data, async db => (await db.AnnualReportFiles.SingleAsync(f => f.ReportId == id)).Pdf = [9]));

        await using (var db = data.Create())
        {
            Assert.Equal("Words.", (await db.AnnualReportNarratives.SingleAsync(n => n.Id == narrativeId)).Text);
            Assert.Equal([1], (await db.AnnualReportFiles.SingleAsync(f => f.ReportId == id)).Pdf);
            // Return to draft: the approval cleared and the files deleted in one save; then the narrative moves again.
            var report = await db.AnnualReports.SingleAsync(r => r.Id == id);
            (report.ApprovedBy, report.ApprovedAtUtc) = (null, null);
            db.AnnualReportFiles.Remove(await db.AnnualReportFiles.SingleAsync(f => f.ReportId == id));
            await db.SaveChangesAsync();
            (await db.AnnualReportNarratives.SingleAsync(n => n.Id == narrativeId)).Text = "Rewritten in draft.";
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task A_submitted_report_its_narrative_and_its_files_cannot_be_changed_or_deleted(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        var (id, narrativeId) = await ApprovedReportAsync(data);
        await using (var db = data.Create())
        {
            var report = await db.AnnualReports.SingleAsync(r => r.Id == id);
            (report.SubmittedOn, report.SubmittedBy, report.SubmittedAtUtc) = (new DateOnly(2025, 7, 1), "officer", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        Func<HubDbContext, Task>[] changes =
        [
            async db => (await db.AnnualReports.SingleAsync(r => r.Id == id)).Title = "Rewritten",
            async db => (await db.AnnualReports.SingleAsync(r => r.Id == id)).SubmittedAtUtc = null,
            async db => { var r = await db.AnnualReports.SingleAsync(r => r.Id == id); (r.ApprovedBy, r.ApprovedAtUtc) = (null, null); },
            async db => db.AnnualReports.Remove(await db.AnnualReports.SingleAsync(r => r.Id == id)),
            async db => (await db.AnnualReportNarratives.SingleAsync(n => n.Id == narrativeId)).Text = "Rewritten.",
            async db => db.AnnualReportNarratives.Remove(await db.AnnualReportNarratives.SingleAsync(n => n.Id == narrativeId)),
            async db => db.AnnualReportFiles.Remove(await db.AnnualReportFiles.SingleAsync(f => f.ReportId == id)),
        ];
        foreach (var change in changes) Assert.Contains("submitted", await RefusedAsync(data, change));

        await using var check = data.Create();
        var stored = await check.AnnualReports.Include(r => r.Narratives).SingleAsync(r => r.Id == id);
        Assert.Equal(("Annual report 2024-25", AnnualReportStatus.Submitted, "Words."), (stored.Title, stored.Status, stored.Narratives.Single().Text));
        Assert.True(await check.AnnualReportFiles.AnyAsync(f => f.ReportId == id));
    }
}
