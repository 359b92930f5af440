namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>
/// The made-up request the OpenAPI document's examples tell about, so the request body, the answer and the
/// history of one example name the same request, community and people.
/// </summary>
internal static class Examples
{
    public static readonly Guid Request = Guid.Parse("0193f1c2-7a10-7c4e-9d2a-5b6e8f0a1c23");
    public static readonly Guid Community = Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12");
    public static readonly Guid Organisation = Guid.Parse("0193a0d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
    public static readonly Guid Pitfall = Guid.Parse("0193b2e1-4c5d-7f60-8a1b-2c3d4e5f6a7b");
    public static readonly Guid Document = Guid.Parse("0193f1c9-2b3c-7d4e-8f50-6a7b8c9d0e1f");
    public static readonly Guid Message = Guid.Parse("0193f1d0-3c4d-7e5f-8061-7b8c9d0e1f20");
    public const string Officer = "8d3f6c2a-1b4e-4f70-9a2c-3e5d7f9b1c04";
    public const string OfficerName = "Sanne de Vries";
    public const string Advisor = "5a1e9b74-3c2d-4e8f-9a01-b2c3d4e5f607";
    public const string AdvisorName = "Yusuf Demir";
    public const string Question = "Hoe bereiken we Eritrese vrouwen in Amsterdam-Noord voor gesprekken over opvoeding?";
    public static readonly DateTimeOffset SubmittedAt = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);
}
