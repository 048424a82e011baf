using CorporateParenting.Data.Strategy;

namespace CorporateParenting.Web.Features.Strategy;

/// <summary>The seven principles (Children and Social Work Act 2017, s.1) in short, and impact figures; the strategy's codes in words are <see cref="Infrastructure.DisplayWords"/>.</summary>
public static class StrategyNames
{
    public static readonly IReadOnlyList<(Principles Principle, string Name, string ForYoungPeople)> AllPrinciples =
    [
        (Principles.BestInterests, "Act in their best interests and promote their health and well-being", "We do what is best for you and help you stay healthy and happy"),
        (Principles.ExpressViews, "Encourage them to express their views, wishes and feelings", "We ask what you think and feel"),
        (Principles.TakeViewsIntoAccount, "Take their views, wishes and feelings into account", "We listen and use what you tell us"),
        (Principles.AccessToServices, "Help them use the services of the council and its partners", "We help you get the help you need"),
        (Principles.HighAspirations, "Promote high aspirations and seek the best outcomes", "We believe in you and want the best for you"),
        (Principles.SafeAndStable, "Keep them safe, with stability at home, in relationships and in education or work", "We keep you safe and help your home, friends and school stay steady"),
        (Principles.ReadyForAdultLife, "Prepare them for adulthood and independent living", "We help you get ready for grown-up life"),
    ];

    /// <summary>"6 care leavers", "£18,629.84": the unit before the number when it is a currency sign.</summary>
    public static string Impact(decimal? number, string? unit)
    {
        if (number is not { } n) return "";
        var text = n == decimal.Truncate(n) ? n.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : n.ToString("#,0.00", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        return unit is "£" ? "£" + text : $"{text} {unit}".Trim();
    }
}
