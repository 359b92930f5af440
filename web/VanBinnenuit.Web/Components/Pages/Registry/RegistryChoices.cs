using VanBinnenuit.Web.Api.Clients;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Components.Pages.Registry;

/// <summary>The registry's communities and organisations as choices in a form: the active ones, and any already chosen that has since been taken out of use.</summary>
public static class RegistryChoices
{
    /// <summary>The communities (of one municipality, with <paramref name="municipalityCode"/>), by name.</summary>
    public static async Task<IReadOnlyList<(string Value, string Text)>> CommunitiesAsync(RegistryClient registry, IEnumerable<Guid> chosen, string? municipalityCode = null)
    {
        var found = await registry.ListAsync<CommunityName>(RegistryList.Communities, RegistryQuery.Choice with { Municipality = municipalityCode });
        return Choices(found.Value?.Items.Select(c => (c.Id, c.Name, c.Active)) ?? [], chosen);
    }

    /// <summary>The organisations working in one municipality, by name.</summary>
    public static async Task<IReadOnlyList<(string Value, string Text)>> OrganisationsAsync(RegistryClient registry, string municipalityCode, IEnumerable<Guid> chosen)
    {
        var found = await registry.ListAsync<OrganisationDetails>(RegistryList.Organisations, RegistryQuery.Choice with { Municipality = municipalityCode });
        return Choices(found.Value?.Items.Select(o => (o.Id, o.Name, o.Active)) ?? [], chosen);
    }

    private static IReadOnlyList<(string Value, string Text)> Choices(IEnumerable<(Guid Id, string Name, bool Active)> entries, IEnumerable<Guid> chosen)
    {
        var keep = chosen.ToHashSet();
        return [.. entries.Where(e => e.Active || keep.Contains(e.Id)).OrderBy(e => e.Name, StringComparer.Create(Words.Dutch, true))
            .Select(e => (e.Id.ToString(), e.Active ? e.Name : $"{e.Name} (niet meer actief)"))];
    }
}
