using System.Security.Cryptography;
using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Documents;
using CorporateParenting.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance.Pack;

/// <summary>
/// Issues a meeting's pack: renders the public and restricted versions once, as PDF and Word, and
/// stores those exact files with who, when and their SHA-256 (ADR 0016). Papers received after the
/// pack go out in numbered supplementary packs. Nothing is issued once the meeting has been held:
/// a pack built then would be today's records under an old date.
/// </summary>
public sealed class PackIssuer(HubDbContext db, BoardPackBuilder builder, PackPdfRenderer pdf, TimeProvider clock)
{
    /// <summary>What is known about a meeting's issued packs, without their files.</summary>
    public sealed record IssuedSummary(int Id, int Number, bool Restricted, DateTime IssuedAtUtc, string IssuedBy, string PdfFileName, string PdfSha256, string WordFileName, string WordSha256, string PaperIds)
    {
        public string Name => Number == 0 ? "Board pack" : $"Supplementary pack {Number}";
    }

    /// <summary>Held: its day has passed, or minutes are being written. Its pack is whatever was issued, or none.</summary>
    public static bool IsHeld(Meeting meeting, DateOnly today) => meeting.Date < today || meeting.Status is MeetingStatus.Held or MeetingStatus.MinutesApproved;

    public Task<List<IssuedSummary>> IssuedAsync(int meetingId, CancellationToken cancellationToken) =>
        db.IssuedPacks.AsNoTracking().Where(p => p.MeetingId == meetingId).OrderBy(p => p.Number).ThenBy(p => p.Restricted)
            .Select(p => new IssuedSummary(p.Id, p.Number, p.Restricted, p.IssuedAtUtc, p.IssuedBy, p.PdfFileName, p.PdfSha256, p.WordFileName, p.WordSha256, p.PaperIds))
            .ToListAsync(cancellationToken);

    /// <summary>Received papers not yet in any issued pack: what a supplementary pack would carry.</summary>
    public async Task<IReadOnlySet<int>> LatePapersAsync(int meetingId, IReadOnlyList<IssuedSummary> issued, CancellationToken cancellationToken)
    {
        if (issued.Count == 0) return new HashSet<int>();
        var sent = issued.SelectMany(p => p.PaperIds.Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).ToHashSet();
        var received = await db.ReportRequests.AsNoTracking().Where(r => r.MeetingId == meetingId && r.ReceivedAtUtc != null).Select(r => r.Id).ToListAsync(cancellationToken);
        return received.Where(id => !sent.Contains(id)).ToHashSet();
    }

    /// <summary>
    /// Issues the pack, or the next supplementary pack once the pack is out. Refuses (with a
    /// <see cref="MeetingRuleException"/> for the page to show) a held meeting and an empty supplement;
    /// a missing Chromium is a <see cref="PackRenderingException"/>. Nothing is stored unless all four files are made; each PDF has the papers merged in (ADR 37).
    /// </summary>
    public async Task<IReadOnlyList<IssuedPack>> IssueAsync(int meetingId, string issuedBy, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, cancellationToken);
        var today = clock.UkToday();
        if (IsHeld(meeting, today))
            throw new MeetingRuleException($"The meeting on {DateDisplay.Long(meeting.Date)} has been held: a pack can no longer be issued for it, because it would be built from today's records");
        var issued = await IssuedAsync(meetingId, cancellationToken);
        var number = issued.Count == 0 ? 0 : issued.Max(p => p.Number) + 1;
        var late = await LatePapersAsync(meetingId, issued, cancellationToken);
        if (number > 0 && late.Count == 0)
            throw new MeetingRuleException("No papers have arrived since the last pack was issued: there is nothing for a supplementary pack");

        var now = clock.GetUtcNow().UtcDateTime;
        var packs = new List<IssuedPack>();
        foreach (var restricted in new[] { false, true })
        {
            var papers = await db.ReportRequests.AsNoTracking()
                .Where(r => r.MeetingId == meetingId && r.ReceivedAtUtc != null && (restricted || !r.Confidential)).Select(r => r.Id).ToListAsync(cancellationToken);
            var included = number == 0 ? papers : papers.Where(late.Contains).ToList();
            var document = number == 0
                ? await builder.BuildAsync(meetingId, restricted, cancellationToken, now)
                : await builder.BuildSupplementaryAsync(meetingId, number, included.ToHashSet(), restricted, cancellationToken, now);
            var rendered = await pdf.RenderPackAsync(document!, cancellationToken);
            var pdfBytes = rendered.Pdf;
            var word = PackWordRenderer.Render(document!, rendered.Pages, papers: rendered.Papers);
            var name = FileName(meeting.Date, number, restricted);
            packs.Add(new IssuedPack
            {
                MeetingId = meetingId, Number = number, Restricted = restricted, IssuedAtUtc = now, IssuedBy = issuedBy,
                PaperIds = string.Join(",", included.Order()),
                PdfFileName = name + ".pdf", Pdf = pdfBytes, PdfSha256 = Sha256(pdfBytes),
                WordFileName = name + ".docx", Word = word, WordSha256 = Sha256(word),
            });
        }
        db.IssuedPacks.AddRange(packs);
        await db.SaveChangesAsync(cancellationToken);
        return packs;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string FileName(DateOnly date, int number, bool restricted) =>
        $"board-pack-{DateDisplay.Long(date).Replace(' ', '-').ToLowerInvariant()}{(number == 0 ? "" : $"-supplementary-{number}")}{(restricted ? "-restricted" : "")}";
}
