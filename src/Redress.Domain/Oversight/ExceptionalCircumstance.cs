using Redress.Domain.Common;

namespace Redress.Domain.Oversight;

public sealed record ExceptionalDetails(DateOnly From, DateOnly? To, string Reason, DateOnly? OmbudsmanToldOn, string ResidentsTold, DateOnly? ReturnToComplianceOn);

/// <summary>
/// Code 8.5: a period when exceptional circumstances (a cyber attack, for example) stop the landlord meeting
/// the Code: the reason, the notice given to the Ombudsman and to residents, and the return to compliance.
/// Complaints received in the period are marked in reports.
/// </summary>
public sealed class ExceptionalCircumstance
{
    private ExceptionalCircumstance()
    {
    }

    public Guid Id { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly? OmbudsmanToldOn { get; private set; }
    public string ResidentsTold { get; private set; } = "";
    public DateOnly? ReturnToComplianceOn { get; private set; }

    public static Result<ExceptionalCircumstance> Record(Guid id, ExceptionalDetails r, DateOnly today)
    {
        var error = string.IsNullOrWhiteSpace(r.Reason) ? new DomainError(ErrorCodes.Required, "Enter the exceptional circumstances.", "reason")
            : string.IsNullOrWhiteSpace(r.ResidentsTold) ? new DomainError(ErrorCodes.Required, "Enter how residents were told (Code 8.5).", "residentsTold")
            : r.From > today ? Errors.InFuture("from", "The start of the period", today)
            : r.To < r.From ? Errors.OutOfOrder("to", "The end of the period cannot be before its start.")
            : r.OmbudsmanToldOn < r.From ? Errors.OutOfOrder("ombudsmanToldOn", "The Ombudsman cannot have been told before the period started.")
            : r.OmbudsmanToldOn > today ? Errors.InFuture("ombudsmanToldOn", "The date the Ombudsman was told", today)
            : null;
        if (error is not null)
        {
            return error;
        }
        return new ExceptionalCircumstance
        {
            Id = id, From = r.From, To = r.To, Reason = r.Reason.Trim(), OmbudsmanToldOn = r.OmbudsmanToldOn,
            ResidentsTold = r.ResidentsTold.Trim(), ReturnToComplianceOn = r.ReturnToComplianceOn,
        };
    }

    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To);
}
