using VanBinnenuit.Web.Api;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Components.Pages.Registry;

/// <summary>The registry's communities and organisations as choices in a form: the active ones, and any already chosen that has since been taken out of use.</summary>
public static class RegistryChoices
{
    /// <summary>The communities (of one municipality, with <paramref name="municipalityCode"/>), by name.</summary>
    public static async Task<IReadOnlyList<(string Value, string Text)>> CommunitiesAsync(GatewayApi api, IEnumerable<Guid> chosen, string? municipalityCode = null)
    {
        var found = await api.GetAsync<Page<CommunityName>>(
            "api/registry/v1/communities?pageSize=100" + (municipalityCode is null ? "" : $"&municipality={Uri.EscapeDataString(municipalityCode)}"));
        return Choices(found.Value?.Items.Select(c => (c.Id, c.Name, c.Active)) ?? [], chosen);
    }

    /// <summary>The organisations working in one municipality, by name.</summary>
    public static async Task<IReadOnlyList<(string Value, string Text)>> OrganisationsAsync(GatewayApi api, string municipalityCode, IEnumerable<Guid> chosen)
    {
        var found = await api.GetAsync<Page<OrganisationDetails>>(
            $"api/registry/v1/organisations?pageSize=100&municipality={Uri.EscapeDataString(municipalityCode)}");
        return Choices(found.Value?.Items.Select(o => (o.Id, o.Name, o.Active)) ?? [], chosen);
    }

    private static IReadOnlyList<(string Value, string Text)> Choices(IEnumerable<(Guid Id, string Name, bool Active)> entries, IEnumerable<Guid> chosen)
    {
        var keep = chosen.ToHashSet();
        return [.. entries.Where(e => e.Active || keep.Contains(e.Id)).OrderBy(e => e.Name, StringComparer.Create(Words.Dutch, true))
            .Select(e => (e.Id.ToString(), e.Active ? e.Name : $"{e.Name} (niet meer actief)"))];
    }
}
