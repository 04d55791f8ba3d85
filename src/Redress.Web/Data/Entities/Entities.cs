using Microsoft.AspNetCore.Identity;
using Redress.Domain.Calendar;
using Redress.Domain.Complaints;

namespace Redress.Web.Data.Entities;

/// <summary>A staff member (or a built-in account). Identity users, so sign-in needs no second store.</summary>
public sealed class RedressUser : IdentityUser<Guid>
{
    public string Name { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>The built-in administrator that owns the bootstrap API key.</summary>
    public bool IsBuiltIn { get; set; }
}

public sealed class RedressRole : IdentityRole<Guid>
{
}

/// <summary>Personal data of a resident lives here, apart from the complaint facts the measures need.</summary>
public sealed class Resident
{
    private string _name = "";
    private string? _address;
    private string? _email;
    private string? _phone;

    public Guid Id { get; set; }

    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            (NameKey, SurnameKey) = (SearchKeys.Name(value), SearchKeys.Surname(value));
        }
    }

    public string? Email
    {
        get => _email;
        set
        {
            _email = value;
            EmailKey = SearchKeys.Email(value);
        }
    }

    public string? Phone
    {
        get => _phone;
        set
        {
            _phone = value;
            PhoneKey = SearchKeys.Phone(value);
        }
    }

    public string? Address
    {
        get => _address;
        set
        {
            _address = value;
            Postcode = SearchKeys.Postcode(value);
        }
    }

    /// <summary>The name in lower case with single spaces: searched from its start with an index.</summary>
    public string NameKey { get; set; } = "";
    /// <summary>The last word of the name, in lower case: "khan" finds Priya Khan.</summary>
    public string SurnameKey { get; set; } = "";
    /// <summary>The UK postcode found in the address, upper case without spaces ("AB12CD"), or null.</summary>
    public string? Postcode { get; set; }
    /// <summary>The email address trimmed, A to Z in lower case: searched from its start.</summary>
    public string? EmailKey { get; set; }
    /// <summary>The phone number's digits, "+44" as "0": searched from its start.</summary>
    public string? PhoneKey { get; set; }
    public Tenure Tenure { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>Raised by each change of the resident's details, so that a change made meanwhile is refused.</summary>
    public int Version { get; set; }
}

/// <summary>Code 3.6: someone the resident has authorised to act for them, kept with the resident for later complaints.</summary>
public sealed class ResidentRepresentative
{
    public Guid Id { get; set; }
    public Guid ResidentId { get; set; }
    public string Name { get; set; } = "";
    public string? Relationship { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>How the resident gave authority, for example "signed consent form, 2 June 2026".</summary>
    public string Authority { get; set; } = "";
    public DateOnly RecordedOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateOnly? EndedOn { get; set; }
}

/// <summary>A word of a resident's address, in lower case: address search matches words from their start, along an index.</summary>
public sealed class ResidentWord
{
    public Guid ResidentId { get; set; }
    public string Word { get; set; } = "";
}

public sealed class ApiKey
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    /// <summary>SHA-256 of the key, hex: keys are long random strings, so a fast hash is enough.</summary>
    public string Hash { get; set; } = "";
    /// <summary>The first characters of the key, to tell keys apart in lists.</summary>
    public string Hint { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}

public enum ActorKind
{
    User,
    System,
    Resident,
    Representative,
}

public sealed class AuditEvent
{
    /// <summary>Assigned by the database in commit order: the order of the trail.</summary>
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public ActorKind ActorKind { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public Guid? ComplaintId { get; set; }
    /// <summary>JSON: { "path": { "before": ..., "after": ... } } of what changed.</summary>
    public string Changes { get; set; } = "{}";
}

public sealed class IdempotencyRecord
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int? StatusCode { get; set; }
    public string? Location { get; set; }
    public string? ResponseBody { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

public enum CalendarSource
{
    Shipped,
    Imported,
    Manual,
}

public sealed class StoredCalendarDay
{
    public Guid Id { get; set; }
    public Division Division { get; set; }
    public DateOnly Date { get; set; }
    public string Title { get; set; } = "";
    public CalendarDayKind Kind { get; set; }
    public bool IsSubstitute { get; set; }
    public CalendarSource Source { get; set; }
    public int AddedInVersion { get; set; }
}

public sealed class CalendarYear
{
    public Division Division { get; set; }
    public int Year { get; set; }
    public bool Provisional { get; set; }
    public CalendarSource Source { get; set; }
}

/// <summary>Single-row tables keyed 1: the calendar version and the landlord's settings.</summary>
public sealed class CalendarState
{
    public int Id { get; set; } = 1;
    public int Version { get; set; }
    public DateTime ChangedAtUtc { get; set; }
}

public sealed class SettingsRow
{
    public int Id { get; set; } = 1;
    public string Json { get; set; } = "{}";
    public int Version { get; set; }
}

public sealed class HomesYear
{
    public int Year { get; set; }
    public int Lcra { get; set; }
    public int Lcho { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>The landlord's logo (PNG or JPEG), one row, for the header of letters and public pages.</summary>
public sealed class LandlordLogo
{
    public int Id { get; set; } = 1;
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public int Width { get; set; }
    public int Height { get; set; }
    public int Version { get; set; }
    public DateTime ChangedAtUtc { get; set; }
}

public sealed class ReferenceCounter
{
    public int Year { get; set; }
    public int Last { get; set; }
}

/// <summary>A file kept with a piece of correspondence (Code 5.12), stored once by its SHA-256 under the attachments folder.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }
    public Guid CorrespondenceId { get; set; }
    public Guid ComplaintId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>
/// One reminder of one deadline: a complaint's clock (acknowledge or respond) at a stage with its due
/// date, and whether it is coming up or has passed. The unique key makes each reminder go once, even
/// across restarts and instances; a new due date (an extension) is a new deadline.
/// </summary>
public sealed class SentReminder
{
    public Guid Id { get; set; }
    public Guid ComplaintId { get; set; }
    public int Stage { get; set; }
    public string Clock { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public string Kind { get; set; } = "";
    public string Recipients { get; set; } = "";
    public DateTime ClaimedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? MessageId { get; set; }
}

/// <summary>
/// A category of complaint and service request, from the list an administrator keeps. Complaints hold its
/// key, which never changes: renaming changes the name everywhere at once. A retired category stays on the
/// complaints that have it and in the figures, but is not offered for new ones.
/// </summary>
public sealed class Category
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The name folded for comparison (trimmed, single-spaced, upper case): unique, so names are unique regardless of case.</summary>
    public string NameKey { get; set; } = "";
    public bool Retired { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
