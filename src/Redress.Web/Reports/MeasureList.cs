using Microsoft.EntityFrameworkCore;
using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Web.Data;

namespace Redress.Web.Reports;

/// <summary>
/// The complaints behind a figure of <see cref="MeasureReports"/>: the measure's own definition from
/// <see cref="MeasureCatalogue"/>, as a query of complaints, so that every number on the dashboard and in
/// the reports can be opened and checked.
/// </summary>
public sealed class MeasureList(RedressDbContext db, Categories.CategoryCatalogue categories)
{
    /// <summary>The register's periods that overlap <paramref name="period"/>: a short list.</summary>
    public static async Task<IReadOnlyList<(DateOnly From, DateOnly? To)>> ExceptionalPeriodsAsync(RedressDbContext db, ReportingPeriod period, CancellationToken ct) =>
        await db.ExceptionalCircumstances.AsNoTracking().Where(e => e.From <= period.To && (e.To == null || e.To >= period.From))
            .Select(e => new ValueTuple<DateOnly, DateOnly?>(e.From, e.To)).ToListAsync(ct);

    /// <summary>The measure with <paramref name="key"/>, or null for a key not known.</summary>
    public async Task<Measure?> FindAsync(string key, ReportingPeriod period, CancellationToken ct) =>
        MeasureCatalogue.Find(key, key == "exceptional" ? await ExceptionalPeriodsAsync(db, period, ct) : [], await categories.NamesAsync(db, ct));

    /// <summary>The complaints behind <paramref name="measure"/> in the period.</summary>
    public IQueryable<Complaint> Complaints(Measure measure, ReportingPeriod period, DateOnly today) =>
        db.Complaints.AsNoTracking().Where(measure.In(period, today));
}
