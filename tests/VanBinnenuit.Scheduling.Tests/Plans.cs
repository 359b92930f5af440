using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>Series, sessions and leaders as the domain tests need them; times are Dutch local times.</summary>
internal static class Plans
{
    public static readonly Guid Community = Guid.Parse("01930000-0000-7000-8000-0000000000c1");
    public static readonly SchedulingRules Rules = new();

    public static DateTimeOffset At(string local) =>
        DutchTime.TryParse(local, out var instant, out var problem) ? instant : throw new ArgumentException(problem);

    public static SessionTimes Session(string start, string end, string? venue = "Buurthuis De Pijp", bool confidential = false) =>
        new(At(start), At(end), venue, confidential);

    /// <summary>Tuesdays 19:30–21:30, a week apart, in September 2027.</summary>
    public static IReadOnlyList<SessionTimes> Weekly(string first = "2027-09-07", int gapDays = 7)
    {
        var date = DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(0, 3).Select(i => date.AddDays(i * gapDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Select(d => Session($"{d}T19:30", $"{d}T21:30"))];
    }

    public static SeriesNeeds Needs(IReadOnlyList<SessionTimes>? sessions = null, Audience audience = Audience.Women, Guid? seriesId = null) =>
        new(seriesId ?? Guid.NewGuid(), ["ar"], ["lgbt-acceptance"], Community, audience, "GM0363", "PV27", sessions ?? Weekly());

    public static Leader Leader(string name = "Amal", string gender = "woman", string home = "GM0363", int cap = 6, bool active = true) => new()
    {
        Id = Guid.NewGuid(),
        DisplayName = name,
        Languages = [new LeaderLanguage("ar", "native"), new LeaderLanguage("nl", "good")],
        CommunityIds = [Community],
        TopicCodes = ["lgbt-acceptance", "gender-equality"],
        Gender = gender,
        HomeMunicipalityCode = home,
        TravelMunicipalityCodes = [],
        TravelProvinceCodes = [],
        Availability = [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyWindow(d, new TimeOnly(9, 0), new TimeOnly(23, 0)))],
        Absences = [],
        MaxSessionsPerMonth = cap,
        Active = active,
    };

    public static MeetingSeries Series()
    {
        var series = MeetingSeries.Draft("GM0363", Community);
        series.Languages = ["ar"];
        series.TopicCodes = ["lgbt-acceptance"];
        return series;
    }

    /// <summary>A planned series with the weekly sessions and a leader.</summary>
    public static MeetingSeries Planned(DateTimeOffset now)
    {
        var series = Series();
        Assert.Null(series.Schedule(Weekly(), null, now));
        Assert.Null(series.AssignLeader(Guid.NewGuid(), null, null, now));
        Assert.Null(series.Plan());
        return series;
    }
}
