using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VanBinnenuit.Testing;

/// <summary>
/// Waiting for a process by name returns once any one replica is healthy; a test that then calls the
/// proxied address may reach the other, still starting. This waits until every replica has reported healthy.
/// </summary>
public static class Replicas
{
    public static async Task WaitForEveryReplicaHealthyAsync(this DistributedApplication app, string resource, CancellationToken cancellationToken)
    {
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var expected = model.Resources.Single(r => r.Name == resource).GetReplicaCount();
        var healthy = new HashSet<string>();
        await foreach (var change in app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (change.Resource.Name != resource || change.Snapshot.HealthStatus != HealthStatus.Healthy)
            {
                continue;
            }

            healthy.Add(change.ResourceId);
            if (healthy.Count >= expected)
            {
                return;
            }
        }
    }
}
