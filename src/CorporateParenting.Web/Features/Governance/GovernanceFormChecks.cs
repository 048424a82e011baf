using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Web.Features.Governance.Papers;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Features.Governance;

/// <summary>The board's forms' checks (ADR 18); what needs the meeting or other records stays with the page.</summary>
public sealed class AskForPaperChecks : FormValidator<AskModel>
{
    public AskForPaperChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Title).Required("Enter the paper's title", db.MaxLength<ReportRequest>(r => r.Title));
        RuleFor(p => p.Input.Owner).Required("Enter who will write the paper", db.MaxLength<ReportRequest>(r => r.Owner));
        RuleFor(p => p.Input.OwnerEmail).Email("The owner's", db.MaxLength<ReportRequest>(r => r.OwnerEmail));
        RuleFor(p => p.Input.DueDate).NotNull().WithMessage("Enter the date the paper is due");
    }
}

public sealed class ReportTypeChecks : FormValidator<Papers.IndexModel>
{
    public ReportTypeChecks(HubDbContext db)
    {
        RuleFor(p => p.NewType.Title).Required("Enter the report's title", db.MaxLength<ReportType>(t => t.Title));
        RuleFor(p => p.NewType.Owner).Required("Enter who owns the report: a person or an organisation", db.MaxLength<ReportType>(t => t.Owner));
        RuleFor(p => p.NewType.OwnerEmail).Email("The owner's", db.MaxLength<ReportType>(t => t.OwnerEmail));
        RuleFor(p => p.NewType).Custom((type, context) =>
        {
            var months = ReportingSchedule.ParseMonths(type.MonthsDue);
            var expected = ReportingSchedule.TimesAYear(type.Frequency);
            if (months is null) context.AddFailure("NewType.MonthsDue", "Enter the months the report is due, like January, July");
            else if (months.Count != expected)
                context.AddFailure("NewType.MonthsDue", $"A report due {DisplayWords.Of(type.Frequency).ToLowerInvariant()} needs {expected} month{(expected == 1 ? "" : "s")}; you entered {months.Count}");
        });
    }
}

public sealed class CoverSheetChecks : FormValidator<SubmitModel>
{
    private static readonly string[] Allowed = [".pdf", ".docx", ".doc", ".odt", ".xlsx", ".pptx", ".rtf"];

    public CoverSheetChecks(HubDbContext db)
    {
        var max = db.MaxLength<ReportRequest>(r => r.Summary);
        RuleFor(p => p.Sheet.Summary).Required("Enter a summary of the report", max);
        RuleFor(p => p.Sheet.AskOfBoard).Required("Enter what the board is asked to do", db.MaxLength<ReportRequest>(r => r.AskOfBoard));
        // Needed only when no promise of the Pledge is chosen: the page checks that (SubmitModel.CheckPromises).
        RuleFor(p => p.Sheet.PledgeContribution).Fits("How the report honours the Pledge", db.MaxLength<ReportRequest>(r => r.PledgeContribution));
        RuleForEach(p => p.Sheet.Promises).ChildRules(row => row.RuleFor(r => r.How).Fits("How the report honours the promise", db.MaxLength<Data.Voice.PledgePromisePaper>(l => l.How)));
        RuleFor(p => p.Sheet.ChildrenInvolvement).Required("Enter how children and young people were involved and what they said", db.MaxLength<ReportRequest>(r => r.ChildrenInvolvement));
        RuleFor(p => p.Paper).Must(f => f is { Length: > 0 }).WithMessage("Select the paper to send")
            .Must(f => f!.Length <= SubmitModel.MaxBytes).WithMessage($"The paper must be smaller than {UploadLimits.Describe(SubmitModel.MaxBytes)}")
            .Must(f => Allowed.Contains(Path.GetExtension(f!.FileName).ToLowerInvariant())).WithMessage("The paper must be a PDF, Word, OpenDocument, Excel or PowerPoint file");
    }
}

public sealed class ContactChecks : FormValidator<Contacts.IndexModel>
{
    public ContactChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Name).Required("Enter the officer's or organisation's name", db.MaxLength<ReportingContact>(c => c.Name));
        RuleFor(p => p.Input.Role).Fits("The role", db.MaxLength<ReportingContact>(c => c.Role));
        RuleFor(p => p.Input.Email).Email("Their", db.MaxLength<ReportingContact>(c => c.Email));
    }
}

public sealed class TermsChecks : FormValidator<Terms.IndexModel>
{
    public TermsChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.AdoptedOn).NotNull().WithMessage("Enter the date the board adopted this version");
        RuleFor(p => p.Input.Objectives).Required("Enter the board's objectives", db.MaxLength<TermsOfReference>(t => t.Objectives));
        RuleFor(p => p.Input.Frequency).Required("Enter how often the board meets", db.MaxLength<TermsOfReference>(t => t.Frequency));
        RuleFor(p => p.Input.Accountability).Required("Enter whom the board is accountable to", db.MaxLength<TermsOfReference>(t => t.Accountability));
        RuleFor(p => p.Input.Membership).Required("Enter who sits on the board", db.MaxLength<TermsOfReference>(t => t.Membership));
    }
}

public sealed class MeetingDetailsChecks : FormValidator<Meetings.EditModel>
{
    public MeetingDetailsChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Date).NotNull().WithMessage("Enter the date of the meeting");
        RuleFor(p => p.Input.StartTime).NotNull().WithMessage("Enter the time the meeting starts");
        RuleFor(p => p.Input.Place).Required("Enter where the meeting is held", db.MaxLength<Meeting>(m => m.Place));
        RuleFor(p => p.Input.OnlineLink).WebAddress("Enter the online link as a full https:// address", db.MaxLength<Meeting>(m => m.OnlineLink), httpsOnly: true);
        RuleFor(p => p.Input.Theme).Fits("The theme", db.MaxLength<Meeting>(m => m.Theme));
    }
}

