using VanBinnenuit.Vocabulary;
using VanBinnenuit.Web.Api;
using VanBinnenuit.Web.Api.Clients;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Components.Pages.Search;

/// <summary>One hit: what it is called, a line that tells it apart, and its page.</summary>
public sealed record SearchHit(string Title, string Detail, string Href);

/// <summary>The hits of one kind, the first few of <see cref="Total"/>, with the full list behind <see cref="MoreHref"/> where the reader has one.</summary>
public sealed record SearchSection(string Title, long Total, IReadOnlyList<SearchHit> Hits, string? MoreHref, string? Problem);

/// <summary>
/// The search box's answer: each service searched at once through the gateway, with the reader's own
/// rights, so nobody finds what their role may not see (a service refuses or leaves it out).
/// </summary>
public sealed class SearchSections(RegistryClient registry, SchedulingClient scheduling, AdviceRequestsClient adviceRequests, MunicipalityDirectory municipalities)
{
    public const int HitsPerSection = 5;

    /// <param name="managesRegistry">A coordinator: the register's lists are theirs to open; an advisor reaches a community through its series.</param>
    public async Task<IReadOnlyList<SearchSection>> FindAsync(string text, bool managesRegistry)
    {
        var q = Uri.EscapeDataString(text);
        string? Register(string slug, string name) => managesRegistry ? $"/register/{slug}?naam={Uri.EscapeDataString(name)}" : null;
        var names = await municipalities.AllAsync();
        string Municipality(string code) => names.TryGetValue(code, out var m) ? m.Name : code;
        var sections = new[]
        {
            Section("Gemeenschappen", Find<CommunityName>(RegistryList.Communities, text), Register("gemeenschappen", text),
                c => new(c.Name, c.Active ? "in het register" : "niet meer actief",
                    Register("gemeenschappen", c.Name) ?? $"/bijeenkomsten?zoek={Uri.EscapeDataString(c.Name)}")),
            Section("Organisaties", Find<OrganisationDetails>(RegistryList.Organisations, text), Register("organisaties", text),
                o => new(o.Name, string.Join(", ", o.MunicipalityCodes.Select(Municipality)), $"/register/organisaties/{o.Id}")),
            Section("Gespreksleiders", Find<LeaderDetails>(RegistryList.Leaders, text), Register("gespreksleiders", text),
                l => new(l.DisplayName, l.HomeMunicipalityCode is { } home ? $"woont in {Municipality(home)}" : "", $"/register/gespreksleiders/{l.Id}")),
            Section("Gemeenten", Find<Municipality>(RegistryList.Municipalities, text), Register("gemeenten", text),
                m => new(m.Name, m.ValidTo is { } end ? $"{m.ProvinceName}, opgeheven {Words.Date(end)}" : m.ProvinceName, $"/register/gemeenten/{m.Code}")),
            Section("Reeksen bijeenkomsten", scheduling.SeriesAsync(new SeriesFilter(PageSize: HitsPerSection, Search: text)), $"/bijeenkomsten?zoek={q}",
                s => new($"{s.CommunityName ?? "Reeks"} in {Municipality(s.MunicipalityCode)}",
                    $"{Words.Audience(s.Audience)}, {Words.SeriesStatus(s.Status)}{(s.LeaderName is { } leader ? $", {leader}" : "")}", $"/bijeenkomsten/{s.Id}")),
            Section("Adviesaanvragen", adviceRequests.ListAsync(new AdviceRequestFilter(PageSize: HitsPerSection, Search: text)), $"/adviesaanvragen?zoek={q}",
                r => new(Words.Shorten(r.Question), $"{Municipality(r.MunicipalityCode)}, ingediend {Words.Date(DutchTime.DateOf(r.SubmittedAt))}, {Words.CaseStatus(r.Status)}",
                    $"/adviesaanvragen/{r.Id}")),
        };
        return await Task.WhenAll(sections);
    }

    private Task<ApiResult<Page<T>>> Find<T>(RegistryList list, string name) => registry.ListAsync<T>(list, new RegistryQuery(PageSize: HitsPerSection, Name: name));

    private static async Task<SearchSection> Section<T>(string title, Task<ApiResult<Page<T>>> finding, string? more, Func<T, SearchHit> hit)
    {
        var found = await finding;
        return found.Value is { } page
            ? new SearchSection(title, page.TotalItems, [.. page.Items.Select(hit)], more, null)
            : new SearchSection(title, 0, [], more, found.Problem?.Message ?? "Niet te doorzoeken.");
    }
}
