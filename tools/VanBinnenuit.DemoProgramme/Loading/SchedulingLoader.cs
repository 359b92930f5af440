using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using VanBinnenuit.DemoProgramme.Generation;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>
/// The series, through scheduling's API as a coordinator plans them: the series, its three dates, the
/// leader (the one it was made for, or the one scheduling proposes first), planning, and now and then a
/// cancellation. A series already there
/// (by the number in its notes) is taken up where it stands, so a restart adds nothing.
/// </summary>
internal sealed class SchedulingLoader(ServiceApi scheduling, DemoProgress progress, ILogger logger)
{
    /// <summary>
    /// Each series of the world with its id in scheduling, as it stands after loading. Each planned one is
    /// also handed to <paramref name="planned"/> as soon as it is, so its reports need not wait for the rest.
    /// </summary>
    /// <param name="leadersKnown">Done once scheduling knows every leader: series are drafted and dated before, assigned after.</param>
    public async Task<List<(DemoSeries Series, Guid Id, string Status)>> LoadAsync(
        DemoWorld world, RegistryIds registry, Task leadersKnown, ChannelWriter<(DemoSeries Series, Guid Id, string Status)> planned,
        CancellationToken cancellationToken)
    {
        var existing = (await scheduling.ListAsync("/v1/series", cancellationToken))
            .Where(s => s.TryGetProperty("notes", out var notes) && notes.ValueKind == JsonValueKind.String)
            .GroupBy(s => s.GetProperty("notes").GetString()!).ToDictionary(g => g.Key, g => g.First());
        var loaded = new System.Collections.Concurrent.ConcurrentBag<(DemoSeries, Guid, string)>();
        await Parallel.ForEachAsync(world.Series, RegistryLoader.Parallel(cancellationToken), async (series, ct) =>
        {
            var found = existing.TryGetValue(series.Notes, out var known) ? known : await CreateAsync(series, registry.Communities, ct);
            var item = (series, found.GetProperty("id").GetGuid(), await ProgressAsync(series, found, registry, leadersKnown, ct));
            loaded.Add(item);
            if (item.Item3 != "draft")
            {
                await planned.WriteAsync(item, ct);
            }
        });
        // A cancellation frees its leader's evenings: a series that found nobody before may find them now. One more
        // pass, one at a time, so a restart finds nothing left to plan.
        var result = loaded.OrderBy(s => s.Item1.Number).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var (series, id, status) = result[i];
            if (status == "draft" && series.Fate != "draft")
            {
                var current = await scheduling.TryAsync(HttpMethod.Get, $"/v1/series/{id}", null, cancellationToken);
                result[i] = (series, id, await ProgressAsync(series, current.Body, registry, leadersKnown, cancellationToken));
                if (result[i].Item3 != "draft")
                {
                    await planned.WriteAsync(result[i], cancellationToken);
                }
            }
        }
        foreach (var _ in result.Where(s => s.Item3 == "draft" && s.Item1.Fate != "draft"))
        {
            progress.Noted("series without a free leader (left as drafts)");
        }
        return result;
    }

    private async Task<JsonElement> CreateAsync(DemoSeries series, IReadOnlyDictionary<string, Guid> communities, CancellationToken cancellationToken)
    {
        var created = await scheduling.PostAsync("/v1/series", new
        {
            municipalityCode = series.MunicipalityCode, communityId = communities[series.CommunityName], audience = series.Audience,
            languages = new[] { series.Language }, topicCodes = series.TopicCodes, notes = series.Notes,
        }, cancellationToken);
        progress.Done("series");
        return created;
    }

    /// <summary>Dates, leader, planning and cancellation, each only where the series is not that far yet.</summary>
    private async Task<string> ProgressAsync(DemoSeries series, JsonElement current, RegistryIds registry, Task leadersKnown, CancellationToken cancellationToken)
    {
        var id = current.GetProperty("id").GetGuid();
        var status = current.GetProperty("status").GetString()!;
        if (status != "draft")
        {
            return status;
        }
        if (current.GetProperty("sessions").EnumerateArray().Any(s => !s.TryGetProperty("startsAt", out var at) || at.ValueKind != JsonValueKind.String))
        {
            await scheduling.ChangeAsync(HttpMethod.Put, $"/v1/series/{id}/sessions", new
            {
                sessions = series.Sessions.Select(s => new { startsAt = Local(s.Starts), endsAt = Local(s.Ends) }),
            }, cancellationToken);
        }
        if (series.Fate == "draft")
        {
            return status;
        }
        if (!current.TryGetProperty("leaderId", out var leader) || leader.ValueKind != JsonValueKind.String)
        {
            await leadersKnown;
            if (!await AssignLeaderAsync(id, registry.Leaders.GetValueOrDefault(series.IntendedLeaderEmail), cancellationToken))
            {
                return status;
            }
        }
        await scheduling.ChangeAsync(HttpMethod.Post, $"/v1/series/{id}/planning", null, cancellationToken);
        if (series.Fate == "cancelled")
        {
            await scheduling.ChangeAsync(HttpMethod.Post, $"/v1/series/{id}/cancellation", new { reason = series.CancellationReason }, cancellationToken);
            return "cancelled";
        }
        return "planned";
    }

    /// <summary>
    /// The leader the series was made for, as a coordinator who knows whom to ask; when scheduling
    /// refuses them (another series booked that evening, an absence), its best proposal. Series are
    /// planned side by side, so another may book the proposed leader in between: then scheduling is
    /// asked again, until nobody is free. A series is left a draft only when no leader could lead it,
    /// so a restart finds none either.
    /// </summary>
    private async Task<bool> AssignLeaderAsync(Guid id, Guid intended, CancellationToken cancellationToken)
    {
        if (intended != Guid.Empty && (await scheduling.TryAsync(HttpMethod.Put, $"/v1/series/{id}/leader", new { leaderId = intended }, cancellationToken)).Status == HttpStatusCode.OK)
        {
            return true;
        }
        for (var attempt = 0; attempt < 20; attempt++)
        {
            // The demo leader account's own leader is left free: people trying the leader's pages (and the browser tests) plan their series.
            var proposals = await scheduling.PostAsync($"/v1/series/{id}/leader-proposals", new { limit = 2, excludedLimit = 0 }, cancellationToken);
            if (proposals.GetProperty("eligible").EnumerateArray().FirstOrDefault(p => p.GetProperty("leaderId").GetString() != DemoData.LeaderId)
                is not { ValueKind: JsonValueKind.Object } best)
            {
                return false;
            }
            var (status, body) = await scheduling.TryAsync(HttpMethod.Put, $"/v1/series/{id}/leader", new { leaderId = best.GetProperty("leaderId").GetGuid() }, cancellationToken);
            if (status == HttpStatusCode.OK)
            {
                return true;
            }
            logger.LogDebug("Leader for series {Series} refused ({Status}): {Problem}", id, (int)status, body);
            progress.Noted("leaders booked by another series in between (asked again)");
        }
        return false;
    }

    private static string Local(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
