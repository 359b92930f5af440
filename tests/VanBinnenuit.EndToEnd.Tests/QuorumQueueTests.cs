using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Aspire.Hosting.Testing;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// Every queue a service declares is a quorum queue, replicated over the broker's nodes, so an event not
/// yet consumed survives the loss of one node. Only MassTransit's per-process reply queues may be
/// otherwise: they are temporary (deleted with their process), which a quorum queue cannot be.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class QuorumQueueTests(ObservedSystemFixture system)
{
    [Fact]
    public async Task Every_lasting_queue_of_every_service_is_a_quorum_queue()
    {
        var queues = await QueuesAsync();

        // The services that consume events (registry and identity only publish).
        foreach (var service in new[] { ResourceNames.Scheduling, ResourceNames.Monitoring, ResourceNames.AdviceRequests })
        {
            Assert.Contains(queues, q => q.Name.StartsWith($"{service}-", StringComparison.Ordinal));
        }
        Assert.All(queues.Where(q => !q.AutoDelete), q => Assert.True(q.Type == "quorum", $"{q.Name} is a {q.Type} queue."));
        Assert.All(queues.Where(q => q.AutoDelete), q => Assert.Contains("_bus_", q.Name, StringComparison.Ordinal));
    }

    /// <summary>The queues as the broker's management API lists them, with the services' own account.</summary>
    private async Task<List<Queue>> QueuesAsync()
    {
        using var client = await system.BrokerManagementAsync();
        return await client.GetFromJsonAsync<List<Queue>>("/api/queues?columns=name,type,durable,auto_delete") ?? [];
    }

    private sealed record Queue(string Name, string Type, bool Durable, [property: JsonPropertyName("auto_delete")] bool AutoDelete);
}
