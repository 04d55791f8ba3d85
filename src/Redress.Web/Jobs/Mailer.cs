using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Redress.Web.Jobs;

/// <summary>
/// Sends mail through SMTP (MailKit) when Mail:Smtp:Host is set; otherwise writes each message as an
/// .eml file under the outbox folder (Mail:Outbox, by default data/outbox), listed on the admin outbox page.
/// </summary>
public sealed class Mailer(IConfiguration configuration, IWebHostEnvironment environment, ILogger<Mailer> logger)
{
    public string? SmtpHost => configuration["Mail:Smtp:Host"] is { Length: > 0 } host ? host : null;

    public string Outbox => configuration["Mail:Outbox"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured, environment.ContentRootPath)
        : Path.Combine(environment.ContentRootPath, "data", "outbox");

    public MailboxAddress From => MailboxAddress.Parse(configuration["Mail:From"] is { Length: > 0 } from ? from : "Redress <redress@localhost>");

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        if (message.From.Count == 0)
        {
            message.From.Add(From);
        }
        if (SmtpHost is { } host)
        {
            using var client = new SmtpClient();
            var security = Enum.TryParse<SecureSocketOptions>(configuration["Mail:Smtp:Security"], ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
            await client.ConnectAsync(host, configuration.GetValue("Mail:Smtp:Port", 25), security, ct);
            if (configuration["Mail:Smtp:User"] is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, configuration["Mail:Smtp:Password"] ?? "", ct);
            }
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            logger.LogInformation("Mail {MessageId} sent to {To} through {Host}", message.MessageId, message.To.ToString(), host);
            return;
        }
        Directory.CreateDirectory(Outbox);
        var path = Path.Combine(Outbox, $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, ct);
        logger.LogInformation("Mail {MessageId} to {To} written to {Path} (no SMTP server configured)", message.MessageId, message.To.ToString(), path);
    }
}
