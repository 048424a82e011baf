using System.Linq.Expressions;
using CorporateParenting.Data.Governance;

namespace CorporateParenting.Web.Features.Governance.Papers;

/// <summary>Making and reading paper requests without dragging their files along.</summary>
public static class PaperRequests
{
    public static ReportRequest For(ReportType type, Meeting meeting, AgendaItem item, DateOnly dueDate) => new()
    {
        MeetingId = meeting.Id, ReportTypeId = type.Id, AgendaItem = item, Title = type.Title, Owner = type.Owner, OwnerEmail = type.OwnerEmail,
        DueDate = dueDate, FromYouthGroup = type.FromYouthGroup,
    };

    /// <summary>Every column but the file itself, for lists.</summary>
    public static readonly Expression<Func<ReportRequest, ReportRequest>> WithoutContent = r => new ReportRequest
    {
        Id = r.Id, MeetingId = r.MeetingId, ReportTypeId = r.ReportTypeId, AgendaItemId = r.AgendaItemId, Title = r.Title, Owner = r.Owner,
        OwnerEmail = r.OwnerEmail, DueDate = r.DueDate, FromYouthGroup = r.FromYouthGroup, Confidential = r.Confidential,
        ReceivedAtUtc = r.ReceivedAtUtc, SubmittedBy = r.SubmittedBy, Summary = r.Summary, AskOfBoard = r.AskOfBoard,
        PledgeContribution = r.PledgeContribution, ChildrenInvolvement = r.ChildrenInvolvement, FileName = r.FileName, ContentType = r.ContentType,
        ReminderSentOn = r.ReminderSentOn, OverdueNoticeSentOn = r.OverdueNoticeSentOn,
    };
}
