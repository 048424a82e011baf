using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;

namespace CorporateParenting.Web.Features.Performance.Published;

/// <summary>Publishing the scorecard for a meeting (ADR 18); whether the year has figures needs the stored returns, so the page checks it.</summary>
public sealed class PublishChecks : FormValidator<PublishModel>
{
    public PublishChecks(HubDbContext db)
    {
        RuleFor(p => p.Title).NotEmpty().WithMessage("Enter the meeting's name, for example Corporate Parenting Board")
            .Fits("The meeting's name", db.MaxLength<PublishedScorecard>(s => s.Title));
        RuleFor(p => p.MeetingDate).NotNull().WithMessage("Enter the meeting date");
    }
}
