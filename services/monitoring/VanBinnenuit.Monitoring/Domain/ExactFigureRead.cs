namespace VanBinnenuit.Monitoring.Domain;

/// <summary>
/// A coordinator's question for exact figures about people (<c>unsuppressed=true</c>): who asked, when,
/// and what (the path and query). Administrators read the log; nobody edits it.
/// </summary>
public sealed class ExactFigureRead
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Subject { get; set; } = "";
    public string Role { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Question { get; set; } = "";
}
