using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Features.Governance;
using CorporateParenting.Web.Features.Governance.Papers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Demo;

/// <summary>
/// The demo board's paperwork, invented in the spirit of the seed papers: terms of reference, the
/// reporting schedule and its papers (received, due and overdue), attendance, minutes with numbered
/// decisions, and approvals at the following meeting.
/// </summary>
public sealed class DemoBoardRecords(HubDbContext db, IOptions<GovernanceOptions> options)
{
    private const string Officer = "officer@hub.example";

    /// <summary>The decision item that appoints members to champion roles, at each of the last few held meetings.</summary>
    public const string AppointmentsTitle = "Appointments to corporate parenting champion roles";
    public const string AppointmentsResolution = "That the members named in the report be appointed to the corporate parenting champion roles shown, for the terms set out in the role descriptions.";
    public const int AppointmentMeetings = 4;

    public async Task SeedAsync(IReadOnlyList<Meeting> meetings, DateOnly today, CancellationToken cancellationToken)
    {
        AddTermsAndContacts(meetings[0].Date);
        var types = ReportTypes();
        db.ReportTypes.AddRange(types);
        await db.SaveChangesAsync(cancellationToken);

        var next = meetings.First(m => m.Date > today);
        foreach (var placement in ReportingSchedule.Place(types, meetings, options.Value.PaperDeadlineDays))
        {
            var item = new AgendaItem { MeetingId = placement.Meeting.Id, Order = placement.Meeting.Items.Count + 1, Title = placement.Type.Title, Presenter = placement.Type.Owner, Purpose = ItemPurpose.Discussion };
            placement.Meeting.Items.Add(item);
            var paper = PaperRequests.For(placement.Type, placement.Meeting, item, placement.DueDate);
            // Past meetings got their papers (but one); of the next meeting's, those due already came in.
            var missed = placement.Meeting == meetings[^3] && placement.Type.Title.StartsWith("Fostering", StringComparison.Ordinal);
            if (placement.DueDate <= today && !missed) Receive(paper, placement.DueDate.AddDays(-2));
            else if (placement.Meeting == next && placement.Type.FromYouthGroup) Receive(paper, today.AddDays(-1));
            db.ReportRequests.Add(paper);
        }
        var budget = new AgendaItem { MeetingId = next.Id, Order = next.Items.Count + 1, Title = "Care leavers' council tax exemption: first-year cost", Presenter = "Head of Revenues", Purpose = ItemPurpose.Decision };
        next.Items.Add(budget);
        db.ReportRequests.Add(new ReportRequest { MeetingId = next.Id, AgendaItem = budget, Title = budget.Title, Owner = "Head of Revenues", OwnerEmail = "revenues@hub.example", DueDate = today.AddDays(-3) });
        AddEarlyPapers(next, today);
        await db.SaveChangesAsync(cancellationToken);

        // The last few held meetings appointed members to the council's champion roles (the nominations link to these decisions).
        foreach (var held in meetings.Where(m => m.Date <= today).TakeLast(AppointmentMeetings))
            held.Items.Add(new AgendaItem { MeetingId = held.Id, Order = held.Items.Count + 1, Title = AppointmentsTitle, Presenter = "Corporate Parenting Officer", Purpose = ItemPurpose.Decision });
        await db.SaveChangesAsync(cancellationToken);

        var members = await db.BoardMembers.OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var numbers = new Dictionary<int, int>();   // decisions are numbered through each calendar year
        for (var i = 0; i < meetings.Count && meetings[i].Date <= today; i++)
        {
            AddAttendance(meetings[i], members, i);
            AddMinutes(meetings[i], i == 0 ? null : meetings[i - 1], numbers);
            if (i + 1 < meetings.Count && meetings[i + 1].Date <= today)
            {
                meetings[i].MinutesApprovedAtMeetingId = meetings[i + 1].Id;
                meetings[i].MinutesApprovedAtUtc = meetings[i + 1].Date.ToDateTime(new TimeOnly(15, 10), DateTimeKind.Utc);
                meetings[i].MinutesApprovedBy = Officer;
                meetings[i].Status = MeetingStatus.MinutesApproved;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddTermsAndContacts(DateOnly firstMeeting)
    {
        const string frequency = "The board meets six times a year, every two months. Extra meetings may be called by the chair.";
        const string accountability = "The board reports to Cabinet through the Lead Member for Children, and once a year to the Children and Young People Scrutiny Committee.";
        db.TermsOfReference.AddRange(
            new TermsOfReference
            {
                Version = 1, AdoptedOn = firstMeeting.AddYears(-2), Frequency = "The board meets four times a year.", Accountability = accountability,
                Objectives = "Make sure the council acts as a good parent to every child it looks after and every care leaver.\nHear from children and young people at every meeting.",
                Membership = "Five elected members, the Director of Children's Services and two young people from the Children in Care Council.",
                RecordedBy = Officer, RecordedAtUtc = firstMeeting.AddYears(-2).ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc),
            },
            new TermsOfReference
            {
                Version = 2, AdoptedOn = firstMeeting, Frequency = frequency, Accountability = accountability,
                Objectives = "Hold services to account for how children in care and care leavers are doing, against England and similar councils.\nSteer the corporate parenting strategy and its five priorities.\nMake sure children's views shape every decision: young people sit on the board and their groups report at each meeting.\nTake the Pledge to children in care into every service of the council and its partners.",
                Membership = "Four elected members (one as chair), the Director of Children's Services, service heads, the Virtual School Head, health and police partners, a foster carers' representative, and three care-experienced young people serving two-year terms.",
                RecordedBy = Officer, RecordedAtUtc = firstMeeting.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc),
            });
        db.ReportingContacts.AddRange(
            new ReportingContact { Name = "Head of Revenues", Kind = ContactKind.Officer, Role = "Council tax and benefits", Email = "revenues@hub.example" },
            new ReportingContact { Name = "Northbridge Police", Kind = ContactKind.PartnerOrganisation, Role = "Missing and exploited children team" },
            new ReportingContact { Name = "Northbridge College", Kind = ContactKind.PartnerOrganisation, Role = "Student support" },
            new ReportingContact { Name = "Housing Options Manager", Kind = ContactKind.Officer, Role = "Housing", Email = "housing@hub.example" });
    }

    private static List<ReportType> ReportTypes() =>
    [
        new() { Title = "Children in Care Council report", Owner = "Participation team", OwnerEmail = "participation@hub.example", Frequency = ReportFrequency.Quarterly, MonthsDue = "2,4,8,10", FromYouthGroup = true },
        new() { Title = "Care Leavers' Forum report", Owner = "Participation team", OwnerEmail = "participation@hub.example", Frequency = ReportFrequency.TwiceAYear, MonthsDue = "6,12", FromYouthGroup = true },
        new() { Title = "Virtual School annual report", Owner = "Virtual School Head", OwnerEmail = "manager@hub.example", Frequency = ReportFrequency.Annual, MonthsDue = "10" },
        new() { Title = "Health of children in care annual report", Owner = "Designated Nurse for Children in Care", Frequency = ReportFrequency.Annual, MonthsDue = "6" },
        new() { Title = "Fostering service report", Owner = "Head of Fostering", OwnerEmail = "manager@hub.example", Frequency = ReportFrequency.TwiceAYear, MonthsDue = "4,10" },
        new() { Title = "Sufficiency strategy update", Owner = "Head of Commissioning", OwnerEmail = "manager@hub.example", Frequency = ReportFrequency.TwiceAYear, MonthsDue = "8,2" },
        new() { Title = "Independent Reviewing Officers' annual report", Owner = "IRO service manager", Frequency = ReportFrequency.Annual, MonthsDue = "12" },
    ];

    /// <summary>
    /// Two papers for the next meeting already in, so its draft pack merges real papers (ADR 37): the director's
    /// briefing as PDF, and a review the board asked for as Word (merged once LibreOffice is installed).
    /// </summary>
    private void AddEarlyPapers(Meeting next, DateOnly today)
    {
        var briefing = next.Items.FirstOrDefault(i => i.Title == "Director's briefing");
        var review = new AgendaItem { MeetingId = next.Id, Order = next.Items.Count + 1, Title = "Return home interviews: six-month review", Presenter = "Head of Safeguarding", Purpose = ItemPurpose.Discussion };
        next.Items.Add(review);
        var papers = new[]
        {
            new ReportRequest { MeetingId = next.Id, AgendaItem = briefing, Title = "Director's briefing", Owner = "Director of Children's Services", DueDate = next.Date.AddDays(-options.Value.PaperDeadlineDays) },
            new ReportRequest { MeetingId = next.Id, AgendaItem = review, Title = review.Title, Owner = "Head of Safeguarding", DueDate = next.Date.AddDays(-options.Value.PaperDeadlineDays) },
        };
        foreach (var paper in papers) Receive(paper, today.AddDays(-2), word: paper.AgendaItem == review);
        db.ReportRequests.AddRange(papers);
    }

    private static void Receive(ReportRequest paper, DateOnly on, bool? word = null)
    {
        var youth = paper.FromYouthGroup;
        paper.Summary = youth
            ? "Young people met four times since the last board. They talked about pocket money, contact with brothers and sisters, and how long it takes to get a new social worker's number."
            : $"This report sets out how the {paper.Title.Replace(" report", "", StringComparison.Ordinal).Replace(" annual", "", StringComparison.Ordinal).ToLowerInvariant()} has performed since it last came to the board, what has improved, and where the service is behind its plan.";
        paper.AskOfBoard = youth ? "Hear the young people's three asks and agree who will answer each by the next meeting." : "Note the progress, and agree the two recommendations in section 4.";
        paper.PledgeContribution = youth ? "The Pledge promises that young people are listened to: these are their words, presented by them." : "The Pledge promises a stable home and help to do well at school; the report shows progress on both.";
        paper.ChildrenInvolvement = youth ? "Written by the group with the participation team. Eleven young people took part." : "Twelve young people answered the service's survey; their main message was to be told sooner when plans change.";
        // PDFs, so the demo pack merges its papers without LibreOffice; the Virtual School sends Word, as many services do (ADR 37).
        word ??= paper.Title.StartsWith("Virtual School", StringComparison.Ordinal);
        paper.FileName = paper.Title.ToLowerInvariant().Replace(":", "", StringComparison.Ordinal).Replace(' ', '-').Replace("'", "", StringComparison.Ordinal) + (word.Value ? ".docx" : ".pdf");
        paper.ContentType = word.Value ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf";
        paper.Content = word.Value ? DemoPaper(paper.Title, paper.Summary) : DemoPaperPdf.Create(paper.Title, paper.Summary, paper.AskOfBoard);
        paper.ReceivedAtUtc = on.ToDateTime(new TimeOnly(11, 30), DateTimeKind.Utc);
        paper.SubmittedBy = paper.OwnerEmail ?? Officer;
    }

    /// <summary>A one-page Word paper, so the demo's download links open a real document and the pack shows a converted Word paper.</summary>
    private static byte[] DemoPaper(string title, string summary)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new RunProperties(new Bold(), new FontSize { Val = "36" }), new Text(title))),
                new Paragraph(new Run(new Text("Northbridge Borough Council (demo): an invented paper for the demonstration board."))),
                new Paragraph(new Run(new Text(summary) { Space = SpaceProcessingModeValues.Preserve }))));
        }
        return stream.ToArray();
    }

    private void AddAttendance(Meeting meeting, IReadOnlyList<BoardMember> members, int index)
    {
        for (var m = 0; m < members.Count; m++)
        {
            if (!members[m].IsCurrentOn(meeting.Date)) continue;
            // A fixed pattern: most come; a few send apologies or a substitute; one young person misses one.
            var status = (m + index) % 7 == 3 ? AttendanceStatus.Apologies : (m + index) % 11 == 5 ? AttendanceStatus.Substitute : (m * 3 + index) % 13 == 12 ? AttendanceStatus.Absent : AttendanceStatus.Present;
            db.Attendances.Add(new Attendance { MeetingId = meeting.Id, BoardMemberId = members[m].Id, Status = status, SubstituteName = status == AttendanceStatus.Substitute ? "Deputy, " + members[m].Organisation : null });
        }
    }

    /// <summary>Short minutes for every public item and a decision on the themed and decision items, numbered on from the year's last.</summary>
    private void AddMinutes(Meeting meeting, Meeting? previous, Dictionary<int, int> numbers)
    {
        foreach (var item in meeting.Items.OrderBy(i => i.Order))
        {
            item.Minutes = item.Title switch
            {
                var t when t.StartsWith("Minutes", StringComparison.Ordinal) => previous is null ? "The minutes of the previous meeting were agreed as a true record." : $"The minutes of the meeting on {Infrastructure.DateDisplay.Long(previous.Date)} were agreed as a true record. Matters arising are in the action log.",
                var t when t.Contains("scorecard", StringComparison.OrdinalIgnoreCase) => "The performance analyst took the board through the scorecard. Members asked why placement stability had dipped; the Head of Children in Care explained the effect of three residential closures.",
                var t when t.Contains("Director", StringComparison.Ordinal) => "The Director briefed the board on the recent monitoring visit, staffing in the children in care teams, and the new regional fostering hub.",
                var t when t.Contains("action log", StringComparison.OrdinalIgnoreCase) => "The board went through the open actions. Owners gave updates, recorded in the log.",
                AppointmentsTitle => "The Corporate Parenting Officer presented the nominations to the champion roles. Members agreed them without a vote.",
                var t when t.StartsWith("Themed", StringComparison.Ordinal) => $"The working-group chair presented progress on {meeting.Theme?.ToLowerInvariant()}. Young people on the board said what had changed for them and what had not.",
                _ when item.Confidential => "Considered in private. A separate confidential minute is held by the board officer.",
                _ => $"{item.Presenter} presented the paper. Members asked questions, which were answered at the meeting.",
            };
            if (item.Purpose == ItemPurpose.Decision && !item.IsStanding || item.Title.StartsWith("Themed", StringComparison.Ordinal))
                db.Resolutions.Add(new Resolution
                {
                    MeetingId = meeting.Id, AgendaItemId = item.Id, Year = meeting.Date.Year, Number = numbers[meeting.Date.Year] = numbers.GetValueOrDefault(meeting.Date.Year) + 1,
                    Text = item.Title.StartsWith("Themed", StringComparison.Ordinal)
                        ? $"That the working group's progress on {meeting.Theme?.ToLowerInvariant()} be noted, and its two overdue actions be brought back to the next meeting."
                        : item.Title == AppointmentsTitle ? AppointmentsResolution
                        : $"That the recommendations of \"{item.Title}\" be agreed.",
                });
        }
    }
}
