using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Data;

/// <summary>
/// The second half of validating a write: do the municipalities, communities and catalogue codes
/// a draft names exist, and are they still in use? An import loads them all once, then checks in
/// memory, so thousands of rows check as fast as one; an API call loads only what its draft names.
/// </summary>
internal sealed class ReferenceCheck
{
    private sealed record MunicipalityRow(string Code, string ProvinceCode, DateOnly? ValidTo, List<string> SuccessorCodes);

    private readonly Dictionary<string, MunicipalityRow> _municipalities;
    private readonly Dictionary<Guid, string> _communities;
    private readonly HashSet<(Catalogue, string)> _catalogue;
    private readonly Dictionary<string, Guid> _communityByName = new(StringComparer.OrdinalIgnoreCase);

    private ReferenceCheck(Dictionary<string, MunicipalityRow> municipalities, Dictionary<Guid, string> communities, HashSet<(Catalogue, string)> catalogue)
    {
        _municipalities = municipalities;
        _communities = communities;
        _catalogue = catalogue;
        foreach (var (id, name) in communities)
        {
            _communityByName.TryAdd(name, id);
        }
        ProvinceOf = municipalities.ToDictionary(m => m.Key, m => m.Value.ProvinceCode);
    }

    /// <summary>Everything, for an import that checks thousands of rows against it.</summary>
    public static Task<ReferenceCheck> LoadAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        LoadAsync(db, null, null, cancellationToken);

    /// <summary>
    /// Only the municipalities and communities one draft names. Reading every community for each write
    /// made writes slower as the registry grew, and under 100 writes a second it held the registry's CPU
    /// and memory (880 MB) until events fell a minute behind.
    /// </summary>
    public static Task<ReferenceCheck> ForAsync(RegistryDbContext db, IEnumerable<string> municipalityCodes, IEnumerable<Guid> communityIds,
        CancellationToken cancellationToken) =>
        LoadAsync(db, [.. municipalityCodes.Distinct()], [.. communityIds.Distinct()], cancellationToken);

    private static async Task<ReferenceCheck> LoadAsync(RegistryDbContext db, string[]? municipalityCodes, Guid[]? communityIds, CancellationToken cancellationToken)
    {
        var municipalityRows = db.Municipalities.IgnoreQueryFilters().AsNoTracking();
        if (municipalityCodes is not null)
        {
            municipalityRows = municipalityRows.Where(m => municipalityCodes.Contains(m.Code));
        }
        var communityRows = db.Communities.IgnoreQueryFilters().AsNoTracking();
        if (communityIds is not null)
        {
            communityRows = communityRows.Where(c => communityIds.Contains(c.Id));
        }
        var municipalities = await municipalityRows
            .Select(m => new MunicipalityRow(m.Code, m.ProvinceCode, m.ValidTo, m.SuccessorCodes)).ToDictionaryAsync(m => m.Code, cancellationToken);
        var communities = await communityRows.ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var catalogue = (await db.CatalogueEntries.AsNoTracking().Where(e => e.Active).Select(e => new { e.Catalogue, e.Code }).ToListAsync(cancellationToken))
            .Select(e => (e.Catalogue, e.Code)).ToHashSet();
        return new ReferenceCheck(municipalities, communities, catalogue);
    }

    public IReadOnlyDictionary<string, string> ProvinceOf { get; }

    /// <summary>The id of the community with this name (any letter case), for imports that name communities.</summary>
    public Guid? CommunityNamed(string name) => _communityByName.TryGetValue(name.Trim(), out var id) ? id : null;

    public List<InvalidParam> Community(CommunityDraft draft) =>
    [
        .. Municipalities("presence", draft.Presence!.Select(p => p.MunicipalityCode!)),
        .. Catalogue("approachRoutes", Domain.Catalogue.ApproachRoute, draft.ApproachRoutes!),
    ];

    public List<InvalidParam> Organisation(OrganisationDraft draft) =>
    [
        .. Municipalities("municipalityCodes", draft.MunicipalityCodes!),
        .. Communities("communityIds", draft.CommunityIds!),
    ];

    public List<InvalidParam> Leader(LeaderDraft draft) =>
    [
        .. Municipalities("homeMunicipalityCode", [draft.HomeMunicipalityCode!]),
        .. Municipalities("travelMunicipalityCodes", draft.TravelMunicipalityCodes!),
        .. Communities("communityIds", draft.CommunityIds!),
        .. Catalogue("topicCodes", Domain.Catalogue.Topic, draft.TopicCodes!),
    ];

    public IEnumerable<InvalidParam> Municipalities(string field, IEnumerable<string> codes)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var code in codes)
        {
            if (!_municipalities.TryGetValue(code, out var municipality))
            {
                yield return new InvalidParam(field, $"{code} is not a registered municipality.");
            }
            else if (municipality.ValidTo < today)
            {
                var successors = municipality.SuccessorCodes.Count > 0 ? $"; use {string.Join(" or ", municipality.SuccessorCodes)}" : "";
                yield return new InvalidParam(field, $"{code} ceased to exist on {municipality.ValidTo:yyyy-MM-dd}{successors}.");
            }
        }
    }

    private IEnumerable<InvalidParam> Communities(string field, IEnumerable<Guid> ids) =>
        ids.Where(id => !_communities.ContainsKey(id)).Select(id => new InvalidParam(field, $"{id} is not a registered community."));

    private IEnumerable<InvalidParam> Catalogue(string field, Catalogue catalogue, IEnumerable<string> codes) =>
        codes.Where(code => !_catalogue.Contains((catalogue, code))).Select(code => new InvalidParam(field,
            $"{code} is not an active {(catalogue == Domain.Catalogue.Topic ? "topic" : "approach route")} of the catalogue."));
}
