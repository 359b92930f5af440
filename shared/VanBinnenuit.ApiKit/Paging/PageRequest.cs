using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.ApiKit.Paging;

/// <summary><c>?page=&amp;pageSize=</c>, bounded so no request can ask for the whole table.</summary>
public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    // Deep pages of a bounded table; beyond this a filter is the better tool.
    public const int MaxPage = 100_000;

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? DefaultPageSize;
    public int Skip => (PageNumber - 1) * Size;

    public IEnumerable<InvalidParam> Validate()
    {
        if (Page is < 1 or > MaxPage)
        {
            yield return new InvalidParam("page", $"Must be between 1 and {MaxPage}.");
        }
        if (PageSize is < 1 or > MaxPageSize)
        {
            yield return new InvalidParam("pageSize", $"Must be between 1 and {MaxPageSize}.");
        }
    }
}
