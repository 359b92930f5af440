using System.Security.Cryptography;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// A leader's secret calendar address. Calendar apps fetch it without a token, so the secret in the
/// address is the key; only its hash is stored, so a copy of the database opens no calendar.
/// Issuing a new one makes the old address stop working.
/// </summary>
public sealed class CalendarFeed
{
    public required Guid LeaderId { get; init; }
    public required string TokenHash { get; set; }
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>A new secret (256 bits, URL-safe) and the feed that knows it by its hash.</summary>
    public static (CalendarFeed Feed, string Token) Issue(Guid leaderId, DateTimeOffset now)
    {
        var token = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (new CalendarFeed { LeaderId = leaderId, TokenHash = Hash(token), IssuedAt = now }, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
