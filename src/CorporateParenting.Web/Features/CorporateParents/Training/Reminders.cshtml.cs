using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.CorporateParents.Training;

/// <summary>Shows who is due or overdue with training and sends them a reminder when the board officer presses the button.</summary>
[Authorize(Policy = Capability.ManageCorporateParents)]
public sealed class RemindersModel(TrainingReminders reminders, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MemberStanding> ToRemind { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => ToRemind = await reminders.ToRemindAsync(clock.UkToday(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var sent = await reminders.SendAsync(clock.UkToday(), cancellationToken);
        TempData["Saved"] = sent == 0 ? "No reminders sent: everyone due or overdue was already reminded today"
            : $"Sent {sent} {(sent == 1 ? "reminder" : "reminders")}";
        return Redirect("/CorporateParents/Training/Reminders");
    }
}
