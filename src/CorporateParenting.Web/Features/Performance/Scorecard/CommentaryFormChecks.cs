using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;

namespace CorporateParenting.Web.Features.Performance.Scorecard;

/// <summary>The owner's commentary on an indicator (ADR 18), posted to the page's "Commentary" handler.</summary>
public sealed class CommentaryChecks : FormValidator<IndicatorModel>
{
    public CommentaryChecks(HubDbContext db) => RuleSet("Commentary", () =>
        RuleFor(p => p.Commentary).NotEmpty().WithMessage("Enter the commentary").Fits("Commentary", db.MaxLength<IndicatorCommentary>(c => c.Text)));
}
