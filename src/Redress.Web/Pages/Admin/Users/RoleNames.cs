using Redress.Web.Auth;

namespace Redress.Web.Pages.Admin.Users;

/// <summary>Roles as people name them, with what each may do.</summary>
public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        Roles.Handler => "Complaint handler",
        Roles.ComplaintsOfficer => "Complaints officer",
        Roles.SeniorLead => "Senior lead",
        Roles.Governance => "Governance (MRC, governing body)",
        Roles.Admin => "Administrator",
        _ => role,
    };

    public static string Hint(string role) => role switch
    {
        Roles.Handler => "Handles complaints; sees adjustments and disclosed disabilities",
        Roles.ComplaintsOfficer => "Casework and the team's queue; reminded of complaints nobody holds",
        Roles.SeniorLead => "Casework and oversight",
        Roles.Governance => "Reads complaints and reports; changes nothing",
        Roles.Admin => "Users, settings and the outbox; no access to disabilities",
        _ => "",
    };
}
