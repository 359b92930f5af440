namespace VanBinnenuit.ApiKit.Auth;

/// <summary>The roles of the programme; a token carries exactly one.</summary>
public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string Advisor = "advisor";
    /// <summary>Bound to one conversation leader id.</summary>
    public const string Leader = "leader";
    /// <summary>Bound to one municipality code; also the role of a municipality's own system.</summary>
    public const string MunicipalOfficer = "municipal-officer";
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Coordinator, Advisor, Leader, MunicipalOfficer, Administrator];
}
