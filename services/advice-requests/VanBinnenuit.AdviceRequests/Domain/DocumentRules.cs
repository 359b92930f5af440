namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>Limits on documents, configurable under <c>AdviceRequests:Documents</c>.</summary>
public sealed class DocumentRules
{
    public const string Section = "AdviceRequests:Documents";

    /// <summary>The largest file accepted, in bytes (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
