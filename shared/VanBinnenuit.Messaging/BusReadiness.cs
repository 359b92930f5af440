using MassTransit;

namespace VanBinnenuit.Messaging;

public static class BusReadiness
{
    /// <summary>
    /// Waits until the bus and all its receive endpoints are up, i.e. this service's queues are
    /// declared and bound. Publishing before that would drop events nobody is bound to yet.
    /// </summary>
    public static async Task WaitUntilReadyAsync(this IBusControl bus, CancellationToken cancellationToken)
    {
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
