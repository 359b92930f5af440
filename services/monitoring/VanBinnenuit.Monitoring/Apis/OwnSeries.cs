using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;

namespace VanBinnenuit.Monitoring.Apis;

/// <summary>A series the caller may report on: a coordinator any, a leader the series they lead.</summary>
internal static class OwnSeries
{
    /// <param name="number">The session asked about; 404 when the series has no such session.</param>
    public static async Task<(SeriesRecord? Series, ProblemHttpResult? Problem)> FindAsync(
        MonitoringDbContext db, Guid id, int number, Caller caller, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (series is null || series.Session(number) is null)
        {
            return (null, ApiProblems.NotFound($"Monitoring knows no session {number} of series {id} (scheduling announces a series once it is planned)."));
        }
        if (caller.Role != Roles.Coordinator && !(series.LeaderId is { } leader && caller.IsLeader(leader)))
        {
            return (null, ApiProblems.Forbidden("This is not your series.", "A leader reports on the series they lead; coordinators on any."));
        }
        return (series, null);
    }

    /// <summary>The problem saying the session has not been held (see <see cref="SeriesRecord.WhyNotHeld"/>), or null.</summary>
    public static ProblemHttpResult? NotYetHeld(SeriesRecord series, int number, DateTimeOffset now, bool startedIsEnough = false) =>
        series.WhyNotHeld(number, now, startedIsEnough) is { } notHeld
            ? ApiProblems.Unprocessable(notHeld.Detail, [new InvalidParam("session", notHeld.Reason)])
            : null;
}
