namespace VanBinnenuit.Monitoring.Domain.Disclosure;

/// <summary>
/// The p-table: for each true value, the adjustments a cell may get and their probabilities; a
/// cell's position (from its key) picks one by the cumulative distribution, so the same records
/// always get the same adjustment. Built from one symmetric distribution over −bound … +bound (the
/// row for every value far enough from zero); for a small value the adjustments that would take it
/// below 1 are dropped and the upward ones scaled down by the same weight, so every row has mean 0
/// exactly, stays within the bound, never makes a value negative, and never turns people into none
/// (a published 0 is a true 0, and a true 0 is never published as anything else).
/// </summary>
public sealed class PerturbationTable
{
    private readonly double[] _base;
    private readonly Dictionary<long, (int Adjustment, double Probability)[]> _rows = [];

    /// <param name="probabilities">Of −bound … +bound; symmetric, adding up to 1.</param>
    public PerturbationTable(IReadOnlyList<double> probabilities)
    {
        if (probabilities.Count % 2 == 0 || probabilities.Any(p => p < 0) || Math.Abs(probabilities.Sum() - 1) > 1e-9)
        {
            throw new ArgumentException("The adjustments' probabilities must be an odd number of non-negative figures (−bound … +bound) adding up to 1.", nameof(probabilities));
        }
        if (Enumerable.Range(0, probabilities.Count).Any(i => Math.Abs(probabilities[i] - probabilities[^(i + 1)]) > 1e-12))
        {
            throw new ArgumentException("The adjustments' probabilities must be symmetric around 0, so the adjustment is unbiased.", nameof(probabilities));
        }
        _base = [.. probabilities];
        Bound = probabilities.Count / 2;
    }

    /// <summary>No published figure about people differs from the truth by more than this.</summary>
    public int Bound { get; }

    /// <summary>The row of <paramref name="value"/>: adjustments in increasing order with their probabilities.</summary>
    public IReadOnlyList<(int Adjustment, double Probability)> Row(long value)
    {
        var key = Math.Min(value, Bound + 1);
        lock (_rows)
        {
            if (!_rows.TryGetValue(key, out var row))
            {
                _rows[key] = row = Build(key);
            }
            return row;
        }
    }

    /// <summary>The adjustment of a cell of <paramref name="value"/> at <paramref name="position"/> in [0, 1).</summary>
    public int Adjustment(long value, double position)
    {
        if (value <= 0)
        {
            return 0;
        }
        var cumulative = 0.0;
        var row = Row(value);
        foreach (var (adjustment, probability) in row)
        {
            cumulative += probability;
            if (position < cumulative)
            {
                return adjustment;
            }
        }
        return row[^1].Adjustment;
    }

    /// <summary>The variance of the adjustment of <paramref name="value"/>.</summary>
    public double Variance(long value) => Row(value).Sum(x => x.Probability * x.Adjustment * x.Adjustment);

    private (int, double)[] Build(long value)
    {
        var probabilities = _base.ToArray();
        var lowest = (int)Math.Max(-Bound, 1 - value);
        var dropped = 0.0;
        for (var a = -Bound; a < lowest; a++)
        {
            dropped += probabilities[a + Bound];
            probabilities[a + Bound] = 0;
        }
        // What the kept downward adjustments take away, the upward ones must add: scale those to match.
        var down = Enumerable.Range(lowest, Math.Max(0, -lowest)).Sum(a => -a * probabilities[a + Bound]);
        var up = Enumerable.Range(1, Bound).Sum(a => a * probabilities[a + Bound]);
        var scale = up == 0 ? 0 : down / up;
        for (var a = 1; a <= Bound; a++)
        {
            dropped += probabilities[a + Bound] * (1 - scale);
            probabilities[a + Bound] *= scale;
        }
        probabilities[Bound] += dropped;
        return [.. Enumerable.Range(-Bound, 2 * Bound + 1).Select(a => (a, probabilities[a + Bound])).Where(x => x.Item2 > 0)];
    }
}
