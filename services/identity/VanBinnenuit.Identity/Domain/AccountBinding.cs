using System.Text.RegularExpressions;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Identity.Domain;

/// <summary>A role with the binding it requires: an officer to one municipality, a leader to one leader id, others to none.</summary>
public sealed partial record AccountBinding(string Role, string? MunicipalityCode, string? LeaderId) : IExample<AccountBinding>
{
    public static AccountBinding Example => new("municipal-officer", "GM0363", null);

    public IEnumerable<InvalidParam> Validate()
    {
        if (!Roles.All.Contains(Role))
        {
            yield return new InvalidParam("role", $"Must be one of: {string.Join(", ", Roles.All)}.");
            yield break;
        }
        if (Role == Roles.MunicipalOfficer)
        {
            if (MunicipalityCode is null || !MunicipalityPattern().IsMatch(MunicipalityCode))
            {
                yield return new InvalidParam("municipalityCode", "A municipal officer is bound to one CBS municipality code such as GM0363.");
            }
        }
        else if (MunicipalityCode is not null)
        {
            yield return new InvalidParam("municipalityCode", "Only a municipal officer is bound to a municipality.");
        }
        if (Role == Roles.Leader)
        {
            if (string.IsNullOrWhiteSpace(LeaderId) || LeaderId.Length > 64)
            {
                yield return new InvalidParam("leaderId", "A leader is bound to one conversation-leader id (at most 64 characters).");
            }
        }
        else if (LeaderId is not null)
        {
            yield return new InvalidParam("leaderId", "Only a leader is bound to a conversation-leader id.");
        }
    }

    [GeneratedRegex(@"^GM\d{4}$")]
    private static partial Regex MunicipalityPattern();
}
