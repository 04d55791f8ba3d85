using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Requests;
using Redress.Domain.Rules;
using Redress.Domain.Residents;
using Redress.Web.Data;

namespace Redress.Web.Complaints;

/// <summary>Something to review or finish by a date, with where to do it.</summary>
public sealed record FollowUp(string Kind, string What, string Who, DateOnly DueOn, string Href);

/// <summary>
/// What My work lists besides complaints: adjustments (Code 5.10) and restrictions (5.14) due for review,
/// remedies (7.3), outstanding actions and updates owed to the resident (5.9, 6.6, 6.17) and copies of letters in the format a resident needs (5.10) due on the handler's complaints, and the open service
/// requests they own that are due or overdue (1.4).
/// </summary>
public sealed class FollowUps(RedressDbContext db)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<FollowUp>> DueAsync(Guid handlerId, DateOnly horizon, bool withNeeds, CancellationToken ct = default)
    {
        var items = new List<FollowUp>();
        if (withNeeds)
        {
            var needs = await (from n in db.SupportNeeds.AsNoTracking()
                               where n.EndedOn == null && n.ReviewOn <= horizon
                               join r in db.Residents on n.ResidentId equals r.Id
                               orderby n.ReviewOn
                               select new { n.Id, n.Kind, n.ReviewOn, r.Name, ResidentId = r.Id }).Take(Limit).ToListAsync(ct);
            items.AddRange(needs.Select(n => new FollowUp("Review",
                n.Kind == NeedKind.ReasonableAdjustment ? "Reasonable adjustment" : "Disclosed disability",
                n.Name, n.ReviewOn!.Value, Pages.Paths.Review(n.ResidentId, restriction: false, n.Id))));
        }
        var restrictions = await (from x in db.ContactRestrictions.AsNoTracking()
                                  where x.EndedOn == null && x.ReviewOn <= horizon
                                  join r in db.Residents on x.ResidentId equals r.Id
                                  orderby x.ReviewOn
                                  select new { x.Id, x.ReviewOn, r.Name, ResidentId = r.Id }).Take(Limit).ToListAsync(ct);
        items.AddRange(restrictions.Select(x => new FollowUp("Review", "Contact restriction", x.Name, x.ReviewOn!.Value, Pages.Paths.Review(x.ResidentId, restriction: true, x.Id))));

        var mine = db.Complaints.AsNoTracking().Where(c => c.HandlerId == handlerId);
        var actions = await (from a in db.OutstandingActions.AsNoTracking()
                             where a.CompletedOn == null && a.DueOn <= horizon
                             join c in mine on a.ComplaintId equals c.Id
                             orderby a.DueOn
                             select new { ItemId = a.Id, a.Description, a.DueOn, c.Reference, c.Id }).Take(Limit).ToListAsync(ct);
        items.AddRange(actions.Select(a => new FollowUp("Outstanding action", a.Description, a.Reference, a.DueOn, Pages.Paths.Complete(a.Id, remedy: false, a.ItemId))));
        var remedies = await (from m in db.Remedies.AsNoTracking()
                              where m.CompletedOn == null && m.DueOn <= horizon
                              join c in mine on m.ComplaintId equals c.Id
                              orderby m.DueOn
                              select new { ItemId = m.Id, m.Description, m.DueOn, c.Reference, c.Id }).Take(Limit).ToListAsync(ct);
        items.AddRange(remedies.Select(m => new FollowUp("Remedy", m.Description, m.Reference, m.DueOn!.Value, Pages.Paths.Complete(m.Id, remedy: true, m.ItemId))));
        var updates = await mine.Where(ComplaintRules.UpdateDueBy(horizon)).OrderBy(c => c.NextUpdateOn)
            .Select(c => new { c.Id, c.Reference, c.NextUpdateOn, Extended = c.Status == ComplaintStatus.Investigating && c.Stages.Any(s => s.Number == c.Stage && s.ExtendedWorkingDays > 0) }).Take(Limit).ToListAsync(ct);
        items.AddRange(updates.Select(u => new FollowUp("Update the resident",
            u.Extended ? "while the response is extended, at the interval agreed" : "on the actions still outstanding",
            u.Reference, u.NextUpdateOn!.Value, Pages.Paths.Complaint(u.Id, ComplaintAction.SendUpdate))));
        // Code 5.10: a letter whose resident needs it in another format, the copy not yet sent (due from the day it was issued).
        var copies = await (from l in db.Letters.AsNoTracking()
                            where l.FormatRequested != null && !l.LargePrint && l.FormatSentOn == null && l.IssuedOn <= horizon
                            join c in mine on l.ComplaintId equals c.Id
                            orderby l.IssuedOn
                            select new { l.Id, l.FormatRequested, l.Title, l.IssuedOn, c.Reference, ComplaintId = c.Id }).Take(Limit).ToListAsync(ct);
        items.AddRange(copies.Select(l => new FollowUp("Letter format", $"send {Letters.LetterSummary.Copy(l.FormatRequested!.Value)} of \"{l.Title}\"",
            l.Reference, l.IssuedOn, Pages.Paths.Letter(l.ComplaintId, l.Id))));
        items.AddRange(await ServiceRequestsAsync(handlerId, horizon, ct));
        return [.. items.OrderBy(i => i.DueOn).ThenBy(i => i.Who, StringComparer.Ordinal)];
    }

    private async Task<IEnumerable<FollowUp>> ServiceRequestsAsync(Guid ownerId, DateOnly horizon, CancellationToken ct)
    {
        var requests = await (from s in db.ServiceRequests.AsNoTracking()
                              where (s.Status == ServiceRequestStatus.Open || s.Status == ServiceRequestStatus.InProgress) && s.DueOn <= horizon && s.OwnerId == ownerId
                              join r in db.Residents on s.ResidentId equals r.Id
                              orderby s.DueOn
                              select new { s.Id, s.Reference, s.DueOn, r.Name }).Take(Limit).ToListAsync(ct);
        return requests.Select(s => new FollowUp("Service request", s.Reference, s.Name, s.DueOn!.Value, Pages.Paths.ServiceRequest(s.Id)));
    }
}
