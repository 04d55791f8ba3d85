using System.Net.Mail;
using Redress.Domain.Common;
using Redress.Domain.Complaints;

namespace Redress.Web.Residents;

/// <summary>What staff can change about a resident: their name, contact details, address and tenure.</summary>
public sealed record ResidentDetails(string Name, string? Email, string? Phone, string? Address, Tenure Tenure)
{
    public static ResidentDetails Of(Data.Entities.Resident r) => new(r.Name, r.Email, r.Phone, r.Address, r.Tenure);

    /// <summary>Every problem at once, each naming its field, in GOV.UK words.</summary>
    public IReadOnlyList<DomainError> Problems()
    {
        var problems = new List<DomainError>();
        void Add(string field, string message) => problems.Add(new DomainError(ErrorCodes.Required, message, field));
        if (string.IsNullOrWhiteSpace(Name))
        {
            Add("name", "Enter the resident's full name");
        }
        else if (Name.Length > Limits.Name)
        {
            Add("name", $"The resident's name must be {Limits.Name:N0} characters or fewer");
        }
        if (Email is { } email && (email.Length > 320 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal)))
        {
            Add("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (Phone?.Length > Limits.Phone)
        {
            Add("phone", $"The phone number must be {Limits.Phone} characters or fewer");
        }
        if (Address?.Length > Limits.Address)
        {
            Add("address", $"The address must be {Limits.Address} characters or fewer");
        }
        return problems;
    }
}
