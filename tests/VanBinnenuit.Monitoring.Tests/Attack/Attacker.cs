using Google.OrTools.LinearSolver;

namespace VanBinnenuit.Monitoring.Tests.Attack;

/// <summary>What the attacker got out of everything one role can read.</summary>
public sealed record AttackOutcome(
    int Figures, int Cells, int Targets, int Determined, int Narrow, int Hits, int RecoveredBySubtraction, int RecoveredByElimination, double NarrowestRange,
    double MeanAbsoluteAdjustment, IReadOnlyList<string> Examples)
{
    public double HitRate => Targets == 0 ? 0 : (double)Hits / Targets;

    public override string ToString() =>
        $"{Figures} figures in {Cells} cells; {Targets} true counts of 1–4; determined exactly {Determined}; range under 3 wide {Narrow} " +
        $"(narrowest {NarrowestRange:0.##}); best estimates right {Hits} ({HitRate:P0}); a difference of two answers equal to the truth {RecoveredBySubtraction}, " +
        $"elimination equal to the truth {RecoveredByElimination}; shown figures off by {MeanAbsoluteAdjustment:0.00} on average";
}

/// <summary>
/// Tries to recover every true count of 1 to 4 people from all figures one role can read. It knows the
/// programme's shape (which records each figure covers), the public bound of the adjustment and the
/// threshold, but not the keys. Four ways: (1) subtract every pair of answers whose records differ by
/// exactly the target's; (2) take the figures as exact equations and eliminate over the rationals;
/// (3) bound the target by linear programming over everything published, each figure within the
/// bound of its true value; (4) average every estimate it has, its best guess.
/// </summary>
public static class Attacker
{
    /// <param name="variables">One per report's people reached, one per report's returned, one per histogram.</param>
    /// <param name="bound">The largest adjustment (0 for exact figures, as before the cell key method).</param>
    /// <param name="fewerThan">Figures of fewer people than this are published as null.</param>
    /// <param name="fixedZero">Variables known to be 0 (nobody returns to a first session).</param>
    public static AttackOutcome Run(IReadOnlyList<Figure> figures, Func<Cell, long> truth, Func<Cell, int[]> columns, int variables,
        int bound, int fewerThan, ISet<int> fixedZero)
    {
        var cells = figures.GroupBy(f => f.Cell.Key).Select(g => (g.First().Cell, g.Select(f => f.Value).ToList())).ToList();
        var targets = cells.Where(c => truth(c.Cell) is >= 1 and <= 4).ToList();
        var shown = cells.Where(c => c.Item2[0] is not null).ToDictionary(c => c.Cell.Key, c => (c.Cell, Value: c.Item2[0]!.Value));

        using var solver = Solver.CreateSolver("GLOP")!;
        var x = Enumerable.Range(0, variables).Select(i => solver.MakeNumVar(0, fixedZero.Contains(i) ? 0 : 500, $"x{i}")).ToArray();
        var elimination = new Elimination();
        foreach (var (cell, values) in cells)
        {
            var sum = new LinearExpr();
            foreach (var c in columns(cell))
            {
                sum += x[c];
            }
            foreach (var value in values.Distinct())
            {
                if (value is { } v)
                {
                    // 0 is published only for nobody; any other figure is within the bound of the truth, and stands for at least one person.
                    solver.Add(sum >= (v == 0 ? 0 : Math.Max(1, v - bound)));
                    solver.Add(sum <= v + bound);
                    elimination.Add(columns(cell), v);
                }
                else
                {
                    solver.Add(sum >= 1);
                    if (bound > 0)
                    {
                        solver.Add(sum <= fewerThan - 1 + bound);
                    }
                }
            }
        }

        var (determined, narrow, hits, bySubtraction, byElimination, narrowest) = (0, 0, 0, 0, 0, double.MaxValue);
        var examples = new List<string>();
        foreach (var (cell, values) in targets)
        {
            var objective = new LinearExpr();
            foreach (var c in columns(cell))
            {
                objective += x[c];
            }
            solver.Minimize(objective);
            var low = solver.Solve() == Solver.ResultStatus.OPTIMAL ? solver.Objective().Value() : double.NaN;
            solver.Maximize(objective);
            var high = solver.Solve() == Solver.ResultStatus.OPTIMAL ? solver.Objective().Value() : double.NaN;
            Assert.False(double.IsNaN(low) || double.IsNaN(high), $"the published figures must be consistent with the truth ({cell.Key})");
            var range = high - low;
            narrowest = Math.Min(narrowest, range);
            var integers = Math.Floor(high + 1e-6) - Math.Ceiling(low - 1e-6) + 1;
            var real = truth(cell);
            if (integers <= 1)
            {
                determined++;
            }
            if (range < 3 - 1e-6)
            {
                narrow++;
            }

            var estimates = new List<double>();
            if (values[0] is { } direct)
            {
                estimates.Add(direct);
            }
            var records = cell.Records.ToHashSet();
            var subtracted = false;
            foreach (var (whole, value) in shown.Values)
            {
                if (whole.Kind != cell.Kind || !records.IsProperSubsetOf(whole.Records))
                {
                    continue;
                }
                var restKey = new Cell(cell.Kind, [.. whole.Records.Where(r => !records.Contains(r))]).Key;
                if (shown.TryGetValue(restKey, out var rest))
                {
                    estimates.Add(value - rest.Value);
                    subtracted |= value - rest.Value == real;
                }
            }
            bySubtraction += subtracted ? 1 : 0;
            if (elimination.Solve(columns(cell)) is { } solved)
            {
                estimates.Add(solved.ToDouble());
                byElimination += solved == real ? 1 : 0;
            }
            var guess = estimates.Count > 0 ? estimates.Average() : (low + high) / 2;
            var best = Math.Round(Math.Clamp(guess, Math.Max(1, low), Math.Max(1, high)), MidpointRounding.AwayFromZero);
            if (best == real)
            {
                hits++;
            }
            if (examples.Count < 8 && (integers <= 1 || range < 3))
            {
                examples.Add($"{cell.Key} true {real}: range {low:0.##}–{high:0.##}, estimate {best} ({figures.First(f => f.Cell.Key == cell.Key).Question})");
            }
        }
        var adjustments = shown.Values.Where(c => c.Value > 0).Select(c => (double)Math.Abs(c.Value - truth(c.Cell))).DefaultIfEmpty(0).Average();
        return new AttackOutcome(figures.Count, cells.Count, targets.Count, determined, narrow, hits, bySubtraction, byElimination,
            targets.Count == 0 ? 0 : narrowest, adjustments, examples);
    }
}
