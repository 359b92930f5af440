using System.Net;
using VanBinnenuit.DemoProgramme.Generation;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>
/// Knowledge meetings through scheduling's API, with the registrations the organiser entered for
/// officers who wrote in; one meeting has more than its seats, so a waiting list forms. A meeting
/// is found by its title, a registration by its address (scheduling answers 409 for one it has).
/// </summary>
internal sealed class KnowledgeMeetingLoader(ServiceApi scheduling, DemoProgress progress, TimeProvider time)
{
    public async Task LoadAsync(DemoWorld world, CancellationToken cancellationToken)
    {
        var existing = (await scheduling.TryAsync(HttpMethod.Get, "/v1/knowledge-meetings", null, cancellationToken)).Body.EnumerateArray()
            .ToDictionary(m => m.GetProperty("title").GetString()!, m => (Id: m.GetProperty("id").GetGuid(), Registered: m.GetProperty("seated").GetInt32() + m.GetProperty("waiting").GetInt32()));
        foreach (var meeting in world.KnowledgeMeetings)
        {
            if (DateTime.Parse(meeting.EndsAt, System.Globalization.CultureInfo.InvariantCulture) <= MonitoringLoader.Amsterdam(time.GetUtcNow()))
            {
                // The demo's calendar is fixed; a meeting it has passed is not organised afterwards.
                progress.Noted("knowledge meetings past already");
                continue;
            }
            if (!existing.TryGetValue(meeting.Title, out var found))
            {
                var created = await scheduling.PostAsync("/v1/knowledge-meetings",
                    new { title = meeting.Title, startsAt = meeting.StartsAt, endsAt = meeting.EndsAt, place = meeting.Place, capacity = meeting.Capacity }, cancellationToken);
                found = (created.GetProperty("id").GetGuid(), 0);
                progress.Done("knowledge meetings");
            }
            if (found.Registered >= meeting.Registrations.Count)
            {
                continue;
            }
            foreach (var (name, email, municipality) in meeting.Registrations)
            {
                var (status, problem) = await scheduling.TryAsync(HttpMethod.Post, $"/v1/knowledge-meetings/{found.Id}/registrations",
                    new { name, email, municipalityCode = municipality }, cancellationToken, anyVersion: false);
                if (status == HttpStatusCode.OK)
                {
                    progress.Done("knowledge-meeting registrations");
                }
                else if (status != HttpStatusCode.Conflict)
                {
                    throw new DemoLoadException($"Scheduling refused a registration for {meeting.Title} ({(int)status}): {problem}");
                }
            }
        }
    }
}
