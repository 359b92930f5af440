namespace VanBinnenuit.Web.Api.Models;

public sealed record Municipality(string Code, string Name, string ProvinceCode, string ProvinceName, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record CatalogueEntry(string Code, string Name, bool Active);

public sealed record Catalogue(IReadOnlyList<CatalogueEntry> Items);

/// <summary>A code and its Dutch name.</summary>
public sealed record CodeName(string Code, string Name);

/// <summary>The registry's Dutch names of its ISO and catalogue codes (<c>GET /v1/code-names</c>).</summary>
public sealed record CodeNameList(IReadOnlyList<CodeName> Languages, IReadOnlyList<CodeName> Countries,
    IReadOnlyList<CatalogueEntry> Topics, IReadOnlyList<CatalogueEntry> ApproachRoutes);

public sealed record AvailabilityWindow(string Day, TimeOnly From, TimeOnly To);

public sealed record Absence(DateOnly From, DateOnly To);

/// <summary>A leader's record; the profile and contact fields are there for the leader themself and for coordinators and advisors.</summary>
public sealed record LeaderDetails(Guid Id, string DisplayName, IReadOnlyList<LeaderLanguage> Languages, string? Email, string? Phone,
    IReadOnlyList<Guid>? CommunityIds, IReadOnlyList<string>? TopicCodes, string? Gender, string? HomeMunicipalityCode,
    IReadOnlyList<string>? TravelMunicipalityCodes, IReadOnlyList<string>? TravelProvinceCodes,
    IReadOnlyList<AvailabilityWindow>? Availability, IReadOnlyList<Absence>? Absences, int? MaxSessionsPerMonth, bool? Active, string? InactiveReason);

/// <param name="Proficiency">basic, good, fluent or native.</param>
public sealed record LeaderLanguage(string Code, string Proficiency);

/// <summary>An organisation; contact persons only for coordinators and advisors.</summary>
public sealed record OrganisationDetails(Guid Id, string Name, string Kind, string? KvkNumber, IReadOnlyList<Guid> CommunityIds,
    IReadOnlyList<string> MunicipalityCodes, IReadOnlyList<ContactPerson>? ContactPersons, bool Active, string? InactiveReason);

public sealed record AvailabilitySubmission(IReadOnlyList<AvailabilityWindow> Availability, IReadOnlyList<Absence> Absences);

/// <summary>A community as a choice in a form.</summary>
public sealed record CommunityName(Guid Id, string Name, bool Active = true);

/// <summary>A leader as a choice shows them.</summary>
public sealed record LeaderName(Guid Id, string DisplayName);

public sealed record ImportProblem(int Row, string Column, string Reason);

/// <summary>A CSV import's report: on a dry run, or when the file had problems and nothing was imported.</summary>
public sealed record ImportReport(bool DryRun, bool Applied, int Rows, int RowsWithProblems, IReadOnlyList<ImportProblem> Problems);

public sealed record ContactPerson(string? Name, string? Role, string? Email, string? Phone);

/// <summary>A municipality's contact persons (<c>contactPersons</c> in the API).</summary>
public sealed record MunicipalityContacts(string MunicipalityCode, IReadOnlyList<ContactPerson> ContactPersons);

public sealed record MunicipalityDetails(string Code, string Name, string ProvinceCode, string ProvinceName, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<string> SuccessorCodes);

/// <summary>Where a community lives, as the registry names it.</summary>
public sealed record Presence(string MunicipalityCode);

public sealed record CommunityDraft(string Name, IReadOnlyList<string> OriginCountries, IReadOnlyList<string> Languages,
    IReadOnlyList<string> ApproachRoutes, IReadOnlyList<Presence> Presence);

public sealed record OrganisationChange(string Name, string Kind, string? KvkNumber, IReadOnlyList<Guid> CommunityIds,
    IReadOnlyList<string> MunicipalityCodes, IReadOnlyList<ContactPerson> ContactPersons);

/// <summary>A leader's whole record as a coordinator saves it (the availability as it was: the leader keeps that).</summary>
public sealed record LeaderChange(string DisplayName, string? Email, string? Phone, IReadOnlyList<LeaderLanguage> Languages,
    IReadOnlyList<Guid> CommunityIds, IReadOnlyList<string> TopicCodes, string? Gender, string? HomeMunicipalityCode,
    IReadOnlyList<string> TravelMunicipalityCodes, IReadOnlyList<string> TravelProvinceCodes,
    IReadOnlyList<AvailabilityWindow> Availability, IReadOnlyList<Absence> Absences, int? MaxSessionsPerMonth);

/// <summary>When a municipality exists (CBS), and the ones that take over after a merger.</summary>
public sealed record MunicipalityValidity(DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> SuccessorCodes);
