using CorporateParenting.Data.Services;
using CorporateParenting.Ssda903.Model;
using CorporateParenting.Web.Features.Performance.Children;

namespace CorporateParenting.Web.Tests.Performance;

/// <summary>Each kind of service rule, at the edges of the collection year (2025: 1 April 2024 to 31 March 2025) and of its ages.</summary>
public sealed class ServiceRuleTests
{
    private const int Year = 2025;
    private static readonly Service Fostering = new() { Name = "Fostering", Rule = ServiceRuleKind.PlacementTypes, PlacementCodes = "U1,U2,U3,U4,U5,U6" };
    private static readonly Service Residential = new() { Name = "Residential", Rule = ServiceRuleKind.PlacementTypes, PlacementCodes = "K1,K2,R1" };
    private static readonly Service VirtualSchool = new() { Name = "Virtual school", Rule = ServiceRuleKind.AgeAtYearEnd, MinAge = 5, MaxAge = 15 };
    private static readonly Service Uasc = new() { Name = "UASC", Rule = ServiceRuleKind.Uasc };
    private static readonly Service LeavingCare = new() { Name = "Leaving care", Rule = ServiceRuleKind.CareLeavers };
    private static readonly Service OlderCareLeavers = new() { Name = "19 to 21", Rule = ServiceRuleKind.CareLeavers, MinAge = 19, MaxAge = 21 };

