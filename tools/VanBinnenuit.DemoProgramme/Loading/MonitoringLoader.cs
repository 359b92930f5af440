using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using VanBinnenuit.DemoProgramme.Generation;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>
/// What the leaders reported, through monitoring's API: a report for every session of a planned series
/// that has ended (but the few left overdue), and the attitude histograms before and after. Monitoring
/// hears of a series from scheduling's event; the loader waits for that, as a leader would find it.
/// </summary>
/// <param name="scheduling">Read only to say, when monitoring refuses a report, how scheduling holds the series.</param>
internal sealed class MonitoringLoader(ServiceApi monitoring, ServiceApi scheduling, DemoProgress progress, TimeProvider time, ILogger logger)
{
    /// <summary>How many series may be left unreported before the load counts as failed.</summary>
    public const int MaxRefused = 3;

    private int _refused;

    /// <param name="series">The series as scheduling plans them, read until scheduling's loader is done.</param>
    public async Task LoadAsync(ChannelReader<(DemoSeries Series, Guid Id, string Status)> series, CancellationToken cancellationToken)
    {
        var statements = (await monitoring.TryAsync(HttpMethod.Get, "/v1/statements", null, cancellationToken)).Body.EnumerateArray()
            .Where(s => s.GetProperty("active").GetBoolean()).Select(s => s.GetProperty("id").GetGuid()).Take(SeriesGenerator.Statements).ToList();
        var now = Amsterdam(time.GetUtcNow());
        var held = series.ReadAllAsync(cancellationToken).Where(s => s.Status is "planned" or "in-progress" or "completed" && s.Series.Sessions[0].Ends <= now);
        await Parallel.ForEachAsync(held, RegistryLoader.Parallel(cancellationToken), async (item, ct) =>
        {
            var (demo, id, _) = item;
            for (var number = 1; number <= 3; number++)
            {
                if (demo.Reports[number - 1] is not { } report || demo.Sessions[number - 1].Ends > now)
                {
                    continue;
                }
                // A first report, without If-Match: where one is there already (a restart), monitoring asks which version
                // is corrected (428), and the demo corrects nothing.
                var (status, problem) = await ReportAsync(id, number, Body(demo, number, report), ct);
                if (status is HttpStatusCode.OK or HttpStatusCode.Created)
                {
                    progress.Done("session reports");
                }
                else if (status is HttpStatusCode.PreconditionRequired or HttpStatusCode.PreconditionFailed)
                {
                    // The histograms are written last: a series that has them has all its reports (a restart skips it).
                    if (number == 1 && await HistogramsAsync(id, ct) > 0)
                    {
                        return;
                    }
                }
                else
                {
                    var refusal = $"Monitoring refused the report of session {number} of series {id} ({(int)status}): {problem}; "
                        + $"the world ends it at {demo.Sessions[number - 1].Ends:yyyy-MM-dd HH:mm} (Dutch time, now {now:yyyy-MM-dd HH:mm}); {await InSchedulingAsync(id, ct)}";
                    // Seen once in a full test run on a busy machine and not yet explained: monitoring still held a
                    // session as not ended a minute after the series was planned. A rare one leaves its series
                    // unreported, loudly; more than a few is a fault of the loader or the services, and fails it.
                    if (Interlocked.Increment(ref _refused) > MaxRefused || status is not HttpStatusCode.UnprocessableEntity)
                    {
                        throw new DemoLoadException(refusal);
                    }
                    logger.LogWarning("{Refusal}", refusal);
                    progress.Noted("series left unreported: monitoring refused a report (a warning above says why)");
                    return;
                }
            }
            if (statements.Count > 0)
            {
                await RecordAsync(id, "before", demo.AttitudesBefore, statements, ct);
                if (demo.Reports[2] is not null && demo.Sessions[2].Ends <= now)
                {
                    await RecordAsync(id, "after", demo.AttitudesAfter, statements, ct);
                }
            }
        });
    }

    /// <summary>
    /// A first report, without If-Match. Monitoring hears of the series from scheduling's events a moment
    /// after it is planned: its 404 (not heard of yet) and 422 (heard of an earlier state) are waited out,
    /// for a minute at most. The waits start short and grow, as an event takes a tenth of a second when
    /// the services are idle and several seconds while the demo keeps them busy.
    /// </summary>
    private async Task<(HttpStatusCode Status, JsonElement Problem)> ReportAsync(Guid id, int number, object body, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        for (var wait = TimeSpan.FromMilliseconds(200); ; wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 1.5, 1000)))
        {
            var answer = await monitoring.TryAsync(HttpMethod.Put, $"/v1/series/{id}/sessions/{number}/report", body, cancellationToken, anyVersion: false);
            if (answer.Status is not (HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity) || waited.Elapsed > TimeSpan.FromMinutes(1))
            {
                return answer;
            }
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>
    /// The series' status and session times as scheduling holds them, for a refusal's message: whether monitoring
    /// missed an event or scheduling holds other times than the world.
    /// </summary>
    private async Task<string> InSchedulingAsync(Guid id, CancellationToken cancellationToken)
    {
        var (status, body) = await scheduling.TryAsync(HttpMethod.Get, $"/v1/series/{id}", null, cancellationToken);
        if (status != HttpStatusCode.OK)
        {
            return $"scheduling answers {(int)status}";
        }
        var sessions = body.GetProperty("sessions").EnumerateArray().Select(s => s.ToString());
        return $"scheduling holds it {body.GetProperty("status")}, sessions {string.Join(", ", sessions)}";
    }

    /// <summary>How many attitude histograms monitoring holds for the series.</summary>
    private async Task<int> HistogramsAsync(Guid id, CancellationToken cancellationToken)
    {
        var (status, body) = await monitoring.TryAsync(HttpMethod.Get, $"/v1/series/{id}/attitudes", null, cancellationToken);
        return status == HttpStatusCode.OK ? body.GetArrayLength() : 0;
    }

    private async Task RecordAsync(Guid id, string moment, IReadOnlyList<int[]> histograms, List<Guid> statements, CancellationToken cancellationToken)
    {
        if (histograms.All(h => h.Sum() == 0))
        {
            return;
        }
        await monitoring.PostOrPutAsync(HttpMethod.Put, $"/v1/series/{id}/attitudes/{moment}",
            new { answers = statements.Select((statement, i) => new { statementId = statement, counts = histograms[i] }) }, cancellationToken);
        progress.Done("attitude histograms");
    }

    private static object Body(DemoSeries series, int number, DemoReport report) => new
    {
        attendance = report.Attendance,
        byGender = new { women = report.Women, men = report.Men, other = report.OtherGender, notStated = 0 },
        byAge = new { under18 = report.Under18, from18To29 = report.From18To29, from30To49 = report.From30To49, from50To64 = report.From50To64, from65 = report.From65, notStated = 0 },
        returned = number == 1 ? 0 : report.Returned,
        languages = new[] { series.Language },
        topicCodes = series.TopicCodes,
        safety = report.Safety,
        referrals = report.VeiligThuisReferrals > 0 ? new[] { new { kind = "veilig-thuis", count = report.VeiligThuisReferrals } } : [],
        followUpNeeded = report.FollowUpNeeded,
    };

    /// <summary>The Dutch wall-clock time of an instant, as the demo's calendar is written.</summary>
    public static DateTime Amsterdam(DateTimeOffset instant) =>
        DutchTime.ToLocal(instant).ToDateTimeUnspecified();
}
