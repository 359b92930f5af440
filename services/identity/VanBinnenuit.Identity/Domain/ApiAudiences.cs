namespace VanBinnenuit.Identity.Domain;

/// <summary>The services an access token is meant for; each checks that its own name is in <c>aud</c>.</summary>
public static class ApiAudiences
{
    public const string Scope = "api";

    public static readonly IReadOnlyList<string> All = ServiceDefaults.ResourceNames.ApiServices;
}
