using CorporateParenting.Data;
using CorporateParenting.Data.Voice;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;

namespace CorporateParenting.Web.Features.Voice.Pledge;

/// <summary>A new version of the Pledge: its title and date, and every promise kept or added (removed and blank rows are not checked).</summary>
public sealed class PledgeVersionChecks : FormValidator<EditModel>
{
    public PledgeVersionChecks(HubDbContext db)
    {
        RuleFor(p => p.Input.Title).Required("Enter the Pledge's title", db.MaxLength<PledgeVersion>(v => v.Title));
        RuleFor(p => p.Input.AdoptedOn).NotNull().WithMessage("Enter the date the board adopted this version");
        RuleFor(p => p.Input.ChildFriendlyIntroduction).Fits("The introduction for young people", db.MaxLength<PledgeVersion>(v => v.ChildFriendlyIntroduction));
        var outcome = db.MaxLength<PledgePromise>(p => p.Outcome);
        var text = db.MaxLength<PledgePromise>(p => p.Text);
        var childFriendly = db.MaxLength<PledgePromise>(p => p.ChildFriendlyText);
        RuleForEach(p => p.Input.Promises).ChildRules(row =>
        {
            row.When(r => r.IsKept, () =>
            {
                row.RuleFor(r => r.Outcome).Required("Enter the outcome the promise sits under", outcome);
                row.RuleFor(r => r.Order).NotNull().WithMessage("Enter the promise's place in the order, as a number");
                row.RuleFor(r => r.Text).Required("Enter the promise", text);
                row.RuleFor(r => r.ChildFriendlyText).Fits("The promise in plain words", childFriendly);
            });
        });
    }
}
