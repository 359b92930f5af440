namespace VanBinnenuit.Vocabulary;

/// <summary>
/// The programme's target (configuration section <c>Programme</c>): meetings (held sessions) in a
/// period. Here because scheduling and monitoring both count against it and must agree.
/// </summary>
public sealed class ProgrammeTarget
{
    public const string Section = "Programme";

    public int Meetings { get; set; } = 700;
    public DateOnly From { get; set; } = new(2026, 1, 1);
    public DateOnly Until { get; set; } = new(2028, 12, 31);
}
