namespace VanBinnenuit.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Redeliveries of a failing message before it goes to the error queue.</summary>
    public int RetryLimit { get; set; } = 5;
    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// While the consumer's database is away (killed, restarting, failing over) a message is tried again this
    /// often, up to <see cref="OutageRetryLimit"/> times (five minutes by default), instead of being set aside
    /// after the seconds the retries above last: an outage is no fault of the message.
    /// </summary>
    public TimeSpan OutageRetryInterval { get; set; } = TimeSpan.FromSeconds(5);
    public int OutageRetryLimit { get; set; } = 60;
}
