using CorporateParenting.Data.LocalOffer;
using CorporateParenting.Web.Features.LocalOffer.Uptake;

namespace CorporateParenting.Web.Tests.LocalOffer;

/// <summary>The uptake rules in their one place: periods, overlaps, keys, who may record, negative figures, and uploads.</summary>
public sealed class UptakeRulesTests
{
    private static readonly Dictionary<string, CatalogueEntry> Catalogue = new()
    {
        ["council-tax"] = new("council-tax", "Council tax exemption", OfferArea.Accommodation, 1, ServiceId: 7),
        ["leisure-pass"] = new("leisure-pass", "Leisure pass", OfferArea.HealthAndWellbeing, 1, ServiceId: 8),
        ["mentoring"] = new("mentoring", "Mentoring", OfferArea.Relationships, 1, ServiceId: null),
    };
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly UptakeRules Officer = new(Catalogue, null, Today);

    private static UptakeEntry E(string key = "council-tax", string start = "2025-04-01", string end = "2026-03-31", int people = 53, decimal? cost = 18_629.84m, decimal? value = 18_629.84m) =>
        new(key, DateOnly.Parse(start), DateOnly.Parse(end), people, cost, value, null);

    private static OfferUptake Held(string key, string start, string end) =>
        new() { EntitlementKey = key, PeriodStart = DateOnly.Parse(start), PeriodEnd = DateOnly.Parse(end), RecordedBy = "x" };

    [Fact]
    public void A_good_row_passes() => Assert.Empty(Officer.Check(E(), []));

    [Theory]
    [InlineData("2025-04-01", "2025-03-31", "PeriodEnd", "must end on or after")]
    [InlineData("2025-01-01", "2025-06-30", "PeriodEnd", "within one financial year")]
    [InlineData("2026-12-01", "2027-03-31", "PeriodStart", "must have started")]
    public void A_period_must_run_forwards_within_one_financial_year_and_have_begun(string start, string end, string field, string message)
    {
        var error = Assert.Single(Officer.Check(E(start: start, end: end), []));
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Periods_of_the_same_entitlement_may_not_overlap_but_other_entitlements_and_adjacent_periods_may()
    {
        OfferUptake[] held = [Held("council-tax", "2025-04-01", "2025-06-30"), Held("leisure-pass", "2025-04-01", "2026-03-31")];

        var clash = Assert.Single(Officer.Check(E(start: "2025-06-01", end: "2025-09-30"), held));
        Assert.Contains("overlaps", clash.Message);
        Assert.Contains("1 April 2025 to 30 June 2025", clash.Message);
        Assert.Empty(Officer.Check(E(start: "2025-07-01", end: "2025-09-30"), held));
        Assert.Empty(Officer.Check(E(key: "mentoring", start: "2025-06-01", end: "2025-09-30"), held));
    }

    [Fact]
    public void The_key_must_exist_and_figures_must_not_be_negative()
    {
        Assert.Contains("no entitlement with the key 'gym'", Assert.Single(Officer.Check(E(key: "gym"), [])).Message);
        Assert.Equal(["YoungPeople", "Cost", "Value"], Officer.Check(E(people: -1, cost: -1m, value: -0.01m), []).Select(e => e.Field));
        Assert.Equal("Cost", Assert.Single(Officer.Check(E(cost: 1.234m), [])).Field);
        Assert.Empty(Officer.Check(E(people: 0, cost: 0m, value: null), []));
    }

    [Fact]
    public void A_service_manager_records_only_for_entitlements_their_services_own()
    {
        var manager = new UptakeRules(Catalogue, new HashSet<int> { 7 }, Today);

        Assert.True(manager.MayRecord("council-tax"));
        Assert.False(manager.MayRecord("leisure-pass"));
        Assert.False(manager.MayRecord("mentoring"));   // no owning service: the board officer records it
        Assert.Equal(["council-tax"], manager.Recordable.Select(e => e.Key));
        Assert.Contains("your services provide", Assert.Single(manager.Check(E(key: "leisure-pass"), [])).Message);
        Assert.Equal(3, Officer.Recordable.Count);
    }

    [Fact]
    public void An_upload_names_every_bad_line_checks_lines_against_each_other_and_corrects_a_row_of_the_same_period()
    {
        OfferUptake[] held = [Held("council-tax", "2024-04-01", "2025-03-31")];
        var (errors, rows) = Officer.CheckUpload(
        [
            (2, E(start: "2024-04-01", end: "2025-03-31", people: 48)),     // corrects the row held
            (3, E(key: "leisure-pass")),
            (4, E(key: "leisure-pass", start: "2025-10-01", end: "2025-12-31")), // overlaps line 3
            (5, E(key: "gym")),
            (6, E(people: -2, start: "2025-04-01", end: "2025-06-30")),
        ], held);

        Assert.Equal(3, errors.Count);
        Assert.StartsWith("Line 4: ", errors[0]);
        Assert.StartsWith("Line 5: ", errors[1]);
        Assert.StartsWith("Line 6: ", errors[2]);
        Assert.Same(held[0], rows[0].Replaces);
        Assert.Null(rows[1].Replaces);
    }
}
