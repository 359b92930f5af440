using System.Text.Json;
using VanBinnenuit.DemoProgramme.Generation;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>
/// The registry's part of the demo world, through its API: communities, organisations and leaders that
/// are not there yet (by name, or by e-mail address for a leader), so a restart adds nothing twice.
/// The registry's events then bring them to every other service's read models.
/// </summary>
internal sealed class RegistryLoader(ServiceApi registry, DemoProgress progress)
{
    public async Task<List<DemoMunicipality>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        [.. (await registry.ListAsync("/v1/municipalities", cancellationToken))
            // A municipality still in existence has no end date (absent, as every null).
            .Where(m => !m.TryGetProperty("validTo", out var end) || end.ValueKind == JsonValueKind.Null)
            .Select(m => new DemoMunicipality(m.GetProperty("code").GetString()!, m.GetProperty("name").GetString()!, m.GetProperty("provinceCode").GetString()!))];

    /// <summary>Writes what is missing; the ids of every community and organisation by name, and of every leader.</summary>
    public async Task<RegistryIds> LoadAsync(DemoWorld world, CancellationToken cancellationToken)
    {
        var communities = await IdsByAsync("/v1/communities", "name", cancellationToken);
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, Guid>(communities);
        await System.Threading.Tasks.Parallel.ForEachAsync(world.Communities.Where(c => !communities.ContainsKey(c.Name)), Parallel(cancellationToken), async (community, ct) =>
        {
            var created = await registry.PostAsync("/v1/communities", RegistryRequests.Community(community), ct);
            written[community.Name] = created.GetProperty("id").GetGuid();
            progress.Done("communities");
        });
        communities = new Dictionary<string, Guid>(written);

        var organisations = new System.Collections.Concurrent.ConcurrentDictionary<string, Guid>(await IdsByAsync("/v1/organisations", "name", cancellationToken));
        await System.Threading.Tasks.Parallel.ForEachAsync(world.Organisations.Where(o => !organisations.ContainsKey(o.Name)), Parallel(cancellationToken), async (organisation, ct) =>
        {
            var created = await registry.PostAsync("/v1/organisations", new
            {
                name = organisation.Name, kind = organisation.Kind,
                communityIds = organisation.CommunityNames.Select(name => communities[name]), municipalityCodes = organisation.MunicipalityCodes,
            }, ct);
            organisations[organisation.Name] = created.GetProperty("id").GetGuid();
            progress.Done("organisations");
        });

        var leaders = await IdsByAsync("/v1/leaders", "email", cancellationToken);
        await System.Threading.Tasks.Parallel.ForEachAsync(world.Leaders.Where(l => !leaders.ContainsKey(l.Email)), Parallel(cancellationToken),
            async (leader, ct) =>
            {
                await registry.PostAsync("/v1/leaders", new
                {
                    displayName = leader.DisplayName, email = leader.Email, gender = leader.Gender,
                    languages = leader.Languages.Select(l => new { code = l.Code, proficiency = l.Proficiency }),
                    communityIds = leader.CommunityNames.Select(name => communities[name]), topicCodes = leader.TopicCodes,
                    homeMunicipalityCode = leader.HomeMunicipalityCode, travelMunicipalityCodes = leader.TravelMunicipalityCodes,
                    availability = leader.Availability.Select(w => new { day = w.Day.ToString().ToLowerInvariant(), from = w.From.ToString("HH:mm"), to = w.To.ToString("HH:mm") }),
                    absences = leader.Absences.Select(a => new { from = a.From.ToString("yyyy-MM-dd"), to = a.To.ToString("yyyy-MM-dd") }),
                    maxSessionsPerMonth = leader.MaxSessionsPerMonth,
                }, ct);
                progress.Done("leaders");
            });
        return new RegistryIds(communities, new Dictionary<string, Guid>(organisations), await IdsByAsync("/v1/leaders", "email", cancellationToken));
    }

    /// <summary>
    /// Ten writes at a time: the services, not the loader, are what two cores are for; fewer leave them
    /// waiting on each other's events (6 took 141 s on 2 cores, 10 took 127 s).
    /// </summary>
    public static ParallelOptions Parallel(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = 10, CancellationToken = cancellationToken };

    private async Task<Dictionary<string, Guid>> IdsByAsync(string path, string key, CancellationToken cancellationToken) =>
        (await registry.ListAsync(path, cancellationToken))
            .Where(item => item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
            .ToDictionary(item => item.GetProperty(key).GetString()!, item => item.GetProperty("id").GetGuid());
}

/// <param name="Leaders">Every leader of the registry by e-mail address (the demo's and any other).</param>
internal sealed record RegistryIds(Dictionary<string, Guid> Communities, Dictionary<string, Guid> Organisations, Dictionary<string, Guid> Leaders);
