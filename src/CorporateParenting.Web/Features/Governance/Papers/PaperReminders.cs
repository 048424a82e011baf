using CorporateParenting.Data;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Governance.Papers;

/// <summary>
/// Chases papers by e-mail: once a few days before the deadline and once on the day after it passes.
/// Each is sent at most once (the date sent is stored), so running more often never repeats a mail.
/// </summary>
public sealed class PaperReminders(HubDbContext db, IHubMailer mailer, IOptions<GovernanceOptions> options, IOptions<HubOptions> hub)
{
    public async Task<int> SendDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var remindFrom = today.AddDays(options.Value.ReminderDaysBefore);
        var outstanding = await db.ReportRequests
            .Where(r => r.ReceivedAtUtc == null && r.OwnerEmail != null && r.DueDate <= remindFrom)
            .Where(r => (r.ReminderSentOn == null && r.DueDate >= today) || (r.OverdueNoticeSentOn == null && r.DueDate < today))
            .ToListAsync(cancellationToken);
        var meetings = await db.Meetings.Where(m => outstanding.Select(r => r.MeetingId).Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        foreach (var request in outstanding)
        {
            var meeting = DateDisplay.Long(meetings[request.MeetingId]);
            var link = hub.Value.LinkTo($"/Governance/Papers/Submit/{request.Id}");
            if (request.DueDate >= today)
            {
                await mailer.SendAsync(request.OwnerEmail!, $"Reminder: \"{request.Title}\" is due on {DateDisplay.Long(request.DueDate)}",
                    $"The Corporate Parenting Board expects \"{request.Title}\" for its meeting on {meeting}.\n\nPlease submit the paper and its cover sheet by {DateDisplay.Long(request.DueDate)}:\n{link}\n", cancellationToken);
                request.ReminderSentOn = today;
            }
            else
            {
                await mailer.SendAsync(request.OwnerEmail!, $"Overdue: \"{request.Title}\" was due on {DateDisplay.Long(request.DueDate)}",
                    $"The Corporate Parenting Board has not received \"{request.Title}\" for its meeting on {meeting}; it was due on {DateDisplay.Long(request.DueDate)}.\n\nPlease submit it as soon as you can, or tell the board officer if it cannot come to this meeting:\n{link}\n", cancellationToken);
                request.OverdueNoticeSentOn = today;
            }
            // Saved one at a time: a mail server failing half-way leaves the sent ones recorded.
            await db.SaveChangesAsync(cancellationToken);
        }
        return outstanding.Count;
    }
}

/// <summary>Runs <see cref="PaperReminders"/> on a timer in the web app.</summary>
public sealed class PaperReminderWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<GovernanceOptions> options, ILogger<PaperReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<PaperReminders>().SendDueAsync(clock.UkToday(), stoppingToken);
                if (sent > 0) logger.LogInformation("Sent {Count} paper reminders", sent);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A database not yet migrated or a mail server down must not stop the app; the next tick retries.
                logger.LogWarning(error, "Paper reminders failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
