using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Faults;

/// <summary>
/// The mixed workload's commands, each what a person does in the web application, through the gateway with
/// their own token: the registry changed, advice requests submitted and moved along their whole case path
/// (ending in a series request scheduling drafts), series planned and reported (<see cref="SeriesCommands"/>),
/// knowledge-meeting registrations entered.
/// </summary>
public sealed class ProgrammeCommands
{
    private const string Requests = "/api/advice-requests/v1/advice-requests";
    private readonly ConcurrentQueue<Guid> _toRename = new();
    private readonly ConcurrentQueue<Guid> _toMove = new();
    private readonly Clients _clients;
    private readonly Guid _adviceCommunity;
    private readonly IReadOnlyList<Guid> _meetings;
    private readonly string _run;
    private readonly Ledger _ledger;
    private readonly SeriesCommands? _series;

    public ProgrammeCommands(Clients clients, Guid adviceCommunity, IReadOnlyList<Guid> meetings, string run, Ledger ledger, bool series = true)
    {
        (_clients, _adviceCommunity, _meetings, _run, _ledger) = (clients, adviceCommunity, meetings, run, ledger);
        _series = series ? new SeriesCommands(clients, adviceCommunity, run, ledger, TimedAsync) : null;
    }

    /// <summary>Command <paramref name="n"/> of the run: a fixed mix by its number, so every run sends the same.</summary>
    public Task<CommandOutcome> SendAsync(long n, TimeSpan sentAt) => (n % 10) switch
    {
        0 or 1 => RegisterCommunityAsync(n, sentAt),
        2 when _toRename.TryDequeue(out var community) => RenameCommunityAsync(community, sentAt),
        2 => RegisterCommunityAsync(n, sentAt),
        3 => SubmitAdviceRequestAsync(n, sentAt),
        4 or 5 when _toMove.TryDequeue(out var request) => MoveAdviceRequestAsync(request, sentAt),
        4 or 5 => SubmitAdviceRequestAsync(n, sentAt),
        6 or 7 when _series is not null => _series.NextAsync(sentAt),
        _ => RegisterForKnowledgeMeetingAsync(n, sentAt),
    };

    private static object Community(string name) => new
    {
        name, originCountries = new[] { "ER" }, languages = new[] { "ti" }, presence = new[] { new { municipalityCode = "GM0363" } },
    };

    private async Task<CommandOutcome> RegisterCommunityAsync(long n, TimeSpan sentAt)
    {
        var name = $"Storing {_run} {n}";
        return await TimedAsync("community registered", sentAt, () => _clients.Coordinator.PostAsJsonAsync("/api/registry/v1/communities", Community(name)),
            async (response, at) =>
            {
                var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                _ledger.Communities[id] = (name, at);
                _toRename.Enqueue(id);
            });
    }

    private Task<CommandOutcome> RenameCommunityAsync(Guid id, TimeSpan sentAt)
    {
        var name = $"{_ledger.Communities[id].Name} gewijzigd";
        return TimedAsync("community renamed", sentAt, () => _clients.Coordinator.SendAsync(HttpMethod.Put, $"/api/registry/v1/communities/{id}", Community(name)),
            (_, at) =>
            {
                _ledger.Communities[id] = (name, at);
                return Task.CompletedTask;
            });
    }

    private Task<CommandOutcome> SubmitAdviceRequestAsync(long n, TimeSpan sentAt) =>
        TimedAsync("advice request submitted", sentAt, () => _clients.Officer.PostAsJsonAsync(Requests, new
        {
            municipalityCode = "GM0363", communityIds = new[] { _adviceCommunity }, topicCodes = new[] { "self-determination" }, approachStep = 1,
            question = $"Storingsproef {_run} {n}: hoe bereiken wij vrouwen uit de Eritrese gemeenschap?", hopes = new[] { "advice", "meeting-series" },
            contact = new { name = "A. Ambtenaar", email = "a.ambtenaar@amsterdam.nl" },
        }), async (response, at) =>
        {
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            _ledger.Requests[id] = ("submitted", false, at);
            _toMove.Enqueue(id);
        });

