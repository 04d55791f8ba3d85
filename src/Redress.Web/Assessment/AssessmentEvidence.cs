using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Web.Calendar;
using Redress.Web.Data;
using Redress.Web.Reports;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Assessment;

/// <summary>
/// Evidence the system can measure for a provision, from the record of the reporting year: suggested beside
/// the form so that the landlord's answer rests on the facts (Code 8.1).
/// </summary>
public sealed class AssessmentEvidence(MeasureReports measures, RedressDbContext db, SettingsStore settings, CalendarService calendars, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, string>> SuggestAsync(int reportingYear, CancellationToken ct = default)
    {
        var period = ReportingPeriod.Year(reportingYear);
        var today = clock.TodayInUk();
        var calendar = await calendars.CurrentAsync(db, await settings.GetAsync(db, ct), ct);
        var m = await measures.ForAsync(period, today, calendar, ct);
        var (from, to) = (period.From, period.To);
        var sameHandler = await db.Complaints.AsNoTracking().CountAsync(c => c.Stage == 2 && db.ComplaintStages.Any(s2 => s2.ComplaintId == c.Id && s2.Number == 2 && s2.RequestedOn >= from && s2.RequestedOn <= to
            && s2.HandlerId != null && db.ComplaintStages.Any(s1 => s1.ComplaintId == c.Id && s1.Number == 1 && s1.HandlerId == s2.HandlerId)), ct);
        var overCap = await db.ComplaintStages.AsNoTracking().Where(s => s.RespondedOn >= from && s.RespondedOn <= to).CountAsync(Domain.Rules.StageRules.ExtendedBeyondCap, ct);
        var serviceRequests = await db.ServiceRequests.AsNoTracking().CountAsync(r => r.ReceivedOn >= from && r.ReceivedOn <= to, ct);
        var fromRequests = await db.Complaints.AsNoTracking().CountAsync(c => c.ReceivedOn >= from && c.ReceivedOn <= to && c.ServiceRequestId != null, ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.ReceivedOn >= from && f.ReceivedOn <= to)
            .GroupBy(f => 1).Select(g => new { Count = g.Count(), Told = g.Count(f => f.ToldHowToComplain) }).SingleOrDefaultAsync(ct);
        var adjustments = await db.SupportNeeds.AsNoTracking().CountAsync(n => n.EndedOn == null, ct);
        var adjustmentsOverdue = await db.SupportNeeds.AsNoTracking().CountAsync(n => n.EndedOn == null && n.ReviewOn < today, ct);
        var restrictions = await db.ContactRestrictions.AsNoTracking().CountAsync(r => r.EndedOn == null, ct);
        var restrictionsOverdue = await db.ContactRestrictions.AsNoTracking().CountAsync(r => r.EndedOn == null && r.ReviewOn < today, ct);
        var correspondence = await db.Correspondence.AsNoTracking().CountAsync(c => c.OccurredOn >= from && c.OccurredOn <= to, ct);

        string Share(int part, int whole, string what) => whole == 0 ? $"No {what} in {period.Label}." : $"{Tsm.Percent(part, whole):0.0}% ({part} of {whole}) {what} in {period.Label}.";
        var s1 = m.Stage1;
        var s2 = m.Stage2;
        var refusals = string.Join("; ", m.NotAcceptedByReason.Where(f => f.Value > 0).Select(f => $"{f.Label.ToLowerInvariant()}: {f.Value}"));
        return new Dictionary<string, string>
        {
            ["1.4"] = $"{serviceRequests} service requests recorded in {period.Label}, each with a status, owner and due date.",
            ["1.5"] = $"{fromRequests} complaints in {period.Label} were raised from a service request, which stayed open.",
            ["1.6"] = feedback is null ? $"No survey dissatisfaction recorded in {period.Label}." : Share(feedback.Told, feedback.Count, "people giving survey feedback told how to complain"),
            ["2.1"] = $"{m.NotAccepted.Value} complaints not accepted in {period.Label}" + (refusals.Length == 0 ? "." : $" ({refusals}), each with an individual explanation."),
            ["5.10"] = $"{adjustments} reasonable adjustments and disclosed disabilities on record; {adjustmentsOverdue} past their review date.",
            ["5.11"] = $"{m.EscalationRefusedByReason.Sum(f => f.Value)} escalations refused in {period.Label}, each on a section 2 ground.",
            ["5.12"] = $"{correspondence} pieces of correspondence recorded in {period.Label}; every change to a complaint is in its audit trail.",
            ["5.14"] = $"{restrictions} contact restrictions in force; {restrictionsOverdue} past their review date.",
            ["6.2"] = Share(s1.Acknowledged.Value - s1.AcknowledgedLate.Value, s1.Acknowledged.Value, "stage 1 complaints acknowledged within 5 working days"),
            ["6.3"] = Share(s1.Responded.Value - s1.RespondedLate.Value, s1.Responded.Value, "stage 1 responses within 10 working days or an extension"),
            ["6.4"] = $"{s1.Extended.Value} stage 1 responses after an extension in {period.Label}; {overCap} responses (both stages) after an extension over the Code's limit, each with its good reason.",
            ["6.11"] = Share(s2.Acknowledged.Value - s2.AcknowledgedLate.Value, s2.Acknowledged.Value, "stage 2 requests acknowledged within 5 working days"),
            ["6.13"] = $"{sameHandler} stage 2 complaints in {period.Label} handled by the stage 1 handler (Redress refuses it).",
            ["6.14"] = Share(s2.Responded.Value - s2.RespondedLate.Value, s2.Responded.Value, "stage 2 responses within 20 working days or an extension"),
            ["7.1"] = $"{m.Remedies.Offered.Value} complaints with a remedy offered in {period.Label} ({Common.Display.Money(m.Remedies.OfferedPence)} of money).",
            ["7.3"] = $"{m.Remedies.Completed.Value} complaints with a remedy carried out or paid in {period.Label} ({Common.Display.Money(m.Remedies.PaidPence)} paid).",
        };
    }
}
