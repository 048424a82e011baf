using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Features.Account;
using CorporateParenting.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Admin.Users;

/// <summary>E-mails a new user a one-time link to choose their own password.</summary>
public sealed class UserInvitations(UserManager<HubUser> users, IHubMailer mailer, IOptions<Infrastructure.HubOptions> hub)
{
    public async Task SendAsync(HubUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = hub.Value.LinkTo(SetPasswordModel.PathFor(user.Id, token));
        var service = hub.Value.ServiceName;
        var body = $"""
            Hello {user.DisplayName},

            You have been given an account on the {service}{(string.IsNullOrEmpty(hub.Value.CouncilName) ? "" : " for " + hub.Value.CouncilName)}.

            Choose your password here (the link works once):
            {link}

            If you were not expecting this, you can ignore this e-mail.
            """;
        await mailer.SendAsync(user.Email!, $"Your {service} account", body, cancellationToken);
    }
}
