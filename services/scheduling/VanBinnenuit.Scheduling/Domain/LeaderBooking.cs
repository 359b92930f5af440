using VanBinnenuit.Vocabulary;
namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// A leader's claim on a stretch of time for one session, the travel buffer included. The database
/// refuses two overlapping claims for one leader (an exclusion constraint), so two coordinators
/// booking the same leader at the same moment cannot both succeed.
/// </summary>
public sealed class LeaderBooking
{
    public required Guid SeriesId { get; init; }
    public required int SessionNumber { get; init; }
    public required Guid LeaderId { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    /// <summary>Half the travel buffer on each side: two claims overlap exactly when less than the buffer lies between the sessions.</summary>
    public required DateTimeOffset BlockedFrom { get; init; }
    public required DateTimeOffset BlockedUntil { get; init; }

    public static IEnumerable<LeaderBooking> For(MeetingSeries series, TimeSpan travelBuffer) =>
        series.LeaderId is not { } leader || series.IsClosed
            ? []
            : series.Sessions.Where(s => s.IsScheduled && s.Status == SessionStatus.Planned).Select(s => new LeaderBooking
            {
                SeriesId = series.Id,
                SessionNumber = s.Number,
                LeaderId = leader,
                StartsAt = s.StartsAt!.Value,
                EndsAt = s.EndsAt!.Value,
                BlockedFrom = s.StartsAt!.Value - travelBuffer / 2,
                BlockedUntil = s.EndsAt!.Value + travelBuffer / 2,
            });
}
