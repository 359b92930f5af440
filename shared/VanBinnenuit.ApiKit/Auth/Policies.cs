using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace VanBinnenuit.ApiKit.Auth;

/// <summary>Authorization policies, named after what they allow.</summary>
public static class Policies
{
    /// <summary>Any signed-in person or system with one of the programme's roles.</summary>
    public const string ReadProgrammeData = nameof(ReadProgrammeData);

    /// <summary>Changing reference data that every service relies on.</summary>
    public const string ManageReferenceData = nameof(ManageReferenceData);

    /// <summary>The registry's content: communities, organisations, leaders and their contacts. Coordinators only.</summary>
    public const string ManageRegistry = nameof(ManageRegistry);

    /// <summary>
    /// The conversation leaders: coordinators, advisors, leaders (others by name and languages only) and
    /// administrators (who bind accounts to leaders). Not municipal officers: no national list of who leads what.
    /// </summary>
    public const string ReadLeaders = nameof(ReadLeaders);

    /// <summary>Planning the programme: series, sessions, leaders for them. Coordinators only.</summary>
    public const string PlanProgramme = nameof(PlanProgramme);

    /// <summary>Contact persons of municipalities and organisations: personal data for coordinators and advisors.</summary>
    public const string ReadContactPersons = nameof(ReadContactPersons);

    /// <summary>Advice requests: submitting and following them. Coordinators, advisors and municipal officers (their own municipality's).</summary>
    public const string FollowAdviceRequests = nameof(FollowAdviceRequests);

    /// <summary>Handling advice requests as cases: the service-level list, triage, assignment, advice. Coordinators and advisors.</summary>
    public const string HandleAdviceRequests = nameof(HandleAdviceRequests);

    /// <summary>The knowledge base advice points into: the guide's steps, roles, pitfalls and good examples. Coordinators only.</summary>
    public const string EditKnowledgeBase = nameof(EditKnowledgeBase);

    /// <summary>Session reports: the leader of the series (checked per series) and coordinators.</summary>
    public const string ReportSessions = nameof(ReportSessions);

    /// <summary>Monitoring's indicators, suppressed: coordinators, advisors, and municipal officers for their own municipality.</summary>
    public const string ReadIndicators = nameof(ReadIndicators);

    /// <summary>Accounts, clients, keys and the access audit.</summary>
    public const string ManageAccess = nameof(ManageAccess);

    /// <summary>
    /// The fallback: refuses every endpoint that names no policy. Routing's own answers pass, since they
    /// run no handler and say what is wrong: no endpoint at all (404), and the 405 and 415 endpoints the
    /// matcher makes for a wrong method or content type.
    /// </summary>
    private static readonly AuthorizationPolicy NoOne = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => context.Resource is HttpContext http && (http.GetEndpoint() is not { } endpoint || IsRoutingRejection(endpoint)))
        .Build();

    private static bool IsRoutingRejection(Endpoint endpoint) =>
        endpoint.DisplayName is "405 HTTP Method Not Supported" or "415 HTTP Unsupported Media Type";

    internal static void Add(AuthorizationBuilder authorization)
    {
        var anyProgrammeRole = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build();
        authorization
            .AddPolicy(ReadProgrammeData, anyProgrammeRole)
            .AddPolicy(ManageReferenceData, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Administrator))
            .AddPolicy(ManageRegistry, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator))
            .AddPolicy(ReadLeaders, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Advisor, Roles.Leader, Roles.Administrator))
            .AddPolicy(PlanProgramme, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator))
            .AddPolicy(ReadContactPersons, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => Caller.From(context.User).SeesContactPersons))
            .AddPolicy(FollowAdviceRequests, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Advisor, Roles.MunicipalOfficer))
            .AddPolicy(HandleAdviceRequests, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Advisor))
            .AddPolicy(EditKnowledgeBase, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator))
            .AddPolicy(ReportSessions, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Leader))
            .AddPolicy(ReadIndicators, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Advisor, Roles.MunicipalOfficer))
            .AddPolicy(ManageAccess, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            // A bare [Authorize] (and the web's AuthorizeView) means any programme role, never just "signed in".
            .SetDefaultPolicy(anyProgrammeRole)
            // Deny by default: an endpoint that names no policy is refused to everyone (401 without a token,
            // 403 with one), so a forgotten policy fails closed; each service's guard test names the culprit.
            .SetFallbackPolicy(NoOne);
    }
}
