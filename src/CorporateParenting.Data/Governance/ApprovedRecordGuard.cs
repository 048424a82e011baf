using CorporateParenting.Data.AnnualReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CorporateParenting.Data.Governance;

/// <summary>
/// The last line behind <see cref="Meeting"/>'s rules: at save time, refuses any change to an
/// approved meeting's date and details, agenda, attendance, minutes and decisions, or the actions it
/// agreed (their progress, status and due date move on through dated updates), and any change to an
/// issued pack; and any change to a published edition of the Local Offer (<see cref="LocalOffer.PublishedOfferGuard"/>). "Approved" is read as stored before this save, so the save that approves minutes may
/// still carry their last edits. Registered on every context (<see cref="DatabaseSetup.Configure"/>),
/// so no page, job or script can forget it.
/// </summary>
public sealed class ApprovedRecordGuard : SaveChangesInterceptor
{
    public static readonly ApprovedRecordGuard Instance = new();

    /// <summary>What an update to an agreed action may change: the progress it records.</summary>
    private static readonly HashSet<string> ActionProgress = [nameof(BoardAction.Status), nameof(BoardAction.DueDate)];

    /// <summary>
    /// What may change on an approved meeting's agenda item: the link to the strategy priority it
    /// discussed, a cross-reference the strategy keeps (set when a plan is adopted after the meeting),
    /// not part of what the board minuted.
    /// </summary>
    private static readonly HashSet<string> ItemCrossReferences = [nameof(AgendaItem.PriorityId)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            var changed = PendingChanges.Of(context);
            var ids = Touched(changed);
            Check(changed, ids.Count == 0 ? [] : Approved(context, ids).ToDictionary(m => m.Id, m => m.Date));
            var reports = TouchedReports(changed);
            CheckReports(changed, reports.Count == 0 ? [] : StoredReports(context, reports).ToDictionary(r => r.Id, r => r.Status));
            LocalOffer.PublishedOfferGuard.Check(context, changed);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var changed = PendingChanges.Of(context);
            Check(changed, await ApprovedAsync(context, Touched(changed), cancellationToken));
            var reports = TouchedReports(changed);
            CheckReports(changed, reports.Count == 0 ? [] : await StoredReports(context, reports).ToDictionaryAsync(r => r.Id, r => r.Status, cancellationToken));
            await LocalOffer.PublishedOfferGuard.CheckAsync(context, changed, cancellationToken);
        }
        return result;
    }

    /// <summary>The meetings whose record this save touches: their own rows and their children's, before and after.</summary>
    private static HashSet<int> Touched(List<EntityEntry> changed)
    {
        var ids = new HashSet<int>();
        foreach (var entry in changed)
        {
            if (entry.Entity is Meeting && entry.State != EntityState.Added) ids.Add((int)entry.Property(nameof(Meeting.Id)).OriginalValue!);
            else if (entry.Metadata.FindProperty("MeetingId") is not null && entry.Entity is AgendaItem or Attendance or Resolution or BoardAction or IssuedPack)
            {
                ids.Add((int)entry.Property("MeetingId").CurrentValue!);
                if (entry.State != EntityState.Added) ids.Add((int)entry.Property("MeetingId").OriginalValue!);
            }
        }
        return ids;
    }

    private static bool OnlyChanged(EntityEntry entry, HashSet<string> allowed) =>
        entry.State == EntityState.Modified && entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).All(p => allowed.Contains(p.Metadata.Name));

    /// <summary>Approval as stored: a tracked meeting being approved in this save does not count yet.</summary>
    private static IQueryable<Meeting> Approved(DbContext context, HashSet<int> ids) =>
        context.Set<Meeting>().AsNoTracking().Where(m => ids.Contains(m.Id) && m.MinutesApprovedAtUtc != null);

    private static async Task<Dictionary<int, DateOnly>> ApprovedAsync(DbContext context, HashSet<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await Approved(context, ids).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);

    private static void Check(List<EntityEntry> changed, Dictionary<int, DateOnly> approved)
    {
        foreach (var entry in changed)
        {
            if (entry.Entity is IssuedPack && entry.State != EntityState.Added)
                throw new MeetingRuleException("An issued pack is the record of what the board was sent: it cannot be changed or deleted");
            if (approved.Count == 0) continue;
            var what = entry.Entity switch
            {
                Meeting => "date and details",
                AgendaItem when OnlyChanged(entry, ItemCrossReferences) => null,
                AgendaItem => "agenda and minutes",
                Attendance => "attendance",
                Resolution => "decisions",
                BoardAction when OnlyChanged(entry, ActionProgress) => null,
                BoardAction => "agreed actions",
                _ => null,
            };
            if (what is null) continue;
            var meetingId = entry.Entity is Meeting ? (int)entry.Property(nameof(Meeting.Id)).OriginalValue! : (int)entry.Property("MeetingId").OriginalValue!;
            var newMeetingId = entry.Entity is Meeting ? meetingId : (int)entry.Property("MeetingId").CurrentValue!;
            var id = approved.ContainsKey(meetingId) ? meetingId : newMeetingId;
            if (!approved.TryGetValue(id, out var date)) continue;
            if (entry.Entity is Meeting && entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))) continue;
            throw new MeetingRuleException(
                $"The minutes of the meeting on {date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} are approved: its {what} can no longer change");
        }
    }

    /// <summary>The annual reports this save touches: their own rows, their narratives and their kept files.</summary>
    private static HashSet<int> TouchedReports(List<EntityEntry> changed)
    {
        var ids = new HashSet<int>();
        foreach (var entry in changed)
        {
            if (entry.Entity is AnnualReport && entry.State != EntityState.Added) ids.Add((int)entry.Property(nameof(AnnualReport.Id)).OriginalValue!);
            else if (entry.Entity is AnnualReportNarrative or AnnualReportFiles)
            {
                ids.Add((int)entry.Property("ReportId").CurrentValue!);
                if (entry.State != EntityState.Added) ids.Add((int)entry.Property("ReportId").OriginalValue!);
            }
        }
        return ids;
    }

    private sealed record StoredReport(int Id, ReportStage Status);
    private enum ReportStage { Draft, Approved, Submitted }

    /// <summary>Each report's stage as stored before this save: the save that approves or submits it is judged on the stage it leaves.</summary>
    private static IQueryable<StoredReport> StoredReports(DbContext context, HashSet<int> ids) =>
        context.Set<AnnualReport>().AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new StoredReport(r.Id, r.SubmittedAtUtc != null ? ReportStage.Submitted : r.ApprovedAtUtc != null ? ReportStage.Approved : ReportStage.Draft));

    /// <summary>
    /// A submitted report, its narrative and its files never change; an approved report's narrative does not
    /// change (its files were made from it), though returning it to draft may clear the approval and delete the files.
    /// Kept files are never rewritten in place: they are made once at approval.
    /// </summary>
    private static void CheckReports(List<EntityEntry> changed, Dictionary<int, ReportStage> stored)
    {
        foreach (var entry in changed)
        {
            if (entry.Entity is AnnualReportFiles && entry.State == EntityState.Modified)
                throw new AnnualReportRuleException("An annual report's kept files are the report as approved: they cannot be changed, only made again after a return to draft");
            var id = entry.Entity switch
            {
                AnnualReport when entry.State != EntityState.Added => (int)entry.Property(nameof(AnnualReport.Id)).OriginalValue!,
                AnnualReportNarrative or AnnualReportFiles => (int)entry.Property("ReportId").CurrentValue!,
                _ => (int?)null,
            };
            if (id is null || !stored.TryGetValue(id.Value, out var stage)) continue;
            if (stage == ReportStage.Submitted)
                throw new AnnualReportRuleException("The annual report has been submitted to the committee: it, its narrative and its files can no longer be changed or deleted");
            if (stage == ReportStage.Approved && entry.Entity is AnnualReportNarrative)
                throw new AnnualReportRuleException("The annual report is approved: its narrative can no longer change (return it to draft first)");
        }
    }
}
