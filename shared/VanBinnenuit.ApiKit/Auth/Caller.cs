using System.Security.Claims;

namespace VanBinnenuit.ApiKit.Auth;

/// <summary>
/// Who is asking, as far as data access goes. Services scope their queries with it (an EF query
/// filter), so a municipal officer's query can never return another municipality's rows.
/// </summary>
/// <param name="Subject">The account id (token <c>sub</c>): who did it, for audit trails and assignments.</param>
public sealed record Caller(string? Role, string? MunicipalityCode, string? LeaderId, string? Subject = null)
{
    /// <summary>Work the service does itself (seeding, consumers): no request, no restriction.</summary>
    public static readonly Caller System = new(null, null, null);

    /// <summary>The only municipality this caller may see, or null when not bound to one.</summary>
    public string? MunicipalityScope => Role == Roles.MunicipalOfficer ? MunicipalityCode ?? "" : null;

    /// <summary>Whether this is the conversation leader with this id (however the binding's id is written).</summary>
    public bool IsLeader(Guid leaderId) => Role == Roles.Leader && Guid.TryParse(LeaderId, out var own) && own == leaderId;

    /// <summary>Contact persons of municipalities and organisations are for coordinators and advisors (policy <see cref="Policies.ReadContactPersons"/>).</summary>
    public bool SeesContactPersons => Role is Roles.Coordinator or Roles.Advisor;

    public static Caller From(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
        ? new Caller(user.FindFirstValue("role"), user.FindFirstValue(BindingClaims.Municipality), user.FindFirstValue(BindingClaims.Leader), user.FindFirstValue("sub"))
        : System;
}
