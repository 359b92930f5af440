using Microsoft.Extensions.Caching.Memory;
using VanBinnenuit.Web.Api.Clients;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Api;

/// <summary>
/// The municipalities by code, for names in lists and the choice in forms. Public reference data,
/// so one copy serves everybody for an hour (a municipal merger shows within the hour).
/// </summary>
public sealed class MunicipalityDirectory(RegistryClient registry, IMemoryCache cache)
{
    public async Task<IReadOnlyDictionary<string, Municipality>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(nameof(MunicipalityDirectory), out IReadOnlyDictionary<string, Municipality>? known) && known is not null)
        {
            return known;
        }
        var all = new Dictionary<string, Municipality>(StringComparer.OrdinalIgnoreCase);
        for (var page = 1; ; page++)
        {
            var result = await registry.ListAsync<Municipality>(RegistryList.Municipalities, RegistryQuery.Choice with { Page = page }, cancellationToken);
            if (result.Value is not { } found)
            {
                // Not cached: the next page asks again.
                return all;
            }
            foreach (var municipality in found.Items)
            {
                all[municipality.Code] = municipality;
            }
            if (page >= found.PageCount)
            {
                break;
            }
        }
        cache.Set(nameof(MunicipalityDirectory), (IReadOnlyDictionary<string, Municipality>)all, TimeSpan.FromHours(1));
        return all;
    }

    public async Task<string> NameAsync(string code, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).TryGetValue(code, out var municipality) ? municipality.Name : code;
}
