namespace VanBinnenuit.Vocabulary;

/// <summary>
/// Dates as people in the Netherlands read them: an instant's date in Europe/Amsterdam, and the
/// instant a Dutch day begins. Scheduling, which plans times of day across the clock changes, uses
/// NodaTime instead; dates alone need no more than this.
/// </summary>
public static class DutchTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>Midnight at the start of <paramref name="date"/> in Amsterdam, as a UTC instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => InstantOf(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>A wall-clock time in Amsterdam as the UTC instant it is.</summary>
    public static DateTimeOffset InstantOf(DateTime local) => new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
}
