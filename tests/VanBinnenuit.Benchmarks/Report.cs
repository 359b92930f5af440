namespace VanBinnenuit.Benchmarks;

internal static class Report
{
    /// <param name="secondPercentile">The tail given beside the median: p99, or p95 where there are only tens of runs.</param>
    public static void Print(string title, Dictionary<string, List<double>> timings, int secondPercentile = 99)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine($"{"measured",-14}{"n",7}{"median ms",12}{$"p{secondPercentile} ms",10}");
        foreach (var (shape, values) in timings.Append(new("all", [.. timings.Values.SelectMany(v => v)])))
        {
            Console.WriteLine($"{shape,-14}{values.Count,7}{Percentile(values, 50),12:0.0}{Percentile(values, secondPercentile),10:0.0}");
        }
    }

    public static void Ratio(Dictionary<string, List<double>> indexed, Dictionary<string, List<double>> baseline)
    {
        var fast = indexed.Values.SelectMany(v => v).ToList();
        var slow = baseline.Values.SelectMany(v => v).ToList();
        Console.WriteLine();
        Console.WriteLine($"Baseline / indexed: median {Percentile(slow, 50) / Percentile(fast, 50):0.00}×, p99 {Percentile(slow, 99) / Percentile(fast, 99):0.00}×");
        foreach (var (shape, values) in indexed.Where(i => baseline.ContainsKey(i.Key)))
        {
            Console.WriteLine($"  {shape}: median {Percentile(baseline[shape], 50) / Percentile(values, 50):0.00}×, p99 {Percentile(baseline[shape], 99) / Percentile(values, 99):0.00}×");
        }
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(List<double> values, double percent) => VanBinnenuit.Testing.Percentiles.Of(values, percent);
}
