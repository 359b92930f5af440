namespace VanBinnenuit.Scheduling.Domain;

/// <summary>The configurable limits of planning (section <c>Scheduling</c>).</summary>
public sealed class SchedulingRules
{
    public const string Section = "Scheduling";

    /// <summary>Least number of days between the dates of consecutive sessions.</summary>
    public int MinimumGapDays { get; set; } = 7;

    /// <summary>Most days between consecutive sessions, so the series keeps its build-up.</summary>
    public int MaximumGapDays { get; set; } = 42;

    /// <summary>Time a leader needs between two sessions elsewhere (travel, setting up).</summary>
    public int TravelBufferMinutes { get; set; } = 60;

    /// <summary>Longest session; a longer one is almost certainly a typing error.</summary>
    public int MaximumSessionHours { get; set; } = 6;

    public TimeSpan TravelBuffer => TimeSpan.FromMinutes(TravelBufferMinutes);
}
