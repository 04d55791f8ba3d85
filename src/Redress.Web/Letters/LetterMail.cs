using Microsoft.EntityFrameworkCore;
using MimeKit;
using Redress.Domain.Complaints;
using Redress.Domain.Letters;
using Redress.Web.Audit;
using Redress.Web.Data;
using Redress.Web.Jobs;

namespace Redress.Web.Letters;

/// <summary>
/// Emails issued letters to residents and representatives who have an email address: the letter as the
/// message body and its stored PDF attached. A letter is claimed by a conditional update before it is sent,
/// so two instances never both send it; a claim left by a crash is taken again after ten minutes, and a
/// failure is retried on later runs (five tries), with the error kept on the letter for staff to see.
/// </summary>
public sealed class LetterMail(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<LetterMail> logger) : BackgroundService
{
    public const int MaxAttempts = 5;
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _nudge = new(0);

    /// <summary>Asks this instance to send at once (a letter was just issued); other instances find it on their next run.</summary>
    public void Nudge()
    {
        if (_nudge.CurrentCount == 0)
        {
            _nudge.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Letters:Email", true))
        {
            return;
        }
        var every = TimeSpan.FromSeconds(configuration.GetValue("Letters:EmailIntervalSeconds", 60));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Emailing letters failed; the next run tries again");
            }
            try
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var nudged = _nudge.WaitAsync(wait.Token);
                if (await Task.WhenAny(nudged, Task.Delay(every, clock, wait.Token)) == nudged)
                {
                    // Woken by a letter just issued: wait a moment so that letters issued together go out together,
                    // after the requests that issued them, rather than competing with each one for the database.
                    await Task.Delay(Settle, clock, stoppingToken);
                }
                await wait.CancelAsync();
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends every letter waiting for email; returns how many went.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RedressDbContext>();
        var mailer = scope.ServiceProvider.GetRequiredService<Mailer>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - StaleClaim;
        var waiting = await db.Letters.AsNoTracking()
            .Where(l => l.Delivery == LetterDelivery.Email && l.EmailedAtUtc == null && l.EmailAttempts < MaxAttempts
                && (l.EmailClaimedAtUtc == null || l.EmailClaimedAtUtc < stale))
            .OrderBy(l => l.IssuedAtUtc).Select(l => l.Id).Take(100).ToListAsync(ct);
        var sent = 0;
        foreach (var id in waiting)
        {
            var claimed = await db.Letters
                .Where(l => l.Id == id && l.EmailedAtUtc == null && (l.EmailClaimedAtUtc == null || l.EmailClaimedAtUtc < stale))
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.EmailClaimedAtUtc, now).SetProperty(l => l.EmailAttempts, l => l.EmailAttempts + 1), ct);
            if (claimed == 0)
            {
                continue; // another instance has it
            }
            var letter = await db.Letters.AsNoTracking().SingleAsync(l => l.Id == id, ct);
            var reference = await ReferenceAsync(db, letter, ct);
            try
            {
                await mailer.SendAsync(Message(letter, reference), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Letter {LetterId} could not be emailed (try {Attempt})", id, letter.EmailAttempts);
                var error = e.Message.Length > 200 ? e.Message[..200] : e.Message;
                await db.Letters.Where(l => l.Id == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.EmailError, error).SetProperty(l => l.EmailClaimedAtUtc, (DateTime?)null), ct);
                continue;
            }
            // Sent: the letter says so and the audit trail records it, in one transaction.
            var at = clock.GetUtcNow().UtcDateTime;
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await db.Letters.Where(l => l.Id == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.EmailedAtUtc, at).SetProperty(l => l.EmailError, (string?)null), ct);
                db.AuditEvents.Add(audit.Record(Actor.System, "complaint.letter-emailed", "letter", id.ToString(), letter.ComplaintId, null,
                    AuditTrail.Snapshot(new { to = letter.RecipientEmail, sha256 = letter.Sha256 })));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            sent++;
        }
        return sent;
    }

    /// <summary>What the letter is about, for its subject: the complaint's or the service request's reference; null for feedback, which has none.</summary>
    private static async Task<string?> ReferenceAsync(RedressDbContext db, Letter letter, CancellationToken ct) =>
        letter.ComplaintId is { } complaint ? await db.Complaints.Where(c => c.Id == complaint).Select(c => c.Reference).SingleAsync(ct)
        : letter.ServiceRequestId is { } request ? await db.ServiceRequests.Where(r => r.Id == request).Select(r => r.Reference).SingleAsync(ct)
        : null;

    private static MimeMessage Message(Letter letter, string? reference)
    {
        var message = new MimeMessage();
        message.To.Add(new MailboxAddress(letter.Recipient, letter.RecipientEmail!));
        message.Subject = reference is null ? letter.Title : $"{letter.Title} (reference {reference})";
        // The letter as text and as HTML; in large print the HTML sets it at 24 pixels (Code 5.10).
        var body = new BodyBuilder
        {
            TextBody = letter.Text,
            HtmlBody = $"<div style=\"font-family: Arial, sans-serif; font-size: {(letter.LargePrint ? 24 : 16)}px; line-height: 1.4; max-width: 40em\">{letter.Html}</div>",
        };
        if (letter.Pdf is { } pdf)
        {
            body.Attachments.Add($"{reference ?? "letter"}-{Kebab(letter.Kind)}.pdf", pdf, new ContentType("application", "pdf"));
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Kebab(LetterKind kind) => string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
