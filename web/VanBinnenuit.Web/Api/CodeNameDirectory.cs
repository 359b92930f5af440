using Microsoft.Extensions.Caching.Memory;
using VanBinnenuit.Web.Api.Clients;
using VanBinnenuit.Web.Api.Models;
using VanBinnenuit.Web.Components;

namespace VanBinnenuit.Web.Api;

/// <summary>
/// The Dutch names of languages, countries, topics and approach routes, read once from the registry and
/// kept for everybody for ten minutes (public reference data; a renamed topic shows within ten minutes).
/// </summary>
public sealed class CodeNameDirectory(RegistryClient registry, IMemoryCache cache)
{
    public async Task<CodeNames> AllAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(nameof(CodeNameDirectory), out CodeNames? known) && known is not null)
        {
            return known;
        }
        if ((await registry.CodeNamesAsync(cancellationToken)).Value is not { } list)
        {
            // Not kept: the codes show as they are, and the next page asks again.
            return CodeNames.None;
        }
        var names = new CodeNames(list);
        cache.Set(nameof(CodeNameDirectory), names, TimeSpan.FromMinutes(10));
        return names;
    }
}

/// <summary>Looks codes up; a code without a name (unknown, or the registry not reachable) shows as itself.</summary>
public sealed class CodeNames(CodeNameList list)
{
    public static readonly CodeNames None = new(new CodeNameList([], [], [], []));

    private readonly Dictionary<string, string> _languages = list.Languages.ToDictionary(l => l.Code, l => l.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _countries = list.Countries.ToDictionary(c => c.Code, c => c.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _topics = list.Topics.ToDictionary(t => t.Code, t => t.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _routes = list.ApproachRoutes.ToDictionary(r => r.Code, r => r.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The languages and countries by Dutch name, for a choice with search.</summary>
    public IReadOnlyList<CodeName> Languages { get; } = [.. list.Languages.OrderBy(l => l.Name, StringComparer.Create(Words.Dutch, true))];

    /// <summary>
    /// The languages a form suggests: those with a two-letter code (ISO 639-1, some 180). All of ISO 639-3 is nearly
    /// eight thousand, too many to send with every form; any of them can still be typed by name or code.
    /// </summary>
    public IReadOnlyList<CodeName> LanguageSuggestions => [.. Languages.Where(l => l.Code.Length == 2)];

    public IReadOnlyList<CodeName> Countries { get; } = [.. list.Countries.OrderBy(c => c.Name, StringComparer.Create(Words.Dutch, true))];

    /// <summary>The catalogue's topics in its order, for a choice.</summary>
    public IReadOnlyList<CatalogueEntry> Topics => list.Topics;

    public string Language(string code) => _languages.GetValueOrDefault(code, code);

    public string Country(string code) => _countries.GetValueOrDefault(code, code);

    public string Topic(string code) => _topics.GetValueOrDefault(code, code);

    public string ApproachRoute(string code) => _routes.GetValueOrDefault(code, code);

    /// <summary>Several codes as one Dutch list ("Arabisch, Tigrinya"), or a dash for none.</summary>
    public static string List(IEnumerable<string> codes, Func<string, string> name) =>
        codes.Select(name).ToList() is { Count: > 0 } names ? string.Join(", ", names) : "—";
}
