using System.Numerics;

namespace VanBinnenuit.Monitoring.Tests.Attack;

/// <summary>An exact rational number, for elimination that no rounding can help or spoil.</summary>
public readonly record struct Fraction
{
    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }

    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        (Numerator, Denominator) = gcd.IsZero || gcd.IsOne ? (numerator, denominator) : (numerator / gcd, denominator / gcd);
    }

    public static readonly Fraction Zero = new(0, 1);
    public bool IsZero => Numerator.IsZero;

    public static implicit operator Fraction(long value) => new(value, 1);
    public static Fraction operator +(Fraction a, Fraction b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);
    public static Fraction operator -(Fraction a, Fraction b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);
    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public double ToDouble() => (double)Numerator / (double)Denominator;
}

/// <summary>
/// Gaussian elimination over the rationals: published figures are taken as exact equations; a
/// target is determined when its row lies in their span, and its value is then the combination of
/// the published figures that spans it.
/// </summary>
public sealed class Elimination
{
    // Each basis row's smallest column is its pivot; rows are kept sparse.
    private readonly Dictionary<int, (SortedDictionary<int, Fraction> Row, Fraction Value)> _basis = [];

    public void Add(IEnumerable<int> columns, long value)
    {
        var (row, rest) = Reduce(columns, value);
        if (row.Count > 0)
        {
            _basis[row.Keys.First()] = (row, rest);
        }
    }

    /// <summary>The target's value if the equations determine it, else null.</summary>
    public Fraction? Solve(IEnumerable<int> columns)
    {
        var (row, value) = Reduce(columns, 0);
        return row.Count == 0 ? Fraction.Zero - value : null;
    }

    private (SortedDictionary<int, Fraction> Row, Fraction Value) Reduce(IEnumerable<int> columns, long value)
    {
        var row = new SortedDictionary<int, Fraction>();
        foreach (var c in columns)
        {
            row[c] = row.TryGetValue(c, out var x) ? x + 1 : 1;
        }
        Fraction rest = value;
        var cursor = -1;
        while (true)
        {
            var next = row.Keys.Where(k => k > cursor && _basis.ContainsKey(k)).DefaultIfEmpty(-1).First();
            if (next < 0)
            {
                return (row, rest);
            }
            var (pivotRow, pivotValue) = _basis[next];
            var factor = row[next] / pivotRow[next];
            foreach (var (c, x) in pivotRow)
            {
                var updated = (row.TryGetValue(c, out var y) ? y : Fraction.Zero) - (factor * x);
                if (updated.IsZero)
                {
                    row.Remove(c);
                }
                else
                {
                    row[c] = updated;
                }
            }
            rest -= factor * pivotValue;
            cursor = next;
        }
    }
}
