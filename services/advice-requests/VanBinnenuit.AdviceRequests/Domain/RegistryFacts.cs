using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>
/// What the registry has told this service (its read models) of the parties a draft names: the
/// municipality, if it is known, until when it exists, and which of the named communities and
/// organisations are active. The endpoint reads it; the rule is here.
/// </summary>
public sealed record RegistryFacts(
    string? MunicipalityName, bool MunicipalityKnown, DateOnly? MunicipalityValidTo, IReadOnlySet<Guid> ActiveCommunities, IReadOnlySet<Guid> ActiveOrganisations)
{
    /// <summary>Every field of <paramref name="draft"/> naming what the registry does not know on <paramref name="today"/>.</summary>
    public IReadOnlyList<InvalidParam> Unknown(AdviceRequestDraft draft, DateOnly today)
    {
        var unknown = new List<InvalidParam>();
        if (!MunicipalityKnown)
        {
            unknown.Add(new InvalidParam("municipalityCode", $"{draft.MunicipalityCode} is not a municipality in the registry."));
        }
        else if (MunicipalityValidTo is { } validTo && validTo < today)
        {
            unknown.Add(new InvalidParam("municipalityCode", $"{draft.MunicipalityCode} ({MunicipalityName}) no longer exists since {validTo:yyyy-MM-dd}; ask for its successor."));
        }
        unknown.AddRange(draft.CommunityIds!.Select((id, i) => (id, i)).Where(c => !ActiveCommunities.Contains(c.id))
            .Select(c => new InvalidParam($"communityIds[{c.i}]", $"{c.id} is not an active community of the registry.")));
        unknown.AddRange(draft.OrganisationIds!.Select((id, i) => (id, i)).Where(o => !ActiveOrganisations.Contains(o.id))
            .Select(o => new InvalidParam($"organisationIds[{o.i}]", $"{o.id} is not an active organisation of the registry.")));
        return unknown;
    }
}
