using CorporateParenting.Web.Features.Voice.Pledge;

namespace CorporateParenting.Web.Features.YoungPeople;

public sealed partial class PledgeModel
{
    // What young people told us comes from the results helper's SurveyResults once merged.
    private static Task<Dictionary<int, IReadOnlyList<string>>> YouToldUsAsync(IReadOnlyList<PledgeBook.PromiseLinks> links, CancellationToken cancellationToken) =>
        Task.FromResult(new Dictionary<int, IReadOnlyList<string>>());
}
