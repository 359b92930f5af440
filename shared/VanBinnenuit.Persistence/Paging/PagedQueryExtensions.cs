using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Paging;

namespace VanBinnenuit.Persistence.Paging;

public static class PagedQueryExtensions
{
    /// <summary>Counts the (ordered) query and fetches one page of it, with links for the caller's request.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> ordered, PageRequest page, HttpRequest http, CancellationToken cancellationToken)
    {
        var total = await ordered.LongCountAsync(cancellationToken);
        var items = await ordered.Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return PagedList<T>.Create(items, total, page, http);
    }
}
