using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.LocalOffer.Uptake;

namespace CorporateParenting.Web.Tests.LocalOffer;

/// <summary>Uptake as members see it: small counts hidden, and no hidden count (or its money) to be had from the totals.</summary>
public sealed class UptakeDisclosureTests
{
    private static UptakeCell C(string key, OfferArea area, int people, int year = 2025, decimal? value = null) =>
        new(key, area, year, people, value, value ?? people * 100m);

    private static readonly UptakeCell[] Year =
    [
        C("tax", OfferArea.Accommodation, 53, value: 18_629.84m), C("deposit", OfferArea.Accommodation, 3), C("furniture", OfferArea.Accommodation, 40),
        C("leisure", OfferArea.HealthAndWellbeing, 464), C("prescriptions", OfferArea.HealthAndWellbeing, 71),
        C("bursary", OfferArea.EducationAndTraining, 4), C("laptop", OfferArea.EducationAndTraining, 25), C("tuition", OfferArea.EducationAndTraining, 12),
        C("mentoring", OfferArea.Relationships, 2),
        C("interview-clothes", OfferArea.Employment, 18), C("apprenticeship", OfferArea.Employment, 0),
    ];

    [Fact]
    public void Small_counts_are_c_and_the_audit_of_every_year_passes_where_primary_suppression_alone_fails()
    {
        var (problem, _, _, _) = ProtectedUptake.Build(Year);
        Assert.False(DisclosureAudit.Run(problem, problem.Rows.Select(r => r.Primary).ToArray()).Passed);   // accommodation's total minus the rest gives the deposit away
        var hidden = DisclosureProtection.Protect(problem);
        Assert.True(DisclosureAudit.Run(problem, hidden).Passed);

        var shown = ProtectedUptake.Protect(Year, restricted: true);
        foreach (var small in new[] { "deposit", "bursary", "mentoring" })
        {
            Assert.Equal("c", shown.Entitlement(small, 2025).YoungPeopleText);
            Assert.Null(shown.Entitlement(small, 2025).YoungPeople);
        }
        Assert.Equal("c", shown.Area(OfferArea.Relationships, 2025).YoungPeopleText);   // one entitlement of 2: its area is 2 too
        Assert.Equal("0", shown.Entitlement("apprenticeship", 2025).YoungPeopleText);    // a zero is no small number
        Assert.Equal("464", shown.Entitlement("leisure", 2025).YoungPeopleText);
    }

    [Fact]
    public void A_shown_total_minus_its_shown_parts_never_leaves_a_single_hidden_count()
    {
        var shown = ProtectedUptake.Protect(Year, restricted: true);
        foreach (var area in Year.GroupBy(c => c.Area))
        {
            var total = shown.Area(area.Key, 2025);
            if (total.Hidden) continue;
            var hiddenParts = area.Where(c => shown.Entitlement(c.Key, 2025).Hidden).ToList();
            Assert.NotEqual(1, hiddenParts.Count);
            // What is left over is shared by at least two hidden counts, so none of them is known.
            var leftOver = total.YoungPeople!.Value - area.Where(c => !shown.Entitlement(c.Key, 2025).Hidden).Sum(c => c.YoungPeople);
            Assert.Equal(hiddenParts.Sum(c => c.YoungPeople), leftOver);
        }
        var grand = shown.Total(2025);
        if (!grand.Hidden)
            Assert.NotEqual(1, Year.Select(c => c.Area).Distinct().Count(a => shown.Area(a, 2025).Hidden));
    }

    [Fact]
    public void A_hidden_rows_cost_and_value_are_hidden_with_it_and_a_shown_rows_are_not()
    {
        var shown = ProtectedUptake.Protect(Year, restricted: true);
        var deposit = shown.Entitlement("deposit", 2025);
        Assert.Equal(("c", "c"), (deposit.CostText, deposit.ValueText));
        Assert.Null(deposit.Value);
        Assert.Equal("£18,629.84", shown.Entitlement("tax", 2025).ValueText);
    }

    [Fact]
    public void A_viewer_with_child_data_sees_every_figure()
    {
        var all = ProtectedUptake.Protect(Year, restricted: false);
        Assert.Equal(0, all.HiddenCount);
        Assert.Equal("3", all.Entitlement("deposit", 2025).YoungPeopleText);
        Assert.Equal(Year.Sum(c => c.YoungPeople), all.Total(2025).YoungPeople);
    }

    [Fact]
    public void Each_year_is_protected_from_its_own_figures_so_every_view_hides_the_same_cells()
    {
        var alone = ProtectedUptake.Protect(Year, restricted: true);
        var withAnotherYear = ProtectedUptake.Protect([.. Year, C("deposit", OfferArea.Accommodation, 1, 2024), C("tax", OfferArea.Accommodation, 48, 2024)], restricted: true);
        foreach (var c in Year)
            Assert.Equal(alone.Entitlement(c.Key, 2025).Hidden, withAnotherYear.Entitlement(c.Key, 2025).Hidden);
        Assert.Equal([2024, 2025], withAnotherYear.Years);
    }

    [Fact]
    public void Rows_add_up_by_entitlement_and_the_financial_year_their_period_starts_in()
    {
        var catalogue = new Dictionary<string, CatalogueEntry> { ["tax"] = new("tax", "Council tax", OfferArea.Accommodation, 1, null) };
        OfferUptake Row(string start, string end, int n, decimal? value) => new() { EntitlementKey = "tax", PeriodStart = DateOnly.Parse(start), PeriodEnd = DateOnly.Parse(end), YoungPeople = n, Value = value, RecordedBy = "x" };
        var cells = ProtectedUptake.Cells(
        [
            Row("2025-04-01", "2025-06-30", 20, 100m), Row("2025-07-01", "2026-03-31", 33, null), Row("2025-01-01", "2025-03-31", 9, 5m),
            new() { EntitlementKey = "not-in-the-offer", PeriodStart = new(2025, 4, 1), PeriodEnd = new(2026, 3, 31), YoungPeople = 3, RecordedBy = "x" },
        ], catalogue);

        Assert.Equal([(2024, 9, 5m), (2025, 53, 100m)], cells.OrderBy(c => c.Year).Select(c => (c.Year, c.YoungPeople, c.Value!.Value)));
    }
}
