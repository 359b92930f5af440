using Microsoft.EntityFrameworkCore;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.Contracts.Identity;
using VanBinnenuit.Messaging.Inbox;

namespace VanBinnenuit.AdviceRequests.Consumers;

/// <summary>Keeps the names and roles identity announces, for showing who did what on a request.</summary>
public sealed class AccountEventsConsumer(AdviceRequestsDbContext db) : InboxConsumer<AccountChanged, AdviceRequestsDbContext>(db)
{
    // One statement, so two announcements of one account handled at once cannot both read the old row and
    // let the older write last: the row lock makes the second re-check changed_at against the first's.
    protected override Task HandleAsync(AccountChanged message, CancellationToken cancellationToken)
    {
        var account = message.Account;
        return Db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO accounts (id, display_name, role, active, changed_at)
            VALUES ({account.Id}, {account.DisplayName}, {account.Role}, {account.Active}, {message.OccurredAt.ToUniversalTime()})
            ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                active = excluded.active, changed_at = excluded.changed_at
            WHERE accounts.changed_at <= excluded.changed_at
            """, cancellationToken);
    }
}
