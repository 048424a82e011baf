using CorporateParenting.Data;
using CorporateParenting.Data.CorporateParents;
using CorporateParenting.Web.Infrastructure;
using CorporateParenting.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.CorporateParents.Training;

/// <summary>
/// E-mails each serving member who is due or overdue with their training, saying why. A member is reminded at most once
/// a day for the same reasons (a <see cref="TrainingReminder"/> row), so pressing "Send reminders" twice sends nothing new.
/// </summary>
public sealed class TrainingReminders(HubDbContext db, IHubMailer mailer, IOptions<HubOptions> hub)
{
    /// <summary>Who would be reminded today: due or overdue, with an e-mail address.</summary>
    public async Task<IReadOnlyList<MemberStanding>> ToRemindAsync(DateOnly today, CancellationToken cancellationToken) =>
        (await MemberCompliance.ServingAsync(db, today, cancellationToken))
            .Where(s => s.Compliance.Status != ComplianceStatus.UpToDate && s.Member.Email is not null).ToList();

    public async Task<int> SendAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var sentToday = (await db.TrainingReminders.Where(r => r.SentOn == today).Select(r => new { r.CouncilMemberId, r.Reason }).ToListAsync(cancellationToken))
            .Select(r => (r.CouncilMemberId, r.Reason)).ToHashSet();
        var sent = 0;
        foreach (var standing in await ToRemindAsync(today, cancellationToken))
        {
            var reason = Truncate(string.Join("; ", standing.Compliance.Reasons));
            if (sentToday.Contains((standing.Member.Id, reason))) continue;
            var overdue = standing.Compliance.Status == ComplianceStatus.Overdue;
            await mailer.SendAsync(standing.Member.Email!,
                overdue ? "Your corporate parenting training is overdue" : "Your corporate parenting training is due soon",
                $"Dear {standing.Member.Name},\n\nAs a corporate parent you are asked to keep up your training. Our record shows:\n\n" +
                string.Concat(standing.Compliance.Reasons.Select(r => $"- {r}\n")) +
                $"\nYour training record and the sessions coming up:\n{hub.Value.LinkTo("/CorporateParents/Me")}\n\nIf the record is wrong, tell the board officer.\n",
                cancellationToken);
            db.TrainingReminders.Add(new TrainingReminder { CouncilMemberId = standing.Member.Id, SentOn = today, Reason = reason });
            // Saved one at a time: a mail server failing half-way leaves the sent ones recorded.
            await db.SaveChangesAsync(cancellationToken);
            sent++;
        }
        return sent;
    }

    private string Truncate(string reason)
    {
        var max = db.MaxLength<TrainingReminder>(r => r.Reason);
        return reason.Length <= max ? reason : reason[..max];
    }
}
