using VanBinnenuit.DemoProgramme.Generation;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>The registry's request bodies for the demo world's items, as the demo loader and the benchmarks send them.</summary>
public static class RegistryRequests
{
    public static object Community(DemoCommunity community) => new
    {
        name = community.Name, originCountries = community.OriginCountries, languages = community.Languages, approachRoutes = community.ApproachRoutes,
        presence = community.MunicipalityCodes.Select(code => new { municipalityCode = code }),
    };
}
