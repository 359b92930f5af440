using System.Text.Json;
using VanBinnenuit.DemoProgramme.Generation;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>
/// The knowledge base through advice-requests' API: the guide's steps and roles and the first pitfalls
/// and examples are written over their placeholders, further pitfalls and examples added. An entry
/// with the demo's title is there already (a restart), and one the alliance has written itself is
/// left alone.
/// </summary>
internal sealed class KnowledgeBaseLoader(ServiceApi adviceRequests, DemoProgress progress)
{
    /// <summary>The ids of the demo's pitfalls and good examples, in <see cref="DemoKnowledge"/>'s order, for the advice to point to.</summary>
    public async Task<(List<Guid> Pitfalls, List<Guid> GoodExamples)> LoadAsync(CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(cancellationToken);
        foreach (var (kind, texts) in Frame)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var (title, body) = texts[i];
                if (entries.Any(e => Kind(e) == kind && Title(e) == title))
                {
                    continue;
                }
                var text = $"{DemoKnowledge.Mark}\n\n{body}";
                if (entries.FirstOrDefault(e => Kind(e) == kind && e.GetProperty("number").GetInt32() == i + 1 && e.GetProperty("isPlaceholder").GetBoolean())
                    is { ValueKind: JsonValueKind.Object } placeholder)
                {
                    await adviceRequests.ChangeAsync(HttpMethod.Put, $"/v1/knowledge-base/{placeholder.GetProperty("id").GetGuid()}", new { title, body = text }, cancellationToken);
                    progress.Done("knowledge-base entries");
                }
                else if (kind is "pitfall" or "good-example")
                {
                    await adviceRequests.PostAsync("/v1/knowledge-base", new { kind, number = i + 1, title, body = text }, cancellationToken);
                    progress.Done("knowledge-base entries");
                }
            }
        }
        entries = await EntriesAsync(cancellationToken);
        return (Ids(entries, "pitfall", DemoKnowledge.Pitfalls), Ids(entries, "good-example", DemoKnowledge.GoodExamples));
    }

    private static readonly (string Kind, (string Title, string Body)[] Texts)[] Frame =
        [("step", DemoKnowledge.Steps), ("role", DemoKnowledge.Roles), ("pitfall", DemoKnowledge.Pitfalls), ("good-example", DemoKnowledge.GoodExamples)];

    private async Task<List<JsonElement>> EntriesAsync(CancellationToken cancellationToken) =>
        [.. (await adviceRequests.TryAsync(HttpMethod.Get, "/v1/knowledge-base", null, cancellationToken)).Body.EnumerateArray()];

    /// <summary>By title; where the alliance has replaced a demo entry with its own, the entry at the same place.</summary>
    private static List<Guid> Ids(List<JsonElement> entries, string kind, (string Title, string Body)[] texts)
    {
        var ofKind = entries.Where(e => Kind(e) == kind).ToList();
        return [.. texts.Select((t, i) => (ofKind.FirstOrDefault(e => Title(e) == t.Title) is { ValueKind: JsonValueKind.Object } entry ? entry : ofKind[i % ofKind.Count])
            .GetProperty("id").GetGuid())];
    }

    private static string Kind(JsonElement entry) => entry.GetProperty("kind").GetString()!;

    private static string Title(JsonElement entry) => entry.GetProperty("title").GetString()!;
}
