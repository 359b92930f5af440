namespace VanBinnenuit.Messaging.Outbox;

public sealed class OutboxOptions
{
    public int BatchSize { get; set; } = 100;
    /// <summary>How often the relay looks even when nothing signalled it (another replica's writes, a missed signal).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>How long one publish may wait for the broker's confirm before the batch is given up and retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Tries to read a stored event back before its row is set aside, so one bad row cannot hold up the rest.</summary>
    public int MaxReadAttempts { get; set; } = 3;
}