public sealed class YearPlanChecks : FormValidator<Meetings.IndexModel>
{
    public YearPlanChecks(HubDbContext db)
    {
        RuleFor(p => p.Plan.FirstMeeting).NotNull().WithMessage("Enter the date of the first meeting");
        RuleFor(p => p.Plan.StartTime).NotNull().WithMessage("Enter the time meetings start");
        RuleFor(p => p.Plan.Place).NotEmpty().WithMessage("Enter where the meetings are held").Fits("The place", db.MaxLength<Meeting>(m => m.Place));
    }
}

public sealed class MemberChecks : FormValidator<Members.EditModel>
{
    public MemberChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Name).NotEmpty().WithMessage("Enter the member's name").Fits("The name", db.MaxLength<BoardMember>(m => m.Name));
        RuleFor(p => p.Input.Organisation).Required("Enter the organisation they represent", db.MaxLength<BoardMember>(m => m.Organisation));
        RuleFor(p => p.Input.TermStart).NotNull().WithMessage("Enter the date their term started");
        RuleFor(p => p.Input.TermEnd).GreaterThanOrEqualTo(p => p.Input.TermStart).When(p => p.Input is { TermStart: not null, TermEnd: not null })
            .WithMessage("The term must end after it starts");
    }
}

public sealed class ActionUpdateChecks : FormValidator<Actions.ShowModel>
{
    public ActionUpdateChecks(HubDbContext db)
    {
        RuleFor(p => p.Update.Text).NotEmpty().WithMessage("Enter what has happened since the last update").Fits("The update", db.MaxLength<ActionUpdate>(u => u.Text));
        RuleFor(p => p.Update.DueDate).NotNull().WithMessage("Enter the due date");
    }
}

/// <summary>The meeting page's two forms: an agenda item (the page's default form) and an agreed action.</summary>
public sealed class AgendaItemChecks : FormValidator<Meetings.ShowModel>
{
    public AgendaItemChecks(HubDbContext db)
    {
        RuleFor(p => p.Item.Title).NotEmpty().WithMessage("Enter the item's title").Fits("The title", db.MaxLength<AgendaItem>(i => i.Title));
        RuleFor(p => p.Item.Presenter).Fits("The presenter", db.MaxLength<AgendaItem>(i => i.Presenter));
        RuleSet("Action", () =>
        {
            RuleFor(p => p.NewAction.Description).NotEmpty().WithMessage("Enter what was agreed").Fits("The action", db.MaxLength<BoardAction>(a => a.Description));
            RuleFor(p => p.NewAction.Owner).NotEmpty().WithMessage("Enter who owns the action").Fits("The owner", db.MaxLength<BoardAction>(a => a.Owner));
            RuleFor(p => p.NewAction.DueDate).NotNull().WithMessage("Enter the date it is due");
        });
    }
}

/// <summary>The minutes' text and a decision's wording; whether the minutes may change, and which items exist, need the meeting.</summary>
public sealed class MinutesChecks : FormValidator<Minutes.EditModel>
{
    public MinutesChecks(HubDbContext db)
    {
        var max = db.MaxLength<AgendaItem>(i => i.Minutes);
        RuleFor(p => p.ItemMinutes).Custom((minutes, context) =>
        {
            foreach (var (itemId, _) in minutes.Where(m => m.Value?.Length > max))
                context.AddFailure($"ItemMinutes[{itemId}]", $"The minutes of an item must be {max:N0} characters or fewer");
        });
        RuleSet("Resolution", () =>
            RuleFor(p => p.ResolutionText).NotEmpty().WithMessage("Enter what the board resolved").Fits("The decision", db.MaxLength<Resolution>(r => r.Text)));
    }
}

/// <summary>
/// The attendance register's rows: each member once, a substitute's name when one came. Whether each person is a
/// member on the meeting's date needs the meeting, so that stays with the page.
/// </summary>
public sealed class AttendanceChecks : FormValidator<Register.RecordModel>
{
    public AttendanceChecks(HubDbContext db)
    {
        var max = db.MaxLength<Attendance>(a => a.SubstituteName);
        RuleFor(p => p.Rows).Must(rows => rows.Select(r => r.MemberId).Distinct().Count() == rows.Count).WithMessage("Record each member once");
        RuleFor(p => p.Rows).CustomAsync(async (rows, context, cancellationToken) =>
        {
            // The message names the member the substitute stood in for, so read the names of those rows' members.
            var missing = rows.Select((row, i) => (row, i)).Where(r => r.row.Status == AttendanceStatus.Substitute && string.IsNullOrWhiteSpace(r.row.Substitute)).ToList();
            var ids = missing.Select(r => r.row.MemberId).ToList();
            var names = ids.Count == 0 ? [] : await db.BoardMembers.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
            foreach (var (row, i) in missing.Where(r => names.ContainsKey(r.row.MemberId)))
                context.AddFailure($"Rows[{i}].Substitute", $"Enter who came in place of {names[row.MemberId]}");
            for (var i = 0; i < rows.Count; i++)
                if (rows[i].Substitute?.Length > max) context.AddFailure($"Rows[{i}].Substitute", $"The substitute's name must be {max:N0} characters or fewer");
        });
    }
}
