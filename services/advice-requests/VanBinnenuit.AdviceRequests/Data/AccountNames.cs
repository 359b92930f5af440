using Microsoft.EntityFrameworkCore;

namespace VanBinnenuit.AdviceRequests.Data;

/// <summary>The display names of the accounts a response mentions, read once per response.</summary>
public sealed class AccountNames(IReadOnlyDictionary<string, string> names)
{
    public static readonly AccountNames None = new(new Dictionary<string, string>());

    /// <summary>The name of the account with this subject; null for a system or an account identity has not announced.</summary>
    public string? Of(string? subject) => subject is not null && names.TryGetValue(subject, out var name) ? name : null;

    public static async Task<AccountNames> ForAsync(AdviceRequestsDbContext db, IEnumerable<string?> subjects, CancellationToken cancellationToken)
    {
        // Machine clients act under their client id, which is no account.
        var ids = subjects.Select(s => Guid.TryParse(s, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return None;
        }
        var found = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id.ToString(), a => a.DisplayName, cancellationToken);
        return new AccountNames(found);
    }
}
