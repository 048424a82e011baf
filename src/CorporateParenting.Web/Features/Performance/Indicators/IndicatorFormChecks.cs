using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>The indicator forms' checks (ADR 18); whether a target moved needs the stored indicator, so that stays with the page.</summary>
public sealed class NewIndicatorChecks : FormValidator<NewModel>
{
    /// <summary>The definition column is unbounded text; the form keeps it to a readable length.</summary>
    private const int DefinitionLength = 2000;

    public NewIndicatorChecks(HubDbContext db)
    {
        RuleFor(p => p.Name).NotEmpty().WithMessage("Enter the indicator's name").Fits("The name", db.MaxLength<Indicator>(i => i.Name));
        RuleFor(p => p.Definition).NotEmpty().WithMessage("Enter what is counted and out of whom").Fits("The definition", DefinitionLength);
        RuleFor(p => p.Target).InclusiveBetween(0d, 100d).WithMessage("Target must be a percentage from 0 to 100");
        RuleFor(p => p.Tolerance).GreaterThanOrEqualTo(0d).WithMessage("Tolerance cannot be negative");
        RuleFor(p => p.Owner).Fits("The owner", db.MaxLength<Indicator>(i => i.Owner));
        RuleFor(p => p.PriorityArea).Fits("The priority area", db.MaxLength<Indicator>(i => i.PriorityArea));
    }
}

public sealed class IndicatorSettingsChecks : FormValidator<SettingsModel>
{
    public IndicatorSettingsChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Tolerance).GreaterThanOrEqualTo(0d).WithMessage("Tolerance cannot be negative");
        RuleFor(p => p.Input.Target).NotNull().When(p => p.Input.RagRule == RagRule.AgainstTarget && p.Input.Polarity != IndicatorPolarity.Neither)
            .WithMessage("Enter a target, or rate against England instead");
        RuleFor(p => p.Input.Owner).Fits("The owner", db.MaxLength<Indicator>(i => i.Owner));
        RuleFor(p => p.Input.PriorityArea).Fits("The priority area", db.MaxLength<Indicator>(i => i.PriorityArea));
        RuleFor(p => p.Input.Reason).Fits("The reason", db.MaxLength<IndicatorTargetChange>(c => c.Reason));
    }
}
