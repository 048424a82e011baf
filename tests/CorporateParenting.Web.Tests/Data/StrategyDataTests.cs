using CorporateParenting.Data;
using CorporateParenting.Data.Governance;
using CorporateParenting.Data.Strategy;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Tests.Data;

/// <summary>The strategy's tables on both providers: what is saved comes back whole, and the keys hold.</summary>
public sealed class StrategyDataTests
{
    private static StrategyPlan Plan() => new()
    {
        Title = "Our strategy", StartYear = 2025, EndYear = 2028, Vision = "Every child thrives.",
        Priorities =
        [
            new PriorityArea
            {
                Order = 1, Name = "Ready for adult life", Description = "Homes, money and skills.", ChildFriendlyDescription = "Help to grow up.",
                Principles = Principles.ReadyForAdultLife | Principles.ExpressViews, ChairName = "Head of Leaving Care",
                Members = [new() { Name = "Careers adviser", Organisation = "Northbridge College", IsPartner = true }],
                Aims =
                [
                    new PriorityAim
                    {
                        Order = 1, Text = "Care leavers live in suitable homes",
                        Actions =
                        [
                            new StrategyAction
                            {
                                Description = "Open six training flats", Owner = "Housing", OriginalDueDate = new(2026, 3, 31), DueDate = new(2026, 9, 30),
                                Status = StrategyActionStatus.AtRisk, Rag = Rag.Amber, Indicators = [new() { IndicatorKey = "staying_put" }],
                                Updates = [new() { WrittenAtUtc = new DateTime(2026, 2, 1, 10, 0, 0, DateTimeKind.Utc), Author = "Housing", Narrative = "A builder's delay.",
                                    Status = StrategyActionStatus.AtRisk, Rag = Rag.Amber, MovedFrom = new(2026, 3, 31), MovedTo = new(2026, 9, 30) }],
                            },
                        ],
                    },
                ],
            },
            new PriorityArea { Order = 2, Name = "Spare", Description = "d", ChildFriendlyDescription = "c", ChairName = "Nobody" },
        ],
    };

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task A_strategy_comes_back_whole_with_its_history_evidence_and_impact_figures(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        var evidence = new EvidenceFile { FileName = "flats.pdf", ContentType = "application/pdf", Content = [1, 2, 3, 4] };
        await using (var db = data.Create())
        {
            var plan = Plan();
            db.Strategies.Add(plan);
            db.EvidenceFiles.Add(evidence);
            await db.SaveChangesAsync();
            var action = plan.Priorities[0].Aims[0].Actions[0];
            action.Updates.Add(new() { WrittenAtUtc = DateTime.UtcNow, Author = "Housing", Narrative = "Keys handed over.", Status = StrategyActionStatus.Done, Rag = Rag.Green,
                EvidenceFileId = evidence.Id, EvidenceFileName = evidence.FileName });
            db.Achievements.Add(new Achievement { PriorityId = plan.Priorities[0].Id, Date = new(2026, 4, 1), What = "Council tax relief", Who = "Revenues",
                ImpactNumber = 18629.84m, ImpactUnit = "£", ImpactSentence = "of relief for 53 care leavers" });
            db.Recommendations.Add(new Recommendation { Reference = "R1", Source = RecommendationSource.MonitoringVisit, Date = new(2025, 11, 1), Text = "Improve housing.",
                Owner = "Head of Leaving Care", Status = RecommendationStatus.InProgress, Actions = [new() { ActionId = action.Id }],
                Reports = [new() { ReportedOn = new(2026, 2, 1), Author = "Head of Leaving Care", Text = "Under way.", Status = RecommendationStatus.InProgress }] });
            await db.SaveChangesAsync();
        }

        await using var read = data.Create();
        var priority = await read.PriorityAreas.Include(p => p.Members).Include(p => p.Aims).ThenInclude(a => a.Actions).ThenInclude(a => a.Updates)
            .Include(p => p.Aims).ThenInclude(a => a.Actions).ThenInclude(a => a.Indicators).AsSplitQuery().SingleAsync(p => p.Name == "Ready for adult life");
        Assert.Equal(Principles.ReadyForAdultLife | Principles.ExpressViews, priority.Principles);
        Assert.True(priority.Members.Single().IsPartner);
        var saved = priority.Aims.Single().Actions.Single();
        Assert.Equal((new DateOnly(2026, 3, 31), new DateOnly(2026, 9, 30), StrategyActionStatus.AtRisk), (saved.OriginalDueDate, saved.DueDate, saved.Status));
        Assert.Equal(["A builder's delay.", "Keys handed over."], saved.Updates.OrderBy(u => u.WrittenAtUtc).Select(u => u.Narrative));
        Assert.Equal(new DateOnly(2026, 3, 31), saved.Updates.Single(u => u.MovedTo is not null).MovedFrom);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, (await read.EvidenceFiles.SingleAsync(f => f.Id == evidence.Id)).Content);
        Assert.Equal(18629.84m, (await read.Achievements.SingleAsync()).ImpactNumber);
        var recommendation = await read.Recommendations.Include(r => r.Actions).Include(r => r.Reports).SingleAsync();
        Assert.Equal((saved.Id, 1), (recommendation.Actions.Single().ActionId, recommendation.Reports.Count));
    }

    [Theory]
    [MemberData(nameof(DataTestContext.Providers), MemberType = typeof(DataTestContext))]
    public async Task An_indicator_is_linked_once_and_removing_a_priority_frees_its_agenda_items_and_achievements(DatabaseProvider provider)
    {
        using var data = new DataTestContext(provider);
        int actionId, spareId, itemId;
        await using (var db = data.Create())
        {
            var plan = Plan();
            db.Strategies.Add(plan);
            await db.SaveChangesAsync();
            (actionId, spareId) = (plan.Priorities[0].Aims[0].Actions[0].Id, plan.Priorities[1].Id);
            var meeting = new Meeting { Date = new(2026, 12, 21), StartTime = new(14, 0), Place = "Town Hall" };
            meeting.Items.Add(new AgendaItem { Order = 1, Title = "Working-group report: Spare", PriorityId = spareId });
            db.Meetings.Add(meeting);
            db.Achievements.Add(new Achievement { PriorityId = spareId, Date = new(2026, 4, 1), What = "Something", Who = "Someone" });
            await db.SaveChangesAsync();
            itemId = meeting.Items[0].Id;
        }

        await using (var db = data.Create())
        {
            db.StrategyActionIndicators.Add(new StrategyActionIndicator { ActionId = actionId, IndicatorKey = "staying_put" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using (var db = data.Create())
        {
            db.PriorityAreas.Remove(await db.PriorityAreas.SingleAsync(p => p.Id == spareId));
            await db.SaveChangesAsync();
        }
        await using var read = data.Create();
        Assert.Null((await read.AgendaItems.SingleAsync(i => i.Id == itemId)).PriorityId);
        Assert.Null((await read.Achievements.SingleAsync()).PriorityId);
    }
}
