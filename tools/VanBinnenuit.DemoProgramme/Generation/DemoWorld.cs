namespace VanBinnenuit.DemoProgramme.Generation;

/// <summary>
/// The demo programme's world, as a description: what each service is to hold. The same seed and the
/// same municipalities always give the same world, so every run and every test sees the same one.
/// </summary>
public sealed record DemoWorld(
    IReadOnlyList<DemoCommunity> Communities,
    IReadOnlyList<DemoOrganisation> Organisations,
    IReadOnlyList<DemoLeader> Leaders,
    IReadOnlyList<DemoSeries> Series,
    IReadOnlyList<DemoAdviceRequest> AdviceRequests,
    IReadOnlyList<DemoKnowledgeMeeting> KnowledgeMeetings);

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

/// <summary>An advice request as a municipality puts it, and the path its case takes from there.</summary>
/// <param name="BySelfService">Submitted (and written to) by the municipality's own demo system rather than entered by the alliance on its behalf.</param>
public sealed record DemoAdviceRequest(
    int Number, string MunicipalityCode, IReadOnlyList<string> CommunityNames, IReadOnlyList<string> OrganisationNames, IReadOnlyList<string> TopicCodes,
    int ApproachStep, string Question, IReadOnlyList<string> Hopes, (DateOnly From, DateOnly Until)? Desired, string ContactName, string ContactEmail,
    bool BySelfService, IReadOnlyList<DemoCaseStep> Path);

/// <summary>
/// One step of a case: a move (<c>move</c>, with <see cref="Action"/>, and <see cref="Result"/> or a reason in <see cref="Text"/>),
/// a <c>message</c> (<see cref="Internal"/> for the alliance's notes, <see cref="ByOfficer"/> for the municipality's), a <c>document</c>,
/// the <c>advice</c> (text, steps and knowledge-base entries by index) or a <c>series</c> request.
/// </summary>
public sealed record DemoCaseStep(string Kind, string? Action = null, string? Result = null, string? Text = null, bool Internal = false, bool ByOfficer = false,
    string? FileName = null, int AdviceText = 0, IReadOnlyList<int>? Steps = null, int Pitfall = 0, int GoodExample = 0,
    string? CommunityName = null, string? Audience = null, string? Language = null, IReadOnlyList<string>? TopicCodes = null)
{
    public static DemoCaseStep Move(string action) => new("move", action);
    public static DemoCaseStep Close(string result, string? reason) => new("move", "close", result, reason);
    public static DemoCaseStep Reopen(string reason) => new("move", "reopen", Text: reason);
    public static DemoCaseStep Message(bool isInternal, string text) => new("message", Text: text, Internal: isInternal);
    public static DemoCaseStep OfficerMessage(string text) => new("message", Text: text, ByOfficer: true);
    public static DemoCaseStep Document(string fileName, string text) => new("document", Text: text, FileName: fileName);
    public static DemoCaseStep Advice(int text, IReadOnlyList<int> steps, int pitfall, int goodExample) =>
        new("advice", AdviceText: text, Steps: steps, Pitfall: pitfall, GoodExample: goodExample);
    public static DemoCaseStep Series(string community, string audience, string language, IReadOnlyList<string> topics) =>
        new("series", CommunityName: community, Audience: audience, Language: language, TopicCodes: topics);
}

/// <summary>A knowledge meeting for municipalities, and the officers who registered (beyond its seats they wait).</summary>
public sealed record DemoKnowledgeMeeting(string Title, string StartsAt, string EndsAt, string Place, int Capacity,
    IReadOnlyList<(string Name, string Email, string MunicipalityCode)> Registrations);
