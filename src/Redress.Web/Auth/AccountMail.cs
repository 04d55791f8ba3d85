using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;
using Redress.Web.Data.Entities;
using Redress.Web.Jobs;

namespace Redress.Web.Auth;

/// <summary>
/// Invitations and password resets by email: a one-use Identity token in a link to /reset-password.
/// Links start with Redress:BaseUrl (<see cref="ServiceLinks"/>), never the request's Host; without it the
/// mail is not sent, since it would be useless without its link, and the caller says so.
/// </summary>
public sealed class AccountMail(UserManager<RedressUser> users, Mailer mailer, ServiceLinks links, ILogger<AccountMail> logger)
{
    /// <summary>Why an invitation or reset cannot be sent now, or null when it can.</summary>
    public string? Unavailable => links.BaseUrl is null
        ? "The email was not sent: Redress has no address for the link in it. An administrator must set Redress:BaseUrl (see docs/operations.md)."
        : null;

    /// <summary>Sends the invitation or reset link; false (and a log line) when links cannot be made.</summary>
    public async Task<bool> SendAsync(RedressUser user, bool invitation, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.To($"/reset-password?user={user.Id}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}");
        if (link is null)
        {
            logger.LogError("No {Kind} sent to user {UserId}: {Problem}", invitation ? "invitation" : "password reset", user.Id, links.Problem);
            return false;
        }
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
        return true;
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
