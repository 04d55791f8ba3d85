using Microsoft.EntityFrameworkCore;
using Redress.Domain.Code;
using Redress.Web.Audit;
using Redress.Web.Common;
using Redress.Web.Data;
using Redress.Web.Time;

namespace Redress.Web.Assessment;

public sealed record AssessmentSummary(Guid Id, int Number, int ReportingYear, AssessmentReason Reason, AssessmentStatus Status, DateOnly StartedOn, DateOnly? ApprovedOn, string? ApprovedBy);

/// <summary>Code 8.1-8.4: self-assessments, each version kept; every change one save with its audit event.</summary>
public sealed class AssessmentOperations(RedressDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<AssessmentSummary>> ListAsync(CancellationToken ct = default) =>
        await db.SelfAssessments.AsNoTracking().OrderByDescending(a => a.Number)
            .Select(a => new AssessmentSummary(a.Id, a.Number, a.ReportingYear, a.Reason, a.Status, a.StartedOn, a.ApprovedOn, a.ApprovedBy)).ToListAsync(ct);

    public Task<SelfAssessment?> GetAsync(Guid id, CancellationToken ct = default) =>
        db.SelfAssessments.AsNoTracking().Include(a => a.Answers).FirstOrDefaultAsync(a => a.Id == id, ct);

    public async Task<Outcome<SelfAssessment>> StartAsync(int reportingYear, AssessmentReason reason, string? details, Actor actor, CancellationToken ct = default)
    {
        var previous = await db.SelfAssessments.AsNoTracking().Include(a => a.Answers).OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct);
        var (assessment, error) = SelfAssessment.Start(Guid.CreateVersion7(clock.GetUtcNow()), reportingYear, reason, details, previous, clock.TodayInUk(), () => Guid.CreateVersion7(clock.GetUtcNow()));
        if (error is not null)
        {
            return Outcome<SelfAssessment>.Refused(error);
        }
        db.SelfAssessments.Add(assessment!);
        db.AuditEvents.Add(audit.Record(actor, "self-assessment.started", "self-assessment", assessment!.Id.ToString(), null, null,
            AuditTrail.Snapshot(new { assessment.Number, assessment.ReportingYear, assessment.Reason, assessment.ReasonDetails, from = previous?.Number })));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome<SelfAssessment>.Stale("Someone started a new version at the same moment. Open the list again.");
        }
        return Outcome<SelfAssessment>.Created(assessment);
    }

    public Task<Outcome<SelfAssessment>> AnswerAsync(Guid id, string provision, AnswerDetails answer, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, "self-assessment.answered", a => a.Answer(provision, answer, clock.TodayInUk()), ct);

    public Task<Outcome<SelfAssessment>> ApproveAsync(Guid id, DateOnly approvedOn, string approvedBy, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, "self-assessment.approved", a => a.Approve(approvedOn, approvedBy, clock.TodayInUk()), ct);

    private async Task<Outcome<SelfAssessment>> ChangeAsync(Guid id, Actor actor, string action, Func<SelfAssessment, Domain.Common.DomainError?> change, CancellationToken ct)
    {
        var assessment = await db.SelfAssessments.Include(a => a.Answers).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return Outcome<SelfAssessment>.NotFound("There is no self-assessment with that id.");
        }
        var before = AuditTrail.Snapshot(new { assessment.Status, answers = assessment.Answers.Select(a => new { a.Provision, a.Complies, a.Evidence, a.Commentary, a.Action, a.TargetOn }) });
        if (change(assessment) is { } error)
        {
            db.ChangeTracker.Clear();
            return error.Code == "not-found" ? Outcome<SelfAssessment>.NotFound(error.Message) : Outcome<SelfAssessment>.Refused(error);
        }
        var after = AuditTrail.Snapshot(new { assessment.Status, answers = assessment.Answers.Select(a => new { a.Provision, a.Complies, a.Evidence, a.Commentary, a.Action, a.TargetOn }) });
        db.AuditEvents.Add(audit.Record(actor, action, "self-assessment", id.ToString(), null, before, after));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<SelfAssessment>.Stale("Someone else changed the self-assessment at the same moment. Open it again.");
        }
        return Outcome<SelfAssessment>.Ok(assessment);
    }
}
