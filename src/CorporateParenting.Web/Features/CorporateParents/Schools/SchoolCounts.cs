using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Disclosure;

namespace CorporateParenting.Web.Features.CorporateParents.Schools;

/// <summary>
/// The number of the council's children at each school, as every role sees it (ADR 12): counts of 1 to 5 are
/// "c", and because the total is shown too, enough other schools are hidden that no "c" can be worked out.
/// </summary>
public static class SchoolCounts
{
    public const double TotalCost = 1000;

    public sealed record Protected(IReadOnlyDictionary<int, string> BySchool, string Total, int Hidden);

    /// <summary>The problem an attacker faces: the total and each counted school as rows, the schools adding up to the total.</summary>
    public static (DisclosureProblem Problem, int Total, IReadOnlyList<(int SchoolId, int Variable, int Row)> Schools) Build(IEnumerable<School> schools)
    {
        var counted = schools.Where(s => s.ChildrenOnRoll is not null).OrderBy(s => s.Id).ToList();
        var problem = new DisclosureProblem();
        var total = problem.AddVariable(counted.Sum(s => s.ChildrenOnRoll!.Value), "all counted schools");
        problem.AddRow("total", [total], SmallNumbers.IsSmall(counted.Sum(s => s.ChildrenOnRoll!.Value)), TotalCost);
        var rows = counted.Select(s =>
        {
            var count = s.ChildrenOnRoll!.Value;
            var variable = problem.AddVariable(count, s.Name);
            var row = problem.AddRow(s.Name, [variable], SmallNumbers.IsSmall(count), 1 + count);
            return (s.Id, variable, row);
        }).ToList();
        problem.AddRelation("schools add up to the total", rows.Select(r => (r.variable, 1)).Append((total, -1)));
        return (problem, total, rows);
    }

    public static Protected Protect(IEnumerable<School> schools)
    {
        var list = schools.ToList();
        var (problem, _, rows) = Build(list);
        var hidden = DisclosureProtection.Protect(problem);
        var byId = list.ToDictionary(s => s.Id);
        var shown = rows.ToDictionary(r => r.SchoolId, r => hidden[r.Row] ? SmallNumbers.Symbol : byId[r.SchoolId].ChildrenOnRoll!.Value.ToString("N0"));
        var total = problem.Variables[0].TrueValue;
        return new Protected(shown, hidden[0] ? SmallNumbers.Symbol : total.ToString("N0"), rows.Count(r => hidden[r.Row]));
    }
}
