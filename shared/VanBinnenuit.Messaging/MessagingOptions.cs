namespace VanBinnenuit.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Redeliveries of a failing message before it goes to the error queue.</summary>
    public int RetryLimit { get; set; } = 5;
    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}
