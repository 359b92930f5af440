using Microsoft.AspNetCore.Authorization;

namespace VanBinnenuit.ServiceDefaults.Auth;

/// <summary>Authorization policies, named after what they allow.</summary>
public static class Policies
{
    /// <summary>Any signed-in person or system with one of the programme's roles.</summary>
    public const string ReadProgrammeData = nameof(ReadProgrammeData);

    /// <summary>Changing reference data that every service relies on.</summary>
    public const string ManageReferenceData = nameof(ManageReferenceData);

    /// <summary>The registry's content: communities, organisations, leaders and their contacts. Coordinators only.</summary>
    public const string ManageRegistry = nameof(ManageRegistry);

    /// <summary>Planning the programme: series, sessions, leaders for them. Coordinators only.</summary>
    public const string PlanProgramme = nameof(PlanProgramme);

    /// <summary>Contact persons of municipalities and organisations: personal data for coordinators and advisors.</summary>
    public const string ReadContactPersons = nameof(ReadContactPersons);

    /// <summary>Accounts, clients, keys and the access audit.</summary>
    public const string ManageAccess = nameof(ManageAccess);

    internal static void Add(AuthorizationBuilder authorization)
    {
        var anyProgrammeRole = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build();
        authorization
            .AddPolicy(ReadProgrammeData, anyProgrammeRole)
            .AddPolicy(ManageReferenceData, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Administrator))
            .AddPolicy(ManageRegistry, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator))
            .AddPolicy(PlanProgramme, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator))
            .AddPolicy(ReadContactPersons, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => Caller.From(context.User).SeesContactPersons))
            .AddPolicy(ManageAccess, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            // An endpoint that names no policy is closed, not open.
            .SetFallbackPolicy(anyProgrammeRole);
    }
}
