namespace VanBinnenuit.DemoProgramme.Generation;

/// <summary>
/// The demo programme's world, as a description: what each service is to hold. The same seed and the
/// same municipalities always give the same world, so every run and every test sees the same one.
/// </summary>
public sealed record DemoWorld(
    IReadOnlyList<DemoCommunity> Communities,
    IReadOnlyList<DemoOrganisation> Organisations,
    IReadOnlyList<DemoLeader> Leaders,
    IReadOnlyList<DemoSeries> Series);

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

/// <summary>
/// A series of three sessions as the programme plans it, for the leader it was planned around (the
/// coordinator still takes scheduling's best proposal). Dates are in Dutch local time, on a fixed
/// calendar: which sessions lie in the past depends on the day the demo is loaded.
/// </summary>
/// <param name="Number">Its place in the programme; the series' notes carry it ("Demo-reeks 0042"), which keeps a restart from adding it again.</param>
/// <param name="Fate">draft (never planned), planned, or cancelled (with <paramref name="CancellationReason"/>).</param>
/// <param name="Reports">Per session, what its report says; null where the leader has not reported (yet).</param>
public sealed record DemoSeries(
    int Number, string MunicipalityCode, string CommunityName, string Audience, string Language, IReadOnlyList<string> TopicCodes,
    string IntendedLeaderEmail, IReadOnlyList<DemoSession> Sessions, string Fate, string? CancellationReason, IReadOnlyList<DemoReport?> Reports,
    IReadOnlyList<int[]> AttitudesBefore, IReadOnlyList<int[]> AttitudesAfter)
{
    public string Notes => $"Demo-reeks {Number:0000}";
}

public sealed record DemoSession(DateTime Starts, DateTime Ends);

/// <summary>Counts only: attendance split by gender and age band (each adding up), returners, safety, referrals.</summary>
public sealed record DemoReport(
    int Attendance, int Women, int Men, int OtherGender, int Under18, int From18To29, int From30To49, int From50To64, int From65,
    int Returned, int Safety, int VeiligThuisReferrals, bool FollowUpNeeded);
