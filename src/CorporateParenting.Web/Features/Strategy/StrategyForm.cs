using CorporateParenting.Data;
using CorporateParenting.Data.Strategy;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>The strategy forms' checks (ADR 18); what needs the record (its status, the choices offered) stays with the page.</summary>
public sealed class StrategyEditChecks : FormValidator<EditModel>
{
    private const string StartYear = "Enter the year the strategy starts, for example 2023";
    private const string EndYear = "Enter the year the strategy ends, for example 2026";

    public StrategyEditChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Title).Required("Enter the strategy's title", db.MaxLength<StrategyPlan>(s => s.Title));
        RuleFor(p => p.Input.StartYear).NotNull().WithMessage(StartYear).InclusiveBetween(2000, 2100).WithMessage(StartYear);
        RuleFor(p => p.Input.EndYear).NotNull().WithMessage(EndYear).InclusiveBetween(2000, 2100).WithMessage(EndYear)
            .GreaterThanOrEqualTo(p => p.Input.StartYear).When(p => p.Input.StartYear is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The strategy must end in or after the year it starts");
        RuleFor(p => p.Input.Vision).Required("Enter the vision", db.MaxLength<StrategyPlan>(s => s.Vision));
        RuleFor(p => p.Input.ChildFriendlyVision).Fits("The vision for young people", db.MaxLength<StrategyPlan>(s => s.ChildFriendlyVision));
    }
}

public sealed class PriorityEditChecks : FormValidator<Priorities.EditModel>
{
    public PriorityEditChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Name).Required("Enter the priority's name", db.MaxLength<PriorityArea>(a => a.Name));
        RuleFor(p => p.Input.Description).Required("Enter a description of the priority", db.MaxLength<PriorityArea>(a => a.Description));
        RuleFor(p => p.Input.ChildFriendlyDescription).Required("Enter what the priority means in plain words for young people", db.MaxLength<PriorityArea>(a => a.ChildFriendlyDescription));
        RuleFor(p => p.Input.Principles).Must(list => list.Any(p => p != Principles.None)).WithMessage("Select at least one principle the priority serves");
        RuleFor(p => p.Input.ChairName).Required("Enter the name or title of the working group's chair", db.MaxLength<PriorityArea>(a => a.ChairName));
        RuleFor(p => p.Input.ChairEmail).Email("The chair's", db.MaxLength<PriorityArea>(a => a.ChairEmail));
    }
}

public sealed class PriorityShowChecks : FormValidator<Priorities.ShowModel>
{
    public PriorityShowChecks(HubDbContext db) =>
        RuleSet("Aim", () => RuleFor(p => p.NewAim).Required("Enter the aim", db.MaxLength<PriorityAim>(a => a.Text)));
}

public sealed class ActionEditChecks : FormValidator<Actions.EditModel>
{
    public ActionEditChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Description).Required("Enter what the action is", db.MaxLength<StrategyAction>(a => a.Description));
        RuleFor(p => p.Input.Owner).Required("Enter who owns the action", db.MaxLength<StrategyAction>(a => a.Owner));
        RuleFor(p => p.Input.OwnerEmail).Email("The owner's", db.MaxLength<StrategyAction>(a => a.OwnerEmail));
        // A new action needs its first due date; an existing one moves it through a progress update.
        RuleFor(p => p.Input.DueDate).NotNull().When(p => p.Id is null).WithMessage("Enter the date the action is due");
    }
}

public sealed class ActionUpdateChecks : FormValidator<Actions.ShowModel>
{
    public ActionUpdateChecks(HubDbContext db)
    {
        RuleFor(p => p.Update.Narrative).Required("Enter what has happened since the last update", db.MaxLength<StrategyActionUpdate>(u => u.Narrative));
        RuleFor(p => p.Update.DueDate).NotNull().WithMessage("Enter the due date");
        var link = db.MaxLength<StrategyActionUpdate>(u => u.EvidenceLink);
        RuleFor(p => p.Update.EvidenceLink).WebAddress($"Enter the evidence link as a web address starting https://, {link:N0} characters or fewer", link);
        RuleFor(p => p.EvidenceFile!).Cascade(CascadeMode.Stop)
            .Must(f => f.Length > 0).WithMessage("The evidence file is empty")
            .Must(f => f.Length <= Actions.ShowModel.MaxEvidenceBytes).WithMessage($"The evidence file must be smaller than {UploadLimits.Describe(Actions.ShowModel.MaxEvidenceBytes)}")
            .Must(f => Actions.ShowModel.EvidenceExtensions.Contains(Path.GetExtension(f.FileName).ToLowerInvariant()))
            .WithMessage("The evidence file must be a PDF, Word, Excel, PowerPoint, image, text or CSV file")
            .When(p => p.EvidenceFile is not null);
    }
}

public sealed class RecommendationEditChecks : FormValidator<Recommendations.EditModel>
{
    public RecommendationEditChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Reference).Required("Enter the recommendation's reference, like R1", db.MaxLength<Recommendation>(r => r.Reference));
        RuleFor(p => p.Input.Date).NotNull().WithMessage("Enter the date the recommendation was made");
        RuleFor(p => p.Input.Text).Required("Enter the recommendation", db.MaxLength<Recommendation>(r => r.Text));
        RuleFor(p => p.Input.Response).Fits("The council's response", db.MaxLength<Recommendation>(r => r.Response));
        RuleFor(p => p.Input.Owner).Required("Enter who owns the recommendation", db.MaxLength<Recommendation>(r => r.Owner));
    }
}

public sealed class RecommendationReportChecks : FormValidator<Recommendations.ShowModel>
{
    public RecommendationReportChecks(HubDbContext db)
    {
        RuleFor(p => p.Report.ReportedOn).NotNull().WithMessage("Enter the date the report went to the board");
        RuleFor(p => p.Report.Text).Required("Enter what the report said", db.MaxLength<RecommendationReport>(r => r.Text));
        RuleFor(p => p.Report.NextReportDue).NotNull().When(p => p.Report.Status != RecommendationStatus.Closed, ApplyConditionTo.CurrentValidator)
            .WithMessage("Enter when the next report is due, or close the recommendation")
            .GreaterThan(p => p.Report.ReportedOn).When(p => p.Report is { NextReportDue: not null, ReportedOn: not null }, ApplyConditionTo.CurrentValidator)
            .WithMessage("The next report must be due after this one");
    }
}

public sealed class AchievementChecks : FormValidator<Achievements.NewModel>
{
    public AchievementChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Date).NotNull().WithMessage("Enter the date of the achievement");
        RuleFor(p => p.Input.What).Required("Enter what was achieved", db.MaxLength<Achievement>(a => a.What));
        RuleFor(p => p.Input.Who).Required("Enter who achieved it", db.MaxLength<Achievement>(a => a.Who));
        RuleFor(p => p.Input.ImpactNumber).Must(n => Achievements.NewModel.ReadImpact(n) is not null)
            .When(p => !string.IsNullOrWhiteSpace(p.Input.ImpactNumber))
            .WithMessage("The impact figure must be a number under a trillion with at most two decimal places, like 6 or 18,629.84");
        RuleFor(p => p.Input.ImpactUnit).Required("Enter what the figure counts, like care leavers or £", db.MaxLength<Achievement>(a => a.ImpactUnit))
            .When(p => !string.IsNullOrWhiteSpace(p.Input.ImpactNumber));
        RuleFor(p => p.Input.ImpactSentence).Fits("The impact sentence", db.MaxLength<Achievement>(a => a.ImpactSentence));
    }
}
