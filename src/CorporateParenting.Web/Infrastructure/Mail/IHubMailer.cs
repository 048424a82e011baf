namespace CorporateParenting.Web.Infrastructure.Mail;

/// <summary>Sends plain-text e-mail: by SMTP when "Email:Smtp:Host" is set, otherwise into a folder.</summary>
public interface IHubMailer
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}

public sealed class EmailOptions
{
    public const string Section = "Email";
    public string From { get; set; } = "hub@hub.example";
    public SmtpSettings Smtp { get; set; } = new();
    /// <summary>Where mail goes when no SMTP host is set; relative to the data folder.</summary>
    public string PickupFolder { get; set; } = "mail";

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public bool UseStartTls { get; set; } = true;
    }
}