    private static Episode Episode(string start, string? end, string placement) => new(
        DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end), new Coded("S", null), new Coded("C2", null), new Coded("N1", null),
        new Coded(placement, null), new Coded("PR1", null), new Coded(end is null ? "" : "E11", null), new Coded("", null), "", "", "");

    private static Child ChildOf(string? dob = "2012-06-01", Episode[]? episodes = null, UascStatus? uasc = null, int[]? careLeaverYears = null)
    {
        episodes ??= [Episode("2023-01-01", null, "U4")];
        return new Child
        {
            Id = "C1",
            Header = new ChildHeader("1", dob is null ? null : DateOnly.Parse(dob), new Coded("WBRI", null), "", "", null),
            Episodes = episodes,
            Periods = ChildModel.Periods(episodes),
            Oc2 = new Dictionary<int, Oc2Record>(),
            Oc3 = (careLeaverYears ?? []).ToDictionary(y => y, _ => new Oc3Record(new Coded("YES", null), new Coded("F1", null), new Coded("B1", null))),
            Adoption = new Dictionary<int, AdoptionRecord>(),
            Missing = new Dictionary<int, IReadOnlyList<MissingEpisode>>(),
            PlacedForAdoption = [],
            Uasc = uasc,
        };
    }

    [Theory]
    [InlineData("2023-01-01", "2024-04-01", "U4", false)]   // ceased on the year's first day: never in the placement during the year
    [InlineData("2023-01-01", "2024-04-02", "U4", true)]    // in the placement on 1 April
    [InlineData("2025-03-31", null, "U6", true)]            // placed on the year's last day
    [InlineData("2025-04-01", null, "U6", false)]           // placed the day after
    [InlineData("2023-01-01", null, "K2", false)]           // a children's home is not fostering
    [InlineData("2023-01-01", null, "U1", true)]
    public void Fostering_holds_children_in_a_foster_placement_on_any_day_of_the_year(string start, string? end, string placement, bool inside) =>
        Assert.Equal(inside, ServiceRules.Includes(Fostering, ChildOf(episodes: [Episode(start, end, placement)]), Year));

    [Fact]
    public void A_child_who_moved_from_foster_care_to_a_childrens_home_in_the_year_is_in_both_services()
    {
        var moved = ChildOf(episodes: [Episode("2023-01-01", "2024-09-01", "U4"), Episode("2024-09-01", null, "K2")]);
        Assert.True(ServiceRules.Includes(Fostering, moved, Year));
        Assert.True(ServiceRules.Includes(Residential, moved, Year));
        Assert.False(ServiceRules.Includes(Fostering, moved, Year + 1));   // the next year it is residential only
        Assert.True(ServiceRules.Includes(Residential, moved, Year + 1));
    }

    [Theory]
    [InlineData("2009-04-01", true)]    // 15 on 31 March 2025 (16 the next day)
    [InlineData("2009-03-31", false)]   // 16 on 31 March 2025
    [InlineData("2020-03-31", true)]    // 5 on 31 March 2025
    [InlineData("2020-04-01", false)]   // 4 on 31 March 2025
    [InlineData(null, false)]           // no date of birth: no age to place them by
    public void The_virtual_school_holds_children_aged_5_to_15_at_31_March(string? dob, bool inside) =>
        Assert.Equal(inside, ServiceRules.Includes(VirtualSchool, ChildOf(dob), Year));

    [Fact]
    public void The_virtual_school_holds_only_children_looked_after_in_the_year()
    {
        Assert.False(ServiceRules.Includes(VirtualSchool, ChildOf("2014-01-01", [Episode("2020-01-01", "2024-04-01", "U4")]), Year));
        Assert.True(ServiceRules.Includes(VirtualSchool, ChildOf("2014-01-01", [Episode("2020-01-01", "2024-04-02", "U4")]), Year));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2024-04-01", false)]   // ceased to be UASC on the year's first day
    [InlineData("2024-06-01", true)]
    public void The_uasc_service_holds_children_while_they_are_unaccompanied_asylum_seekers(string? ceased, bool inside) =>
        Assert.Equal(inside, ServiceRules.Includes(Uasc, ChildOf(uasc: new UascStatus(ceased is null ? null : DateOnly.Parse(ceased))), Year));

    [Fact]
    public void The_uasc_service_holds_uasc_care_leavers_and_no_other_children()
    {
        var leaver = ChildOf("2005-01-01", [Episode("2020-01-01", "2023-01-01", "U4")], new UascStatus(null), [Year]);
        Assert.True(ServiceRules.Includes(Uasc, leaver, Year));
        Assert.False(ServiceRules.Includes(Uasc, ChildOf(), Year));
    }

    [Theory]
    [InlineData(new[] { 2025 }, "2006-06-01", true, false)]   // 18 at 31 March 2025
    [InlineData(new[] { 2024 }, "2006-06-01", false, false)]  // a care leaver last year only
    [InlineData(new[] { 2025 }, "2006-03-31", true, true)]    // 19 on 31 March 2025
    [InlineData(new[] { 2025 }, "2003-04-01", true, true)]    // 21 on 31 March 2025
    [InlineData(new[] { 2025 }, "2003-03-31", true, false)]   // 22 on 31 March 2025
    public void Leaving_care_holds_the_years_care_leavers_within_its_ages(int[] years, string dob, bool inLeavingCare, bool inOlder)
    {
        var leaver = ChildOf(dob, [Episode("2020-01-01", "2023-01-01", "U4")], careLeaverYears: years);
        Assert.Equal(inLeavingCare, ServiceRules.Includes(LeavingCare, leaver, Year));
        Assert.Equal(inOlder, ServiceRules.Includes(OlderCareLeavers, leaver, Year));
    }

    [Fact]
    public void A_viewer_sees_the_union_of_their_services_and_an_unassigned_manager_sees_nobody()
    {
        var fostered = ChildOf(episodes: [Episode("2023-01-01", null, "U4")]);
        var inHome = ChildOf(episodes: [Episode("2023-01-01", null, "K2")]);
        var both = ChildScope.Of([Fostering, Residential]);
        var fosteringOnly = ChildScope.Of([Fostering]);
        var unassigned = ChildScope.Of([]);

        Assert.True(both.Includes(fostered, Year) && both.Includes(inHome, Year));
        Assert.True(fosteringOnly.Includes(fostered, Year));
        Assert.False(fosteringOnly.Includes(inHome, Year));
        Assert.False(unassigned.Includes(fostered, Year));
        Assert.True(ChildScope.Everyone.Includes(inHome, Year));
        Assert.True(fosteringOnly.IncludesInAnyYear(fostered, [2021, Year]));
        Assert.False(fosteringOnly.IncludesInAnyYear(fostered, [2021, 2022]));   // placed in January 2023: the 2023 year onwards
    }
}
