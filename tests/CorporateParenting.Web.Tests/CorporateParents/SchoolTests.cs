using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Disclosure;
using CorporateParenting.Web.Features.CorporateParents.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>Schools: counts through disclosure control for every role, and who is missing.</summary>
public sealed class SchoolTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private static School S(int id, string name, int? count, string? teacher = "Ms T", string? governor = "Cllr G") =>
        new() { Id = id, Name = name, ChildrenOnRoll = count, DesignatedTeacher = teacher, LinkGovernor = governor };

    [Fact]
    public void One_small_count_beside_a_shown_total_takes_another_school_with_it_and_the_audit_passes()
    {
        School[] schools = [S(1, "A", 3), S(2, "B", 20), S(3, "C", 37), S(4, "D", null)];

        var (problem, _, rows) = SchoolCounts.Build(schools);
        var primaryOnly = DisclosureAudit.Run(problem, problem.Rows.Select(r => r.Primary).ToArray());
        Assert.False(primaryOnly.Passed);   // the total minus B and C gives A away

        var shown = SchoolCounts.Protect(schools);
        Assert.Equal("c", shown.BySchool[1]);
        Assert.Equal(2, shown.BySchool.Values.Count(v => v == "c"));
        Assert.False(shown.BySchool.ContainsKey(4));
        var audit = DisclosureAudit.Run(problem, DisclosureProtection.Protect(problem));
        Assert.True(audit.Passed, string.Join("\n", audit.Failures));
    }

    [Fact]
    public async Task Every_role_sees_protected_counts_and_schools_missing_someone_are_marked()
    {
        await hub.WithScope(async s =>
        {
            var db = s.GetRequiredService<HubDbContext>();
            db.Schools.AddRange(
                new School { Name = "Test Small School", ChildrenOnRoll = 2, CountedOn = new DateOnly(2026, 9, 1), DesignatedTeacher = "Mr Test", LinkGovernor = "Cllr Test" },
                new School { Name = "Test No Teacher School", ChildrenOnRoll = 40, CountedOn = new DateOnly(2026, 9, 1), LinkGovernor = "Cllr Test" });
            return await db.SaveChangesAsync();
        });

        foreach (var role in new[] { HubRoles.BoardOfficer, HubRoles.BoardMember })
        {
            using var client = hub.ClientAs(role);
            var html = await client.GetStringAsync("/CorporateParents/Schools");
            var small = html[html.IndexOf("Test Small School", StringComparison.Ordinal)..];
            Assert.Matches("data-testid=\"children\">\\s*c\\s*<", small[..small.IndexOf("</tr>", StringComparison.Ordinal)]);
            Assert.DoesNotContain("data-testid=\"children\">2<", html);
            var missing = html[html.IndexOf("Test No Teacher School", StringComparison.Ordinal)..];
            Assert.Contains("Missing", missing[..missing.IndexOf("</tr>", StringComparison.Ordinal)]);
        }
        var all = await hub.WithScope(s => s.GetRequiredService<HubDbContext>().Schools.AsNoTracking().ToListAsync());
        var (problem, _, _) = SchoolCounts.Build(all);
        Assert.True(DisclosureAudit.Run(problem, DisclosureProtection.Protect(problem)).Passed);
    }
}
