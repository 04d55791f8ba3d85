using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;
using Redress.Web.Data.Entities;
using Redress.Web.Jobs;

namespace Redress.Web.Auth;

/// <summary>
/// Invitations and password resets by email: a one-use Identity token in a link to /reset-password.
/// Links start with Redress:BaseUrl when it is set (recommended: it does not trust the request's Host).
/// </summary>
public sealed class AccountMail(UserManager<RedressUser> users, Mailer mailer, IConfiguration configuration)
{
    public string BaseUrl(HttpRequest request) =>
        (configuration["Redress:BaseUrl"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}").TrimEnd('/');

    public async Task SendAsync(RedressUser user, string baseUrl, bool invitation, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{baseUrl}/reset-password?user={user.Id}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
        var message = new MimeMessage
        {
            Subject = invitation ? "Your Redress account: choose a password" : "Reset your Redress password",
            Body = new TextPart("plain")
            {
                Text = (invitation
                        ? $"Hello {user.Name},\n\nAn account has been made for you on Redress. Choose your password here:\n\n{link}\n\n"
                        : $"Hello {user.Name},\n\nSomeone asked to reset the password of your Redress account. If it was you, choose a new one here:\n\n{link}\n\nIf it was not you, ignore this email: your password has not changed.\n\n")
                       + "The link works once, for 24 hours.",
            },
        };
        message.To.Add(new MailboxAddress(user.Name, user.Email ?? throw new InvalidOperationException("The user has no email address.")));
        await mailer.SendAsync(message, ct);
    }

    public static string? DecodeToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
