using System.Net;
using System.Text;
using VanBinnenuit.DemoProgramme.Generation;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>
/// Advice requests through advice-requests' API, each along its case's path: submitted (by the
/// municipality's own demo system, or entered by the alliance on its behalf), then moved, written to,
/// given documents and advice. A request is found by the demo mark its question starts with; one
/// that is there already is left as it is, so a restart adds nothing.
/// </summary>
/// <param name="municipalities">The demo systems of the municipalities that write themselves, by CBS code.</param>
internal sealed class AdviceRequestLoader(ServiceApi alliance, IReadOnlyDictionary<string, ServiceApi> municipalities, DemoProgress progress)
{
    public async Task LoadAsync(DemoWorld world, RegistryIds registry, (List<Guid> Pitfalls, List<Guid> GoodExamples) knowledge, CancellationToken cancellationToken)
    {
        var existing = (await alliance.ListAsync("/v1/advice-requests", cancellationToken))
            .Select(r => r.GetProperty("question").GetString()!).ToHashSet();
        var missing = world.AdviceRequests.Where(r => !existing.Any(q => q.StartsWith(AdviceRequestGenerator.Marker(r.Number), StringComparison.Ordinal))).ToList();
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (request, ct) =>
        {
            var author = request.BySelfService ? municipalities[request.MunicipalityCode] : alliance;
            var id = await SubmitAsync(author, request, registry, ct);
            foreach (var step in request.Path)
            {
                await FollowAsync(step.ByOfficer ? author : alliance, $"/v1/advice-requests/{id}", step, registry, knowledge, ct);
            }
            progress.Done("advice requests");
        });
    }

    /// <summary>
    /// Advice-requests checks the communities and organisations against its read models, which the
    /// registry's events fill just before: a 422 while they arrive is waited out, for a minute at most.
    /// </summary>
    private static async Task<Guid> SubmitAsync(ServiceApi author, DemoAdviceRequest request, RegistryIds registry, CancellationToken cancellationToken)
    {
        var body = new
        {
            municipalityCode = request.MunicipalityCode,
            communityIds = request.CommunityNames.Select(name => registry.Communities[name]),
            organisationIds = request.OrganisationNames.Select(name => registry.Organisations[name]),
            topicCodes = request.TopicCodes, approachStep = request.ApproachStep, question = request.Question, hopes = request.Hopes,
            desiredFrom = request.Desired?.From, desiredUntil = request.Desired?.Until,
            contact = new { name = request.ContactName, email = request.ContactEmail },
        };
        for (var attempt = 0; ; attempt++)
        {
            var (status, answer) = await author.TryAsync(HttpMethod.Post, "/v1/advice-requests", body, cancellationToken, anyVersion: false);
            if (status == HttpStatusCode.Created)
            {
                return answer.GetProperty("id").GetGuid();
            }
            if (status != HttpStatusCode.UnprocessableEntity || attempt == 120)
            {
                throw new DemoLoadException($"Advice-requests refused demo request {request.Number} ({(int)status}): {answer}");
            }
            await Task.Delay(500, cancellationToken);
        }
    }

    private static async Task FollowAsync(ServiceApi api, string path, DemoCaseStep step, RegistryIds registry,
        (List<Guid> Pitfalls, List<Guid> GoodExamples) knowledge, CancellationToken cancellationToken)
    {
        switch (step.Kind)
        {
            case "move":
                await api.ChangeAsync(HttpMethod.Post, $"{path}/status-changes", new
                {
                    action = step.Action,
                    advisorId = step.Action == "assign" ? DemoData.AdvisorAccountId : null,
                    result = step.Result,
                    reason = step.Text,
                }, cancellationToken);
                break;
            case "message":
                await api.PostAsync($"{path}/messages", new { text = step.Text, @internal = step.Internal }, cancellationToken);
                break;
            case "document":
                await api.PostFileAsync($"{path}/documents", step.FileName!, Encoding.UTF8.GetBytes(step.Text!), cancellationToken);
                break;
            case "advice":
                await api.ChangeAsync(HttpMethod.Put, $"{path}/advice", new
                {
                    text = DemoKnowledge.AdviceTexts[step.AdviceText], steps = step.Steps,
                    pitfallIds = new[] { knowledge.Pitfalls[step.Pitfall] }, goodExampleIds = new[] { knowledge.GoodExamples[step.GoodExample] },
                }, cancellationToken);
                break;
            case "series":
                var community = registry.Communities[step.CommunityName!];
                await api.ChangeAsync(HttpMethod.Post, $"{path}/series-request",
                    new { communityId = community, audience = step.Audience, languages = new[] { step.Language }, topicCodes = step.TopicCodes }, cancellationToken);
                break;
            default:
                throw new DemoLoadException($"The demo generator made a case step it has no write for: {step.Kind}.");
        }
    }
}
