namespace VanBinnenuit.AdviceRequests.Apis;

/// <summary>The made-up request the document's examples tell about, so every example names the same one.</summary>
internal static class Examples
{
    public static readonly Guid Request = Guid.Parse("0193f1c2-7a10-7c4e-9d2a-5b6e8f0a1c23");
    public static readonly Guid Community = Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12");
    public static readonly Guid Organisation = Guid.Parse("0193a0d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
    public static readonly Guid Pitfall = Guid.Parse("0193b2e1-4c5d-7f60-8a1b-2c3d4e5f6a7b");
    public const string Officer = "8d3f6c2a-officer-gm0363";
    public const string Advisor = "5a1e9b74-advisor";
    public static readonly DateTimeOffset SubmittedAt = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);
}
