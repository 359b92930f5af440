using NodaTime.Utility;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>What a series asks of its leader. <see cref="Sessions"/> are the planned ones (none yet for a bare draft).</summary>
public sealed record SeriesNeeds(
    Guid SeriesId,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> TopicCodes,
    Guid CommunityId,
    Audience Audience,
    string MunicipalityCode,
    string? ProvinceCode,
    IReadOnlyList<SessionTimes> Sessions);

/// <summary>A session a leader already leads in another series.</summary>
public sealed record Booking(Guid SeriesId, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>The rules a leader must meet, in the order they are checked; the first one broken is the reason given.</summary>
public enum EligibilityRule
{
    Active,
    Language,
    Topic,
    Community,
    Availability,
    Absence,
    MonthlyLoad,
    DoubleBooking,
}

public sealed record Exclusion(EligibilityRule Rule, string Reason);

public static class LeaderEligibility
{
    /// <param name="communityOverridden">A coordinator chose this leader for another community, with a reason.</param>
    public static Exclusion? FirstExclusion(Leader leader, SeriesNeeds series, IReadOnlyList<Booking> bookings, SchedulingRules rules, bool communityOverridden = false)
    {
        if (!leader.Active)
        {
            return new(EligibilityRule.Active, $"Inactive{(leader.InactiveReason is null ? "" : $": {leader.InactiveReason}")}.");
        }
        if (!leader.Languages.Any(l => series.Languages.Contains(l.Code)))
        {
            return new(EligibilityRule.Language, $"Speaks none of the series' languages ({string.Join(", ", series.Languages)}).");
        }
        if (series.TopicCodes.Except(leader.TopicCodes).ToList() is { Count: > 0 } untrained)
        {
            return new(EligibilityRule.Topic, $"Not trained on {string.Join(", ", untrained)}.");
        }
        if (!communityOverridden && !leader.CommunityIds.Contains(series.CommunityId))
        {
            return new(EligibilityRule.Community, "Does not serve this community (a coordinator may override this with a reason).");
        }
        var own = bookings.Where(b => b.SeriesId != series.SeriesId).ToList();
        foreach (var (session, index) in series.Sessions.Select((s, i) => (s, i + 1)))
        {
            if (!WithinAvailability(leader, session))
            {
                return new(EligibilityRule.Availability, $"Not available for session {index} ({DutchTime.Format(session.StartsAt)}).");
            }
            var date = DutchTime.DateOf(session.StartsAt);
            if (leader.Absences.Any(a => a.From <= date && date <= a.To))
            {
                return new(EligibilityRule.Absence, $"Absent on the date of session {index}.");
            }
        }
        foreach (var month in series.Sessions.GroupBy(s => Month(s.StartsAt)))
        {
            var booked = own.Count(b => Month(b.StartsAt) == month.Key);
            if (booked + month.Count() > leader.MaxSessionsPerMonth)
            {
                return new(EligibilityRule.MonthlyLoad, $"Would lead {booked + month.Count()} sessions in {month.Key:yyyy-MM}; the cap is {leader.MaxSessionsPerMonth}.");
            }
        }
        foreach (var (session, index) in series.Sessions.Select((s, i) => (s, i + 1)))
        {
            if (own.FirstOrDefault(b => Overlaps(b, session, rules.TravelBuffer)) is { } clash)
            {
                return new(EligibilityRule.DoubleBooking,
                    $"Session {index} is within {rules.TravelBufferMinutes} minutes of another session they lead ({DutchTime.Format(clash.StartsAt)}).");
            }
        }
        return null;
    }

    /// <summary>Two sessions clash when less than the travel buffer lies between them.</summary>
    public static bool Overlaps(Booking booking, SessionTimes session, TimeSpan buffer) =>
        booking.StartsAt < session.EndsAt + buffer && session.StartsAt < booking.EndsAt + buffer;

    public static bool WithinAvailability(Leader leader, SessionTimes session)
    {
        var start = DutchTime.ToLocal(session.StartsAt);
        var end = DutchTime.ToLocal(session.EndsAt);
        var day = BclConversions.ToDayOfWeek(start.DayOfWeek);
        return start.Date == end.Date && leader.Availability.Any(w =>
            w.Day == day && start.TimeOfDay.ToTimeOnly() >= w.From && end.TimeOfDay.ToTimeOnly() <= w.To);
    }

    /// <summary>The Dutch calendar month of an instant (load caps count per month as people live it).</summary>
    public static DateOnly Month(DateTimeOffset instant)
    {
        var local = DutchTime.ToLocal(instant);
        return new DateOnly(local.Year, local.Month, 1);
    }
}
