using Microsoft.AspNetCore.Identity;

namespace VanBinnenuit.Identity.Data;

/// <summary>A person who signs in. The binding fixes what data the role may reach.</summary>
public sealed class AccountUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    /// <summary>CBS code, for a municipal officer.</summary>
    public string? MunicipalityCode { get; set; }
    /// <summary>Conversation-leader id, for a leader.</summary>
    public string? LeaderId { get; set; }
    /// <summary>When the account's name and role were last published to the other services; null until the first time.</summary>
    public DateTimeOffset? AnnouncedAt { get; set; }
}
