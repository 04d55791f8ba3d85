namespace Redress.Web.Auth;

/// <summary>The roles of API.md. Names are part of the public contract.</summary>
public static class Roles
{
    public const string Handler = "handler";
    public const string ComplaintsOfficer = "complaintsOfficer";
    public const string SeniorLead = "seniorLead";
    /// <summary>Read-only oversight: the Member Responsible for Complaints and the governing body.</summary>
    public const string Governance = "governance";
    public const string Admin = "admin";

    public static readonly string[] All = [Handler, ComplaintsOfficer, SeniorLead, Governance, Admin];

    /// <summary>Who may change a complaint.</summary>
    public static readonly string[] Casework = [Handler, ComplaintsOfficer, SeniorLead, Admin];

    /// <summary>
    /// Who may read reasonable adjustments and disclosed disabilities (Code 5.10): the people who handle
    /// complaints. Not administrators or governance, who do not need them; every read is audited.
    /// </summary>
    public static readonly string[] SupportNeeds = [Handler, ComplaintsOfficer, SeniorLead];

    /// <summary>Who sees the oversight dashboard, the reports and the self-assessment (Code 9.4-9.7).</summary>
    public static readonly string[] Oversight = [Governance, SeniorLead, ComplaintsOfficer];

    /// <summary>Who prepares the self-assessment and records the governing body's approval.</summary>
    public static readonly string[] AssessmentEditors = [SeniorLead, ComplaintsOfficer];
}

public static class Policies
{
    public const string Read = "read";
    public const string Casework = "casework";
    public const string Admin = "admin";
    public const string Audit = "audit";
    public const string Figures = "figures";
    /// <summary>Pages for any signed-in member of staff (the cookie, not an API key).</summary>
    public const string Staff = "staff";
    /// <summary>Pages that change complaints: the casework roles, signed in.</summary>
    public const string CaseworkPages = "casework-pages";
    /// <summary>Changing the self-assessment.</summary>
    public const string AssessmentPages = "assessment-pages";
    /// <summary>The oversight dashboard and reports.</summary>
    public const string OversightPages = "oversight-pages";
    /// <summary>Administration pages: the administrator, signed in.</summary>
    public const string AdminPages = "admin-pages";
    /// <summary>Pages that show or change adjustments and disclosed disabilities.</summary>
    public const string SupportNeedPages = "support-need-pages";
}
