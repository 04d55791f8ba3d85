using System.Text.Json;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Redress.Domain.Complaints;
using Redress.Domain.Requests;
using Redress.Domain.Residents;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data;

/// <summary>
/// The one database model. Two thin subclasses carry one migration set per provider (SQLite, PostgreSQL).
/// </summary>
public abstract class RedressDbContext : IdentityDbContext<RedressUser, RedressRole, Guid>
{
    protected RedressDbContext(DbContextOptions options)
        : base(options)
    {
        // Our transactions wrap whole operations; a savepoint around each SaveChanges inside them buys nothing.
        Database.AutoSavepointsEnabled = false;
    }

    public const string ReferenceSequence = "ComplaintReferences";

    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintStage> ComplaintStages => Set<ComplaintStage>();
    public DbSet<Remedy> Remedies => Set<Remedy>();
    public DbSet<OutstandingAction> OutstandingActions => Set<OutstandingAction>();
    public DbSet<ResidentUpdate> ResidentUpdates => Set<ResidentUpdate>();
    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<SupportNeed> SupportNeeds => Set<SupportNeed>();
    public DbSet<ContactRestriction> ContactRestrictions => Set<ContactRestriction>();
    public DbSet<ResidentRepresentative> ResidentRepresentatives => Set<ResidentRepresentative>();
    public DbSet<ResidentWord> ResidentWords => Set<ResidentWord>();
    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();
    public DbSet<Feedback> Feedback => Set<Feedback>();
    public DbSet<Correspondence> Correspondence => Set<Correspondence>();
    public DbSet<Redress.Web.Letters.Letter> Letters => Set<Redress.Web.Letters.Letter>();
    public DbSet<Redress.Web.Letters.LetterTemplate> LetterTemplates => Set<Redress.Web.Letters.LetterTemplate>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<Redress.Domain.Code.SelfAssessment> SelfAssessments => Set<Redress.Domain.Code.SelfAssessment>();
    public DbSet<Redress.Domain.Code.AssessmentAnswer> AssessmentAnswers => Set<Redress.Domain.Code.AssessmentAnswer>();
    public DbSet<Redress.Domain.Oversight.LearningAction> LearningActions => Set<Redress.Domain.Oversight.LearningAction>();
    public DbSet<Redress.Domain.Oversight.ExceptionalCircumstance> ExceptionalCircumstances => Set<Redress.Domain.Oversight.ExceptionalCircumstance>();
    public DbSet<Redress.Domain.Oversight.OmbudsmanCase> OmbudsmanCases => Set<Redress.Domain.Oversight.OmbudsmanCase>();
    public DbSet<Redress.Domain.Oversight.OmbudsmanOrder> OmbudsmanOrders => Set<Redress.Domain.Oversight.OmbudsmanOrder>();
    public DbSet<Redress.Domain.Oversight.Determination> OmbudsmanDeterminations => Set<Redress.Domain.Oversight.Determination>();
    public DbSet<Redress.Domain.Oversight.AnnualReport> AnnualReports => Set<Redress.Domain.Oversight.AnnualReport>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<StoredCalendarDay> CalendarDays => Set<StoredCalendarDay>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<CalendarState> CalendarStates => Set<CalendarState>();
    public DbSet<SettingsRow> Settings => Set<SettingsRow>();
    public DbSet<HomesYear> HomesYears => Set<HomesYear>();
    public DbSet<LandlordLogo> LandlordLogos => Set<LandlordLogo>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Database.IsNpgsql())
        {
            // A sequence hands out reference numbers without a row lock held to commit.
            builder.HasSequence<long>(ReferenceSequence).StartsAt(1).IncrementsBy(1);
        }
        builder.ApplyConfigurationsFromAssembly(typeof(RedressDbContext).Assembly, t => t.Namespace == typeof(Configurations.ComplaintConfiguration).Namespace);
        if (Database.IsNpgsql())
        {
            // Byte order for the search keys, so that a prefix is a range of the index whatever the server's locale
            // (SQLite compares bytes already).
            builder.Entity<Resident>(b =>
            {
                b.Property(r => r.NameKey).UseCollation("C");
                b.Property(r => r.SurnameKey).UseCollation("C");
                b.Property(r => r.Postcode).UseCollation("C");
                b.Property(r => r.EmailKey).UseCollation("C");
                b.Property(r => r.PhoneKey).UseCollation("C");
            });
            builder.Entity<Complaint>().Property(c => c.Reference).UseCollation("C");
        }
        StoreEnumsAsStrings(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        KeepLettersAsIssued();
        IndexAddresses();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        KeepLettersAsIssued();
        IndexAddresses();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Code 5.12: an issued letter is kept exactly as sent; only its delivery may be recorded later.</summary>
    private void KeepLettersAsIssued()
    {
        foreach (var entry in ChangeTracker.Entries<Redress.Web.Letters.Letter>())
        {
            if (entry.State == EntityState.Deleted
                || (entry.State == EntityState.Modified && Redress.Web.Letters.Letter.Content.Any(p => entry.Property(p).IsModified)))
            {
                throw new InvalidOperationException($"Letter {entry.Entity.Id} was issued and cannot be changed or deleted.");
            }
        }
    }

    /// <summary>New residents' address words and name parts, saved with them, for search.</summary>
    private void IndexAddresses()
    {
        var indexed = ChangeTracker.Entries<ResidentWord>().Select(e => e.Entity.ResidentId).ToHashSet();
        foreach (var added in ChangeTracker.Entries<Resident>().Where(e => e.State == EntityState.Added && !indexed.Contains(e.Entity.Id)).Select(e => e.Entity).ToList())
        {
            ResidentWords.AddRange(SearchKeys.Indexed(added.Name, added.Address).Select(w => new ResidentWord { ResidentId = added.Id, Word = w }));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC: SQLite hands back Kind=Unspecified and Npgsql refuses Kind=Local.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private static void StoreEnumsAsStrings(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum)
            {
                property.SetValueConverter(typeof(EnumToStringConverter<>).MakeGenericType(type));
                property.SetMaxLength(40);
            }
        }
    }
}

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>Stores a value object as a JSON text column, compared by its JSON.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>() => new(
        v => JsonSerializer.Serialize(v, Options),
        v => JsonSerializer.Deserialize<T>(v, Options)!);

    public static ValueComparer<T> Comparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!);
}

public sealed class SqliteRedressDbContext(DbContextOptions<SqliteRedressDbContext> options) : RedressDbContext(options);

public sealed class PostgresRedressDbContext(DbContextOptions<PostgresRedressDbContext> options) : RedressDbContext(options);
