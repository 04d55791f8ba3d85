using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Jobs;

namespace Redress.Web.Pages.Admin;

public sealed record OutboxItem(string File, DateTimeOffset Date, string To, string Subject);

/// <summary>Mail written to the outbox while no SMTP server is configured, and the reminders sent; a button runs the reminders now.</summary>
public sealed class OutboxModel(Mailer mailer, Reminders reminders, ServiceLinks links, RedressDbContext db) : PageModel
{
    /// <summary>Why mail goes without links (Redress:BaseUrl not set), or null.</summary>
    public string? LinkProblem => links.Problem;

    public const int Shown = 200;

    public IReadOnlyList<OutboxItem> Items { get; private set; } = [];
    public IReadOnlyList<SentReminder> Sent { get; private set; } = [];
    public string? SmtpHost => mailer.SmtpHost;
    public string Folder => mailer.Outbox;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var files = Directory.Exists(mailer.Outbox)
            ? new DirectoryInfo(mailer.Outbox).GetFiles("*.eml").OrderByDescending(f => f.Name, StringComparer.Ordinal).Take(Shown).ToList()
            : [];
        var items = new List<OutboxItem>();
        foreach (var file in files)
        {
            using var message = await MimeMessage.LoadAsync(file.FullName, ct);
            items.Add(new OutboxItem(file.Name, message.Date, message.To.ToString(), message.Subject ?? ""));
        }
        Items = items;
        Sent = await db.SentReminders.AsNoTracking().OrderByDescending(r => r.ClaimedAtUtc).Take(50).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var sent = await reminders.RunAsync(ct);
        TempData["Banner"] = sent == 0 ? "No reminders were due." : $"{sent} reminder{(sent == 1 ? "" : "s")} sent.";
        return RedirectToPage();
    }
}
