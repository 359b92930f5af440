namespace VanBinnenuit.Testing;

/// <summary>The percentiles the benchmarks and the fault harness report.</summary>
public static class Percentiles
{
    /// <summary>Nearest-rank percentile; NaN for no values.</summary>
    public static double Of(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(percent / 100 * sorted.Count) - 1)];
    }
}
