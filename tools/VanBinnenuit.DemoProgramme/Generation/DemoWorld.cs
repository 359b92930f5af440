namespace VanBinnenuit.DemoProgramme.Generation;

/// <summary>
/// The demo programme's world, as a description: what each service is to hold. The same seed and the
/// same municipalities always give the same world, so every run and every test sees the same one.
/// </summary>
public sealed record DemoWorld(
    IReadOnlyList<DemoCommunity> Communities,
    IReadOnlyList<DemoOrganisation> Organisations,
    IReadOnlyList<DemoLeader> Leaders);

public sealed record DemoCommunity(string Name, IReadOnlyList<string> OriginCountries, IReadOnlyList<string> Languages,
    IReadOnlyList<string> ApproachRoutes, IReadOnlyList<string> MunicipalityCodes);

/// <param name="Kind">The registry's kind: consortium-member, knowledge-institute, migrant-self-organisation, refugee-organisation or professional-institution.</param>
public sealed record DemoOrganisation(string Name, string Kind, IReadOnlyList<string> CommunityNames, IReadOnlyList<string> MunicipalityCodes);

public sealed record DemoLeader(
    string DisplayName, string Email, string Gender, IReadOnlyList<(string Code, string Proficiency)> Languages,
    IReadOnlyList<string> CommunityNames, IReadOnlyList<string> TopicCodes, string HomeMunicipalityCode,
    IReadOnlyList<string> TravelMunicipalityCodes, IReadOnlyList<DemoWindow> Availability,
    IReadOnlyList<(DateOnly From, DateOnly To)> Absences, int MaxSessionsPerMonth);

public sealed record DemoWindow(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>A municipality as the registry lists it: the generator picks the programme's from these.</summary>
public sealed record DemoMunicipality(string Code, string Name, string ProvinceCode);
