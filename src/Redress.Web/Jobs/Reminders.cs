using Microsoft.EntityFrameworkCore;
using MimeKit;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Domain.Rules;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Calendar;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Pages.Shared;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Jobs;

/// <summary>
/// Emails the handler (or, while nobody holds the complaint, the complaints officers) before each
/// deadline (a clock, an update owed to the resident, an Ombudsman order), by the working days set in settings, and
/// again when it passes: once per deadline. Each
/// reminder is claimed by a unique row before it is sent, so a restart or a second instance does not
/// send it again; a claim left unsent by a crash is sent on a later run.
/// </summary>
public sealed class Reminders(
    RedressDbContext db, SettingsStore settings, CalendarService calendars, Mailer mailer, AuditTrail audit,
    ServiceLinks links, TimeProvider clock, ILogger<Reminders> logger)
{
    public const int Batch = 500;
    public const string DueSoon = "due-soon";
    public const string Overdue = "overdue";
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);

    /// <summary>A date something is due: a complaint's clock, or an Ombudsman order (stage 0) for the complaints officers.</summary>
    private sealed record Deadline(Guid Id, string Reference, int Stage, string Clock, string What, DateOnly DueOn, Guid? HandlerId)
    {
        public bool IsOrder => Stage == 0;
    }

    /// <summary>Sends what is due now; returns how many reminders went.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.TodayInUk();
        var landlord = await settings.GetAsync(db, ct);
        var calendar = await calendars.CurrentAsync(db, landlord, ct);
        DateOnly horizon;
        try
        {
            horizon = calendar.AddWorkingDays(today, landlord.ReminderWorkingDaysBefore);
        }
        catch (DomainException)
        {
            horizon = today; // a year not loaded: remind on the day and after, never early by a guess
        }
        var clocks = await (from c in db.Complaints.AsNoTracking().Where(ComplaintRules.DueBy(horizon))
                            orderby c.NextDueOn
                            select new { c.Id, c.Reference, c.Stage, c.Status, c.NextDueOn, c.HandlerId }).Take(Batch).ToListAsync(ct);
        var updates = await (from c in db.Complaints.AsNoTracking().Where(ComplaintRules.UpdateDueBy(horizon))
                             orderby c.NextUpdateOn
                             select new { c.Id, c.Reference, c.Stage, c.NextUpdateOn, c.HandlerId }).Take(Batch).ToListAsync(ct);
        var orders = await (from o in db.OmbudsmanOrders.AsNoTracking()
                            where o.Status == Domain.Oversight.OrderStatus.Open && o.DueOn <= horizon
                            join k in db.OmbudsmanCases on o.CaseId equals k.Id
                            join c in db.Complaints on k.ComplaintId equals c.Id
                            orderby o.DueOn
                            select new { o.Id, o.Kind, o.Description, o.DueOn, Case = k.Reference, Complaint = c.Id, c.Reference }).Take(Batch).ToListAsync(ct);
        var deadlines = clocks.Select(c => c.Status == ComplaintStatus.AwaitingAcknowledgement
                ? new Deadline(c.Id, c.Reference, c.Stage, "acknowledge", $"stage {c.Stage} acknowledgement", c.NextDueOn!.Value, c.HandlerId)
                : new Deadline(c.Id, c.Reference, c.Stage, "respond", $"stage {c.Stage} response", c.NextDueOn!.Value, c.HandlerId))
            .Concat(updates.Select(u => new Deadline(u.Id, u.Reference, u.Stage, "update", "update owed to the resident", u.NextUpdateOn!.Value, u.HandlerId)))
            .Concat(orders.Select(o => new Deadline(o.Complaint, o.Reference, 0, $"order-{o.Id:N}"[..18],
                $"Ombudsman {Common.Display.Words(o.Kind).ToLowerInvariant()} on case {o.Case} ({o.Description})", o.DueOn!.Value, null)))
            .ToList();
        var ids = deadlines.Select(d => d.Id).ToList();
        var claims = await db.SentReminders.AsNoTracking().Where(r => ids.Contains(r.ComplaintId)).ToListAsync(ct);
        var sent = 0;
        foreach (var deadline in deadlines)
        {
            var kind = deadline.DueOn < today ? Overdue : DueSoon;
            var claim = claims.FirstOrDefault(r => r.ComplaintId == deadline.Id && r.Stage == deadline.Stage && r.Clock == deadline.Clock && r.DueOn == deadline.DueOn && r.Kind == kind);
            if (claim is { SentAtUtc: not null } || (claim is not null && claim.ClaimedAtUtc > clock.GetUtcNow().UtcDateTime - StaleClaim))
            {
                continue;
            }
            if (await RemindAsync(deadline, kind, claim, today, calendar, ct))
            {
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> RemindAsync(Deadline deadline, string kind, SentReminder? stale, DateOnly today, Domain.Calendar.WorkingDayCalendar calendar, CancellationToken ct)
    {
        var recipients = await RecipientsAsync(deadline.HandlerId, ct);
        if (recipients.Count == 0)
        {
            logger.LogWarning("No one to remind of {Reference}: no handler and no complaints officer with an email address", deadline.Reference);
            return false;
        }
        var claim = stale is null ? await ClaimAsync(deadline, kind, recipients, ct) : await db.SentReminders.FirstAsync(r => r.Id == stale.Id, ct);
        if (claim is null)
        {
            return false;
        }
        var message = Message(deadline, kind, recipients, today, calendar);
        await mailer.SendAsync(message, ct);
        claim.SentAtUtc = clock.GetUtcNow().UtcDateTime;
        claim.MessageId = message.MessageId;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>The claim and its audit event in one transaction; null when another run claimed it first.</summary>
    private async Task<SentReminder?> ClaimAsync(Deadline deadline, string kind, IReadOnlyList<(string Name, string Email)> recipients, CancellationToken ct)
    {
        var claim = new SentReminder
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), ComplaintId = deadline.Id, Stage = deadline.Stage, Clock = deadline.Clock,
            DueOn = deadline.DueOn, Kind = kind, Recipients = string.Join(", ", recipients.Select(r => r.Email)), ClaimedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.SentReminders.Add(claim);
        db.AuditEvents.Add(audit.Record(Actor.System, (kind == Overdue ? ComplaintAction.RemindOverdue : ComplaintAction.RemindDueSoon).AuditCode, "complaint", deadline.Id.ToString(), deadline.Id, null,
            AuditTrail.Snapshot(new { deadline.Stage, clock = deadline.Clock, deadline.DueOn, to = claim.Recipients })));
        try
        {
            await db.SaveChangesAsync(ct);
            return claim;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task<IReadOnlyList<(string Name, string Email)>> RecipientsAsync(Guid? handlerId, CancellationToken ct)
    {
        var users = handlerId is { } id
            ? db.Users.AsNoTracking().Where(u => u.Id == id)
            : db.Users.AsNoTracking().Where(u => !u.IsBuiltIn && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.ComplaintsOfficer)));
        var found = await users.Where(u => u.Email != null && u.LockoutEnd == null).Select(u => new { u.Name, u.Email }).ToListAsync(ct);
        return [.. found.Select(u => (u.Name, u.Email!))];
    }

    private MimeMessage Message(Deadline deadline, string kind, IReadOnlyList<(string Name, string Email)> to, DateOnly today, Domain.Calendar.WorkingDayCalendar calendar)
    {
        var what = deadline.What;
        var subject = kind == Overdue
            ? $"{deadline.Reference}: the {what} is overdue (was due {Display.Date(deadline.DueOn)})"
            : $"{deadline.Reference}: the {what} is due {Display.Date(deadline.DueOn)} ({Display.Due(deadline.DueOn, today, calendar).ToLowerInvariant()})";
        // Without a configured address the reminder goes without its link (ServiceLinks logs why at start).
        var link = links.To($"/complaints/{deadline.Id}");
        var message = new MimeMessage { Subject = subject, Date = clock.GetUtcNow() };
        message.To.AddRange(to.Select(r => new MailboxAddress(r.Name, r.Email)));
        message.Body = new TextPart("plain")
        {
            Text = $"{subject}.\n\n{(deadline.IsOrder ? "Send the Ombudsman the evidence of compliance by the deadline, and record it on the case.\n\n" : deadline.HandlerId is null ? "Nobody holds this complaint yet: please give it to a handler.\n\n" : "")}" +
                   (link is null ? $"Open {deadline.Reference} in Redress." : $"Open the complaint: {link}") + "\n\nThis reminder is sent once for this deadline by Redress.",
        };
        return message;
    }
}
