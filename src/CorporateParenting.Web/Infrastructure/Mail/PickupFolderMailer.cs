using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Infrastructure.Mail;

/// <summary>Writes each message as an .eml file, so development never sends real mail.</summary>
public sealed class PickupFolderMailer(IOptions<EmailOptions> options, DataDirectory data) : IHubMailer
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var folder = data.Resolve(options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var message = MailMessages.Create(options.Value, to, subject, body);
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }
}
