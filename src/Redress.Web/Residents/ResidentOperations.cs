using Microsoft.EntityFrameworkCore;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Domain.Residents;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Time;

namespace Redress.Web.Residents;

public sealed record ResidentBody(Guid Id, string Reference, Redress.Domain.Requests.ServiceRequestStatus Status, DateOnly ReceivedOn, DateOnly? DueOn, string Category);

public sealed record ResidentComplaint(Guid Id, string Reference, ComplaintStatus Status, int Stage, DateOnly ReceivedOn, string Category);

/// <summary>A resident's page. <see cref="Needs"/> is null for a reader who may not see adjustments and disabilities.</summary>
public sealed record ResidentProfile(
    Resident Resident,
    IReadOnlyList<ResidentComplaint> Complaints,
    IReadOnlyList<ResidentBody> ServiceRequests,
    IReadOnlyList<ResidentRepresentative> Representatives,
    IReadOnlyList<ContactRestriction> Restrictions,
    IReadOnlyList<SupportNeed>? Needs,
    int ActiveNeeds);

/// <summary>
/// Records about a resident kept apart from complaint facts: adjustments and disclosed disabilities
/// (Code 5.10), contact restrictions (5.14, 5.15) and representatives (3.6). Each change is one save
/// holding the change and its audit event; each read of adjustments and disabilities is audited.
/// </summary>
public sealed class ResidentOperations(RedressDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<ResidentProfile?> ProfileAsync(Guid id, Actor reader, bool withNeeds, CancellationToken ct = default)
    {
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (resident is null)
        {
            return null;
        }
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ResidentId == id).OrderByDescending(c => c.ReceivedOn)
            .Select(c => new ResidentComplaint(c.Id, c.Reference, c.Status, c.Stage, c.ReceivedOn, c.Category)).ToListAsync(ct);
        var requests = await db.ServiceRequests.AsNoTracking().Where(r => r.ResidentId == id).OrderByDescending(r => r.ReceivedOn)
            .Select(r => new ResidentBody(r.Id, r.Reference, r.Status, r.ReceivedOn, r.DueOn, r.Category)).ToListAsync(ct);
        var representatives = await db.ResidentRepresentatives.AsNoTracking().Where(r => r.ResidentId == id).OrderBy(r => r.Name).ToListAsync(ct);
        var restrictions = await db.ContactRestrictions.AsNoTracking().Where(r => r.ResidentId == id).OrderByDescending(r => r.StartsOn).ToListAsync(ct);
        var needs = await db.SupportNeeds.AsNoTracking().Where(n => n.ResidentId == id).ToListAsync(ct);
        if (withNeeds)
        {
            // Code 5.10 records are special category data: who read them, and when, is kept.
            db.AuditEvents.Add(audit.Record(reader, "resident.support-needs-viewed", "resident", id.ToString(), null, null, null));
            await db.SaveChangesAsync(ct);
        }
        return new ResidentProfile(resident, complaints, requests, representatives, restrictions,
            withNeeds ? [.. needs.OrderBy(n => n.EndedOn is not null).ThenBy(n => n.Kind).ThenBy(n => n.RecordedOn)] : null,
            needs.Count(n => n.IsActive));
    }

    /// <summary>Residents whose name, surname, postcode or address words start with what was typed, along indexes.</summary>
    public async Task<IReadOnlyList<Resident>> SearchAsync(string? query, int take, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        var ids = ResidentSearch.Matching(db, query);
        var residents = db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id));
        return await residents.OrderBy(r => r.NameKey).Take(take).ToListAsync(ct);
    }

    public async Task<Outcome<SupportNeed>> RecordNeedAsync(Guid residentId, NeedDetails request, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Residents.AnyAsync(r => r.Id == residentId, ct))
        {
            return Outcome<SupportNeed>.NotFound("There is no resident with that id.");
        }
        var (need, error) = SupportNeed.Record(Guid.CreateVersion7(), residentId, request, clock.TodayInUk(), (actor.Id, actor.Name));
        if (error is not null)
        {
            return Outcome<SupportNeed>.Refused(error);
        }
        db.SupportNeeds.Add(need!);
        db.AuditEvents.Add(audit.Created(actor, "resident.support-need-recorded", "resident", residentId.ToString(), null, need));
        await db.SaveChangesAsync(ct);
        return Outcome<SupportNeed>.Created(need!);
    }

    public async Task<Outcome<ContactRestriction>> RecordRestrictionAsync(Guid residentId, RestrictionDetails request, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Residents.AnyAsync(r => r.Id == residentId, ct))
        {
            return Outcome<ContactRestriction>.NotFound("There is no resident with that id.");
        }
        var (restriction, error) = ContactRestriction.Record(Guid.CreateVersion7(), residentId, request, clock.TodayInUk(), (actor.Id, actor.Name));
        if (error is not null)
        {
            return Outcome<ContactRestriction>.Refused(error);
        }
        db.ContactRestrictions.Add(restriction!);
        db.AuditEvents.Add(audit.Created(actor, "resident.restriction-recorded", "resident", residentId.ToString(), null, restriction));
        await db.SaveChangesAsync(ct);
        return Outcome<ContactRestriction>.Created(restriction!);
    }

    public Task<Outcome<SupportNeed>> ReviewNeedAsync(Guid residentId, Guid id, int version, ReviewDetails request, Actor actor, CancellationToken ct = default) =>
        ReviewAsync(db.SupportNeeds, residentId, id, version, request, actor, ct);

    public Task<Outcome<ContactRestriction>> ReviewRestrictionAsync(Guid residentId, Guid id, int version, ReviewDetails request, Actor actor, CancellationToken ct = default) =>
        ReviewAsync(db.ContactRestrictions, residentId, id, version, request, actor, ct);

    private async Task<Outcome<T>> ReviewAsync<T>(DbSet<T> set, Guid residentId, Guid id, int version, ReviewDetails request, Actor actor, CancellationToken ct)
        where T : UnderReview
    {
        var record = await set.FirstOrDefaultAsync(r => r.Id == id && r.ResidentId == residentId, ct);
        if (record is null)
        {
            return Outcome<T>.NotFound("There is no such record for this resident.");
        }
        if (record.Version != version)
        {
            return Outcome<T>.Stale("Someone else has reviewed this since you opened it. Read it again and retry.");
        }
        var before = AuditTrail.Snapshot(record);
        if (record.Review(request, clock.TodayInUk()) is { } error)
        {
            db.ChangeTracker.Clear();
            return Outcome<T>.Refused(error);
        }
        var action = record is SupportNeed ? "resident.support-need-reviewed" : "resident.restriction-reviewed";
        db.AuditEvents.Add(audit.Record(actor, action, "resident", residentId.ToString(), null, before, AuditTrail.Snapshot(record)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<T>.Stale("Someone else reviewed this at the same moment. Read it again and retry.");
        }
        return Outcome<T>.Ok(record);
    }

    public Task<Resident?> FindAsync(Guid id, CancellationToken ct = default) => db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>
    /// A change to the resident's details, refused if anyone changed them since <paramref name="version"/> was
    /// read; saved with their search words and one audit event.
    /// </summary>
    public async Task<Outcome<Resident>> ChangeDetailsAsync(Guid id, int version, ResidentDetails details, Actor actor, CancellationToken ct = default)
    {
        var resident = await db.Residents.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (resident is null)
        {
            return Outcome<Resident>.NotFound("There is no resident with that id.");
        }
        if (resident.Version != version)
        {
            return Outcome<Resident>.Stale("Someone else changed the resident's details since you opened them.");
        }
        if (details.Problems() is [var problem, ..])
        {
            return Outcome<Resident>.Refused(problem);
        }
        var before = ResidentDetails.Of(resident);
        if (before == details)
        {
            return Outcome<Resident>.Ok(resident);
        }
        (resident.Name, resident.Email, resident.Phone, resident.Address, resident.Tenure) = (details.Name, details.Email, details.Phone, details.Address, details.Tenure);
        resident.Version++;
        await ReindexAsync(resident, ct);
        db.AuditEvents.Add(audit.Record(actor, "resident.details-changed", "resident", id.ToString(), null, AuditTrail.Snapshot(before), AuditTrail.Snapshot(details)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Resident>.Stale("Someone else changed the resident's details at the same moment.");
        }
        return Outcome<Resident>.Ok(resident);
    }

    /// <summary>The resident's search words for their name and address as they are now (new residents get theirs on saving).</summary>
    private async Task ReindexAsync(Resident resident, CancellationToken ct)
    {
        var wanted = SearchKeys.Indexed(resident.Name, resident.Address).ToHashSet(StringComparer.Ordinal);
        var saved = await db.ResidentWords.Where(w => w.ResidentId == resident.Id).ToListAsync(ct);
        db.ResidentWords.RemoveRange(saved.Where(w => !wanted.Contains(w.Word)));
        db.ResidentWords.AddRange(wanted.Except(saved.Select(w => w.Word), StringComparer.Ordinal).Select(w => new ResidentWord { ResidentId = resident.Id, Word = w }));
    }

    public async Task<Outcome<ResidentRepresentative>> AddRepresentativeAsync(Guid residentId, RepresentativeDetails details, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Residents.AnyAsync(r => r.Id == residentId, ct))
        {
            return Outcome<ResidentRepresentative>.NotFound("There is no resident with that id.");
        }
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            return Outcome<ResidentRepresentative>.Refused(new DomainError(ErrorCodes.Required, "Enter the representative's name.", "name"));
        }
        if (string.IsNullOrWhiteSpace(details.Authority))
        {
            return Outcome<ResidentRepresentative>.Refused(new DomainError(ErrorCodes.RepresentativeConsentRequired,
                "Record the representative's authority to act for the resident (Code 3.6), for example written consent.", "authority"));
        }
        var representative = new ResidentRepresentative
        {
            Id = Guid.CreateVersion7(),
            ResidentId = residentId,
            Name = details.Name.Trim(),
            Relationship = details.Relationship?.Trim(),
            Email = details.Email?.Trim(),
            Phone = details.Phone?.Trim(),
            Authority = details.Authority.Trim(),
            RecordedOn = clock.TodayInUk(),
            RecordedBy = actor.Name,
        };
        db.ResidentRepresentatives.Add(representative);
        db.AuditEvents.Add(audit.Created(actor, "resident.representative-added", "resident", residentId.ToString(), null, representative));
        await db.SaveChangesAsync(ct);
        return Outcome<ResidentRepresentative>.Created(representative);
    }

    /// <summary>Restrictions in force for a resident, for the warning on their complaints.</summary>
    public async Task<(IReadOnlyList<ContactRestriction> Restrictions, int ActiveNeeds)> WarningsAsync(Guid residentId, CancellationToken ct = default)
    {
        var today = clock.TodayInUk();
        var restrictions = await db.ContactRestrictions.AsNoTracking()
            .Where(r => r.ResidentId == residentId && r.EndedOn == null && r.StartsOn <= today).ToListAsync(ct);
        var needs = await db.SupportNeeds.CountAsync(n => n.ResidentId == residentId && n.EndedOn == null, ct);
        return (restrictions, needs);
    }
}
