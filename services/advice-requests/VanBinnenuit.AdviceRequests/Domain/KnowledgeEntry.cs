namespace VanBinnenuit.AdviceRequests.Domain;

public enum KnowledgeKind
{
    /// <summary>One of the guide's four steps to start cooperation.</summary>
    Step,
    /// <summary>The role of the municipality, of professional institutions or of migrant organisations.</summary>
    Role,
    Pitfall,
    GoodExample,
}

/// <summary>
/// A piece of the alliance's guide that advice points to. Seeded as marked placeholders: the guide's
/// own words are the alliance's to enter, and nothing here pretends to quote it.
/// </summary>
public sealed class KnowledgeEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public KnowledgeKind Kind { get; set; }
    /// <summary>Steps are numbered 1–4, the roles 1–3; pitfalls and examples are ordered by it.</summary>
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>True until a coordinator has written the real text; shown as such wherever it appears.</summary>
    public bool IsPlaceholder { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public uint Version { get; set; }

    /// <summary>Only pitfalls and good examples are added by hand; the steps and roles are the guide's fixed frame.</summary>
    public static bool CanBeAdded(KnowledgeKind kind) => kind is KnowledgeKind.Pitfall or KnowledgeKind.GoodExample;
}

/// <summary>A note on a request. Internal notes are the alliance's own; messages are shared with the municipality.</summary>
public sealed class RequestMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AdviceRequestId { get; set; }
    public DateTimeOffset At { get; set; }
    public string AuthorId { get; set; } = "";
    public string AuthorRole { get; set; } = "";
    public bool Internal { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A file on a request: its bytes live in this service's database, next to the request they belong to.</summary>
public sealed class RequestDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AdviceRequestId { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>As found by <see cref="DocumentKinds.Detect"/> from the content, never as the uploader claimed.</summary>
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string AddedBy { get; set; } = "";
    public string AddedByRole { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
    public byte[] Content { get; set; } = [];
}
