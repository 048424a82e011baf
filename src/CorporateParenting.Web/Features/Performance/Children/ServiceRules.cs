using CorporateParenting.Data.Services;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Web.Features.Performance.Children;

/// <summary>
/// Whether a child belongs to a service in a collection year (1 April to 31 March), from the 903 alone (ADR 14).
/// A child belongs if the service's rule held at any time in that year, so a child who moved from a foster
/// placement to a children's home in the year is in both services' lists for that year.
/// </summary>
public static class ServiceRules
{
    /// <summary>Placement codes an administrator can choose from: every PLACE code of the 903, old and new.</summary>
    public static IReadOnlyList<CodeSets.CodeInfo> PlacementCodes { get; } = CodeSets.For("PLACE");

    public static (DateOnly From, DateOnly To) YearOf(int year) => (new DateOnly(year - 1, 4, 1), new DateOnly(year, 3, 31));

    public static bool Includes(Service service, Child child, int year)
    {
        var (from, to) = YearOf(year);
        return service.Rule switch
        {
            ServiceRuleKind.PlacementTypes => child.Episodes.Any(e => OpenIn(e.Start, e.End, from, to) && service.PlacementCodeList.Contains(e.Placement.Code)),
            ServiceRuleKind.AgeAtYearEnd => LookedAfterIn(child, from, to) && InAgeRange(child, to, service),
            ServiceRuleKind.Uasc => (LookedAfterIn(child, from, to) || child.Oc3.ContainsKey(year)) && child.Uasc is { } uasc && (uasc.Ceased is null || uasc.Ceased > from),
            ServiceRuleKind.CareLeavers => child.Oc3.ContainsKey(year) && InAgeRange(child, to, service),
            _ => false,
        };
    }

    /// <summary>Age on 31 March: the age reached at the birthday that fell in the collection year. No range means any age.</summary>
    private static bool InAgeRange(Child child, DateOnly yearEnd, Service service)
    {
        if (service.MinAge is null && service.MaxAge is null) return true;
        return child.AgeOn(yearEnd) is { } age && age >= (service.MinAge ?? 0) && age <= (service.MaxAge ?? int.MaxValue);
    }

    private static bool LookedAfterIn(Child child, DateOnly from, DateOnly to) =>
        child.Periods.Any(p => OpenIn(p.Start, p.End, from, to));

    /// <summary>Open on at least one day of the year: the 903's end date is the day care (or the placement) ceased.</summary>
    private static bool OpenIn(DateOnly start, DateOnly? end, DateOnly from, DateOnly to) => start <= to && (end is null || end > from);

    /// <summary>The rule in plain words, for the services page.</summary>
    public static string Describe(Service service) => service.Rule switch
    {
        ServiceRuleKind.PlacementTypes => $"Placed in {string.Join(", ", service.PlacementCodeList)} at any time in the year",
        ServiceRuleKind.AgeAtYearEnd => $"Looked after in the year and aged {Ages(service)} at 31 March",
        ServiceRuleKind.Uasc => "Unaccompanied asylum-seeking children (looked after or care leavers) in the year",
        ServiceRuleKind.CareLeavers => service.MinAge is null && service.MaxAge is null
            ? "Care leavers with an OC3 record for the year"
            : $"Care leavers with an OC3 record for the year, aged {Ages(service)} at 31 March",
        _ => "No children",
    };

    private static string Ages(Service s) => (s.MinAge, s.MaxAge) switch
    {
        ({ } min, { } max) => $"{min} to {max}",
        ({ } min, null) => $"{min} or over",
        (null, { } max) => $"{max} or under",
        _ => "any age",
    };
}
