using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Voice.YouSaid;

/// <summary>One entry as the board reads it: where it came from in words, and its links with their current status.</summary>
public sealed record YouSaidRow(YouSaidEntry Entry, string From, IReadOnlyList<YouSaidLinkView> Links);

/// <summary>A line of the log's CSV and Excel downloads.</summary>
public sealed record YouSaidExportRow(
    DateOnly Raised, string Source, string From, string YouSaid, string WeDid, string Status, string LinkedTo,
    DateOnly? FedBackOn, string FedBackHow, bool Published, string ChildFriendlyYouSaid, string ChildFriendlyWeDid);

/// <summary>Reads the log for the board: open entries first, then in progress, then done; the newest first within each.</summary>
public static class YouSaidLog
{
    public static async Task<IReadOnlyList<YouSaidRow>> LoadAsync(HubDbContext db, YouSaidStatus? status, VoiceSource? source, CancellationToken cancellationToken)
    {
        var query = db.YouSaidEntries.AsNoTracking().Include(e => e.Links).AsQueryable();
        if (status is { } s) query = query.Where(e => e.Status == s);
        if (source is { } from) query = query.Where(e => e.Source == from);
        var entries = (await query.ToListAsync(cancellationToken)).OrderBy(e => YouSaidRules.Rank(e.Status)).ThenByDescending(e => e.RaisedOn).ThenByDescending(e => e.Id).ToList();
        var links = await YouSaidLinkViews.ForAsync(db, entries.SelectMany(e => e.Links).ToList(), cancellationToken);
        var surveys = await db.Surveys.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        var reports = await (from r in db.YouthGroupReports.AsNoTracking()
                             join g in db.YouthGroups.AsNoTracking() on r.YouthGroupId equals g.Id
                             join m in db.Meetings.AsNoTracking() on r.MeetingId equals m.Id
                             select new { r.Id, g.Name, m.Date }).ToDictionaryAsync(r => r.Id, r => $"{r.Name}, report to the board on {DateDisplay.Long(r.Date)}", cancellationToken);
        return entries.Select(e => new YouSaidRow(e, From(e, surveys, reports), links[e.Id].ToList())).ToList();
    }

    private static string From(YouSaidEntry e, IReadOnlyDictionary<int, string> surveys, IReadOnlyDictionary<int, string> reports)
    {
        var words = YouSaidRules.Of(e.Source);
        if (e.SurveyId is { } s && surveys.TryGetValue(s, out var survey)) words += $": {survey}{(e.SurveyQuestionKey is null ? "" : $", question {e.SurveyQuestionKey}")}";
        else if (e.YouthGroupReportId is { } r && reports.TryGetValue(r, out var report)) words += $": {report}";
        return words;
    }

    public static IEnumerable<YouSaidExportRow> Export(IEnumerable<YouSaidRow> rows) => rows.Select(r => new YouSaidExportRow(
        r.Entry.RaisedOn, YouSaidRules.Of(r.Entry.Source), r.From, r.Entry.YouSaid, r.Entry.WeDid ?? "", YouSaidRules.Of(r.Entry.Status),
        string.Join("; ", r.Links.Select(l => $"{l.Kind}: {l.Text} ({l.Status})")), r.Entry.FedBackOn, r.Entry.FedBackHow ?? "", r.Entry.Published,
        r.Entry.ChildFriendlyYouSaid ?? "", r.Entry.ChildFriendlyWeDid ?? ""));
}
