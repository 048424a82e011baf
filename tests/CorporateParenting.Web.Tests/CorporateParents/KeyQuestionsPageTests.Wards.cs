using System.Net;
using System.Text.RegularExpressions;
using CorporateParenting.Data;
using CorporateParenting.Data.Performance;
using CorporateParenting.Testing;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Features.CorporateParents.KeyQuestions;
using CorporateParenting.Web.Features.Demo.CorporateParents;
using CorporateParenting.Web.Features.Performance.Scorecard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Web.Tests.CorporateParents;

/// <summary>Children looked after living in and placed from each ward, as members see them (the demo has its postcode lookup loaded).</summary>
public sealed partial class KeyQuestionsPageTests
{
    private async Task<(WardPicture Picture, List<IndicatorValue> Stored, string Unit)> WardsAsync() => await hub.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<HubDbContext>();
        var builder = s.GetRequiredService<ScorecardBuilder>();
        var year = (await builder.YearsAsync()).Max();
        var picture = await new KeyQuestionAnswers(db, builder).WardsAsync(year, CancellationToken.None);
        Assert.NotNull(picture);
        var (id, unit) = await db.Indicators.Where(i => i.Key == "cla_count").Select(i => new ValueTuple<int, string>(i.Id, i.Unit)).SingleAsync();
        var stored = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == id && v.Year == year
            && (v.Dimension == "" || v.Dimension == KeyQuestionCatalogue.Ward || v.Dimension == KeyQuestionCatalogue.LivingWard)).ToListAsync();
        return (picture!, stored, unit);
    });

    private static string AsMembersSee(IndicatorValue v, string unit) => ScorecardBuilder.Hidden(v, unit) ? "c" : Figures.Format(v.Value, unit);

    [Fact]
    public async Task Both_ward_figures_are_the_stored_figures_as_members_see_them_and_no_hidden_one_can_be_worked_out()
    {
        var (picture, stored, unit) = await WardsAsync();
        var living = stored.Where(v => v.Dimension == KeyQuestionCatalogue.LivingWard).ToDictionary(v => v.Group!);
        var placed = stored.Where(v => v.Dimension == KeyQuestionCatalogue.Ward).ToDictionary(v => v.Group!);
        Assert.True(living.Keys.Count(w => w != KeyQuestionAnswers.NotKnown && w != WardPicture.Outside) >= 3, "the demo should place children in several wards");

        foreach (var row in picture.Rows)
        {
            Assert.Equal(living.TryGetValue(row.Ward, out var l) ? AsMembersSee(l, unit) : "0", row.LivingIn);
            Assert.Equal(placed.TryGetValue(row.Ward, out var p) ? AsMembersSee(p, unit) : "0", row.PlacedFrom);
        }
        Assert.Equal(living.Keys.Union(placed.Keys).Order(), picture.Rows.Select(r => r.Ward).Order());
        Assert.Contains(picture.Rows, r => r.Ward == WardPicture.Outside);   // children placed outside the area are one group, not another council's wards

        // Primary: no count of 1 to 5 shows. Secondary: the parts and the whole never hide exactly one figure between them.
        foreach (var column in new[] { picture.Rows.Select(r => r.LivingIn).Append(picture.LivingInAll), picture.Rows.Select(r => r.PlacedFrom).Append(picture.PlacedFromAll) })
        {
            var cells = column.ToList();
            Assert.DoesNotContain(cells, c => c is "1" or "2" or "3" or "4" or "5");
            Assert.NotEqual(1, cells.Count(c => c == "c"));
        }
    }

    [Fact]
    public async Task The_page_and_the_demo_members_own_page_show_their_wards_two_figures()
    {
        var (picture, _, _) = await WardsAsync();
        var html = await PageAs(HubRoles.BoardMember);
        var table = Regex.Match(html, "<table class=\"govuk-table\" data-testid=\"wards\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        foreach (var row in picture.Rows)
            Assert.Contains($"<th scope=\"row\" class=\"govuk-table__header\">{row.Ward}</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">{row.LivingIn}</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">{row.PlacedFrom}</td>", table);

        // Cllr Rhian Patel, the demo's member@hub.example, signed in for real.
        var ward = await hub.WithScopeAsync(s => s.GetRequiredService<HubDbContext>().CouncilMembers
            .Where(m => m.Name == DemoCorporateParentsSeeder.DemoMemberName).Select(m => m.Ward).SingleAsync());
        var own = picture.For(ward);
        Assert.NotNull(own);
        using var member = hub.ClientAs(null);
        using (var signIn = await Forms.SignInAsync(member, "member@hub.example", HubFactory.DemoPassword))
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var me = WebUtility.HtmlDecode(await member.GetStringAsync("/CorporateParents/Me"));
        var section = Regex.Match(me, "<dl class=\"govuk-summary-list\" data-testid=\"own-ward\">(.*?)</dl>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"Living in {ward}</dt><dd class=\"govuk-summary-list__value\">{own!.LivingIn}</dd>", section);
        Assert.Contains($"Placed from {ward}</dt><dd class=\"govuk-summary-list__value\">{own.PlacedFrom}</dd>", section);
    }
}
