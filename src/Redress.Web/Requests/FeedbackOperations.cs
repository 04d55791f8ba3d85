using Microsoft.EntityFrameworkCore;
using Redress.Domain.Requests;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Time;

namespace Redress.Web.Requests;

public sealed record FeedbackRow(Guid Id, DateOnly ReceivedOn, string Source, string Person, bool ToldHowToComplain, Guid? ComplaintId, string? ComplaintReference);

/// <summary>Code 1.6: dissatisfaction from surveys and feedback, recorded with whether the person was told how to complain.</summary>
public sealed class FeedbackOperations(RedressDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<Feedback>> RecordAsync(FeedbackDetails details, Actor actor, CancellationToken ct = default)
    {
        if (details.ResidentId is { } resident && !await db.Residents.AnyAsync(r => r.Id == resident, ct))
        {
            return Outcome<Feedback>.Invalid("residentId", "There is no resident with that id.");
        }
        var (feedback, error) = Feedback.Record(Guid.CreateVersion7(clock.GetUtcNow()), details, clock.TodayInUk());
        if (error is not null)
        {
            return Outcome<Feedback>.Refused(error);
        }
        db.Feedback.Add(feedback!);
        db.AuditEvents.Add(audit.Created(actor, "feedback.recorded", "feedback", feedback!.Id.ToString(), null, feedback));
        await db.SaveChangesAsync(ct);
        return Outcome<Feedback>.Created(feedback);
    }

    public Task<Feedback?> GetAsync(Guid id, CancellationToken ct = default) =>
        db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);

    public async Task<(IReadOnlyList<FeedbackRow> Rows, int Total)> ListAsync(int page, int size, CancellationToken ct = default)
    {
        var total = await db.Feedback.CountAsync(ct);
        var rows = await (from f in db.Feedback.AsNoTracking().OrderByDescending(f => f.ReceivedOn).ThenByDescending(f => f.Id).Skip((page - 1) * size).Take(size)
                          from r in db.Residents.Where(r => r.Id == f.ResidentId).DefaultIfEmpty()
                          from c in db.Complaints.Where(c => c.Id == f.ComplaintId).DefaultIfEmpty()
                          select new FeedbackRow(f.Id, f.ReceivedOn, f.Source, r == null ? f.PersonName : r.Name, f.ToldHowToComplain, f.ComplaintId, c == null ? null : c.Reference))
            .ToListAsync(ct);
        return (rows, total);
    }
}
