using CorporateParenting.Web.Disclosure;

namespace CorporateParenting.Web.Tests.Disclosure;

/// <summary>
/// Patterns built to leak, each the shape of an attack a member could make on the pages: the protection
/// must hide enough that the audit (a linear programme over every relation) cannot narrow a hidden count
/// to fewer than six values, and the audit must catch the leak when only primary suppression is applied.
/// </summary>
public sealed class DisclosureProtectionTests
{
    /// <summary>A breakdown: the whole and its groups as rows, with the relation that they add up.</summary>
    private static (DisclosureProblem Problem, int Whole, int[] Groups) Breakdown(int[] groups, int? structuralZeroAt = null)
    {
        var problem = new DisclosureProblem();
        var whole = problem.AddVariable(groups.Sum(), "whole");
        problem.AddRow("whole", [whole], false, IndicatorDisclosure.HeadlineCost);
        var ids = groups.Select((g, i) => i == structuralZeroAt
            ? problem.AddVariable(0, $"group {i}", alwaysKnown: true)
            : problem.AddVariable(g, $"group {i}")).ToArray();
        for (var i = 0; i < groups.Length; i++) problem.AddRow($"group {i}", [ids[i]], SmallNumbers.IsSmall(groups[i]), 1 + groups[i]);
        problem.AddRelation("groups add up to the whole", ids.Select(v => (v, 1)).Append((whole, -1)));
        return (problem, whole, ids);
    }

    private static bool[] PrimaryOnly(DisclosureProblem problem) => problem.Rows.Select(r => r.Primary).ToArray();

    [Fact]
    public void One_hidden_group_beside_a_shown_whole_is_pinned_and_the_audit_names_the_relation()
    {
        var (problem, _, _) = Breakdown([3, 20, 37]);

        var audit = DisclosureAudit.Run(problem, PrimaryOnly(problem));

        var failure = Assert.Single(audit.Failures);
        Assert.Equal("group 0", failure.Range.Name);
        Assert.Equal(3, failure.Range.Min, 6);
        Assert.Equal(3, failure.Range.Max, 6);
        Assert.Contains("groups add up to the whole", failure.ToString());
    }

    [Fact]
    public void A_structural_zero_is_never_the_complement_so_the_next_real_group_is_hidden()
    {
        // secure homes by placement type: All 41, K2 39, A5 (can never count), R1 2.
        var (problem, _, groups) = Breakdown([39, 0, 2], structuralZeroAt: 1);

        var hidden = DisclosureProtection.Protect(problem);

        Assert.True(hidden[1 + 0]);    // K2 goes with R1, since A5 hides nothing
        Assert.True(hidden[1 + 2]);
        var audit = DisclosureAudit.Run(problem, hidden);
        Assert.True(audit.Passed, string.Join("\n", audit.Failures));
        Assert.Contains(audit.Hidden, h => h.Variable == groups[2] && h.WholeNumbers >= DisclosureAudit.MinimumWholeNumbers);
    }

    [Fact]
    public void Two_small_groups_that_add_up_to_less_than_six_take_a_third_with_them()
    {
        var (problem, _, _) = Breakdown([2, 2, 30, 40]);
        Assert.False(DisclosureAudit.Run(problem, PrimaryOnly(problem)).Passed);   // 2 + 2 = 4: each is 0 to 4

        var hidden = DisclosureProtection.Protect(problem);

        Assert.Equal([false, true, true, true, false], hidden);   // the 30 is the cheapest third
        Assert.True(DisclosureAudit.Run(problem, hidden).Passed);
    }

    [Fact]
    public void A_headline_that_equals_cells_of_another_breakdown_cannot_be_used_to_subtract()
    {
        // placement_adoption = 25 shown; looked after by placement type: A5 3 (hidden), A6 22, U1 300, K2 40.
        var (problem, _, groups) = Breakdown([3, 22, 300, 40]);
        var adoption = problem.AddVariable(25, "placed for adoption");
        problem.AddRow("placed for adoption", [adoption], false, IndicatorDisclosure.HeadlineCost);
        problem.AddRelation("placed for adoption = A5 + A6", [(groups[0], 1), (groups[1], 1), (adoption, -1)]);
        var primary = PrimaryOnly(problem);
        primary[1 + 2] = true;   // what the old one-breakdown rule did: hide the next smallest group elsewhere
        Assert.False(DisclosureAudit.Run(problem, primary).Passed);

        var hidden = DisclosureProtection.Protect(problem);

        Assert.True(hidden[1 + 1]);   // A6 must go: it is the only complement inside the adoption headline
        Assert.True(DisclosureAudit.Run(problem, hidden).Passed);
        Assert.False(hidden[problem.Rows.Count - 1]);   // the headline itself stays
    }

    [Fact]
    public void Stock_and_flow_across_years_cannot_rebuild_a_hidden_cell()
    {
        // "Not known" ethnicity: 20 at 31 March last year, 3 started, 8 ceased, 15 now; started is hidden.
        var problem = new DisclosureProblem();
        int Count(string name, int value)
        {
            var v = problem.AddVariable(value, name);
            problem.AddRow(name, [v], SmallNumbers.IsSmall(value), 1 + value);
            return v;
        }
        var (before, started, ceased, now) = (Count("last year", 20), Count("started", 3), Count("ceased", 8), Count("now", 15));
        problem.AddRelation("stock and flow", [(now, 1), (before, -1), (started, -1), (ceased, 1)]);
        Assert.False(DisclosureAudit.Run(problem, PrimaryOnly(problem)).Passed);

        var hidden = DisclosureProtection.Protect(problem);

        Assert.True(hidden.Count(h => h) >= 2);
        Assert.True(DisclosureAudit.Run(problem, hidden).Passed);
    }

    [Fact]
    public void A_shown_count_of_one_to_five_is_a_failure_of_its_own()
    {
        var (problem, _, _) = Breakdown([3, 20, 37]);
        var audit = DisclosureAudit.Run(problem, problem.Rows.Select(_ => false).ToArray());
        Assert.Contains(audit.Failures, f => f.ShownDirectly && f.Range.TrueValue == 3);
    }
}
