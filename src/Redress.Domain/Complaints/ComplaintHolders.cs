using Redress.Domain.Common;

namespace Redress.Domain.Complaints;

/// <summary>
/// Who may hold a complaint as its handler: people whose work is handling complaints (Code 4.1). Oversight
/// (the governing body, the MRC) and administration alone do not handle complaints.
/// </summary>
public static class ComplaintHolders
{
    /// <summary>The roles of API.md whose holders may be given a complaint.</summary>
    public static readonly IReadOnlyList<string> Roles = ["handler", "complaintsOfficer", "seniorLead"];

    public static bool CanHold(IEnumerable<string> roles) => roles.Any(r => Roles.Contains(r, StringComparer.Ordinal));

    /// <summary>Refuses a person who is not known, or whose roles do not include handling complaints.</summary>
    public static DomainError? Check(IReadOnlyCollection<string>? roles) => roles switch
    {
        null => new DomainError("unknown-handler", "There is no user with that handler id.", "handlerId"),
        _ when !CanHold(roles) => new DomainError(ErrorCodes.HandlerCannotHoldComplaints,
            "That person cannot hold complaints: give it to a handler, the complaints officer or the senior lead (Code 4.1).", "handlerId"),
        _ => null,
    };
}
