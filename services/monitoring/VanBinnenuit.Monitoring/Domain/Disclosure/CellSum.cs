namespace VanBinnenuit.Monitoring.Domain.Disclosure;

/// <summary>
/// A cell of a table about people: the true count and the sum of its records' keys. Both add up
/// exactly (integers), so a quarter summed from its months, a province from its municipalities or
/// a rollup kept by triggers gives the same cell as a recount of its reports.
/// </summary>
public readonly record struct CellSum(long Value, long Keys)
{
    public static readonly CellSum Empty = new(0, 0);

    public static CellSum operator +(CellSum a, CellSum b) => new(a.Value + b.Value, a.Keys + b.Keys);

    public static CellSum Sum(IEnumerable<CellSum> cells) => cells.Aggregate(Empty, (total, cell) => total + cell);
}

/// <summary>
/// Which figure of a cell is published. Each has its own multiplier, so the adjustments of two
/// figures of the same records (attendance and people reached) are not the same draw: otherwise
/// their difference, the number who returned, would come out exact.
/// </summary>
public enum Measure
{
    Attendances,
    PeopleReached,
    FirstAttendance,
    ReturnedAtThird,
    Answers,
    Option1,
    Option2,
    Option3,
    Option4,
    Option5,
}
