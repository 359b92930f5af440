using MassTransit;

namespace VanBinnenuit.Messaging;

/// <summary>Counts messages whose consumer still failed after all retries: MassTransit then moves them to the error queue.</summary>
internal sealed class DeadLetterObserver : IReceiveObserver
{
    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class
    {
        MessagingMetrics.DeadLettered.Add(1, new KeyValuePair<string, object?>("message_type", typeof(T).Name));
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
