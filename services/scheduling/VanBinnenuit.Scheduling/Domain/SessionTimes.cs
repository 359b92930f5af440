using VanBinnenuit.Vocabulary;
namespace VanBinnenuit.Scheduling.Domain;

/// <summary>When and where one session takes place, as planned.</summary>
public sealed record SessionTimes(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue, bool VenueConfidential);

public static class SessionTimesRules
{
    /// <summary>
    /// The three sessions in order, each ending after it starts and not too long, with the days
    /// between consecutive sessions (Dutch dates) within the configured gap.
    /// </summary>
    public static IEnumerable<RuleBroken> Check(IReadOnlyList<SessionTimes> sessions, SchedulingRules rules)
    {
        if (sessions.Count != 3)
        {
            yield return new RuleBroken("sessions", "A series has exactly three sessions.");
            yield break;
        }
        for (var i = 0; i < 3; i++)
        {
            var session = sessions[i];
            if (session.EndsAt <= session.StartsAt)
            {
                yield return new RuleBroken($"sessions[{i}].endsAt", "Must be later than the start.");
            }
            else if (session.EndsAt - session.StartsAt > TimeSpan.FromHours(rules.MaximumSessionHours))
            {
                yield return new RuleBroken($"sessions[{i}].endsAt", $"A session lasts at most {rules.MaximumSessionHours} hours.");
            }
        }
        for (var i = 1; i < 3; i++)
        {
            var previous = DutchTime.ToLocal(sessions[i - 1].StartsAt).Date;
            var current = DutchTime.ToLocal(sessions[i].StartsAt).Date;
            var days = NodaTime.Period.Between(previous, current, NodaTime.PeriodUnits.Days).Days;
            if (sessions[i].StartsAt < sessions[i - 1].EndsAt || days < rules.MinimumGapDays)
            {
                yield return new RuleBroken($"sessions[{i}].startsAt",
                    $"Session {i + 1} must come at least {rules.MinimumGapDays} days after session {i} (it is {days} days).");
            }
            else if (days > rules.MaximumGapDays)
            {
                yield return new RuleBroken($"sessions[{i}].startsAt",
                    $"Session {i + 1} must come at most {rules.MaximumGapDays} days after session {i} (it is {days} days), or the build-up is lost.");
            }
        }
    }
}