    /// <summary>The case path one step at a time; the step follows from what the ledger last saw confirmed.</summary>
    private async Task<CommandOutcome> MoveAdviceRequestAsync(Guid id, TimeSpan sentAt)
    {
        var (status, seriesRequested, _) = _ledger.Requests[id];
        var (kind, send, after) = Step(id, status, seriesRequested);
        var outcome = await TimedAsync(kind, sentAt, send, (_, at) =>
        {
            _ledger.Requests[id] = (after ?? status, seriesRequested || kind == "series requested", at);
            return Task.CompletedTask;
        });
        if (outcome.Status is >= 400 and < 500)
        {
            // A step refused as out of turn: an earlier answer was lost (a timeout) but its change was made. Read where the case is.
            await ResyncAsync(id);
        }
        if (_ledger.Requests[id].Status != "closed")
        {
            _toMove.Enqueue(id);
        }
        return outcome;
    }

    private (string Kind, Func<Task<HttpResponseMessage>> Send, string? After) Step(Guid id, string status, bool seriesRequested)
    {
        Func<Task<HttpResponseMessage>> Action(string action, object? extra = null) =>
            () => _clients.Advisor.SendAsync(HttpMethod.Post, $"{Requests}/{id}/status-changes", extra ?? new { action });
        return status switch
        {
            "submitted" => ("advice request triaged", Action("triage"), "triaged"),
            "triaged" => ("advice request assigned", Action("assign"), "assigned"),
            "assigned" => ("advice request started", Action("start"), "in-progress"),
            "in-progress" => ("advice given", async () =>
            {
                using var advice = await _clients.Advisor.SendAsync(HttpMethod.Put, $"{Requests}/{id}/advice", new { text = "Werk met een reeks van drie bijeenkomsten.", steps = new[] { 1 } });
                return advice.IsSuccessStatusCode ? await Action("give-advice")() : advice;
            }, "advice-given"),
            "advice-given" when !seriesRequested => ("series requested", () => _clients.Advisor.SendAsync(HttpMethod.Post, $"{Requests}/{id}/series-request",
                new { communityId = _adviceCommunity, audience = "women", languages = new[] { "ti" }, topicCodes = new[] { "self-determination" } }), null),
            _ => ("advice request closed", Action("close", new { action = "close", result = "referred-to-meeting-series" }), "closed"),
        };
    }

    private async Task ResyncAsync(Guid id)
    {
        try
        {
            using var response = await _clients.Advisor.GetAsync($"{Requests}/{id}");
            if (response.IsSuccessStatusCode)
            {
                var request = await response.Content.ReadFromJsonAsync<JsonElement>();
                var seriesAsked = request.TryGetProperty("series", out var series) && series.ValueKind == JsonValueKind.Object;
                var (_, asked, at) = _ledger.Requests[id];
                _ledger.Requests[id] = (request.GetProperty("status").GetString()!, asked || seriesAsked, at);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Tried again at the next step.
        }
    }

    private Task<CommandOutcome> RegisterForKnowledgeMeetingAsync(long n, TimeSpan sentAt)
    {
        var name = $"Storing {_run} {n}";
        var meeting = _meetings[(int)(n % _meetings.Count)];
        return TimedAsync("knowledge-meeting registration", sentAt, () => _clients.Coordinator.PostAsJsonAsync($"/api/scheduling/v1/knowledge-_meetings/{meeting}/registrations",
            new { name, email = $"storing.{_run}.{n}@voorbeeld.nl", municipalityCode = "GM0363" }),
            (_, at) =>
            {
                _ledger.Registrations[name] = at;
                return Task.CompletedTask;
            });
    }

    /// <summary>Sends, times and records; a 2xx's effect goes into the ledger as confirmed at the moment the answer came.</summary>
    private async Task<CommandOutcome> TimedAsync(string kind, TimeSpan sentAt, Func<Task<HttpResponseMessage>> send, Func<HttpResponseMessage, TimeSpan, Task> confirmed)
    {
        var started = _clients.Clock.Elapsed;
        int status;
        try
        {
            using var response = await send();
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                await confirmed(response, _clients.Clock.Elapsed);
            }
            else if ((status is >= 400 and < 500 ? _ledger.FirstRefusals : status is not 503 and not 504 ? _ledger.FirstServerErrors : null) is { } first
                && !first.ContainsKey(kind))
            {
                first.TryAdd(kind, $"{status} at {sentAt.TotalSeconds:0} s: {await response.Content.ReadAsStringAsync()}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            status = 0;
        }
        var outcome = new CommandOutcome(kind, sentAt, _clients.Clock.Elapsed - started, status);
        _ledger.Outcomes.Add(outcome);
        return outcome;
    }
}

/// <summary>The people the workload acts as, each signed in with their own token, and the run's clock.</summary>
public sealed record Clients(HttpClient Coordinator, HttpClient Officer, HttpClient Advisor, System.Diagnostics.Stopwatch Clock);
