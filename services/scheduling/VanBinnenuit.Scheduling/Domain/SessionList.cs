using System.Collections.ObjectModel;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// A series' sessions, always in the order of their numbers, however they were added. The domain reads
/// session n at position n - 1, and PostgreSQL returns rows in no set order: EF Core does not order the last
/// collection it includes, and once a session's row has been updated it is stored after the others (a
/// sequential scan then hands back 2, 3, 1). The fault harness found reports marking the wrong session that way.
/// </summary>
public sealed class SessionList : Collection<Session>
{
    protected override void InsertItem(int index, Session item)
    {
        var at = 0;
        while (at < Count && this[at].Number < item.Number)
        {
            at++;
        }
        base.InsertItem(at, item);
    }

    protected override void SetItem(int index, Session item)
    {
        RemoveItem(index);
        InsertItem(index, item);
    }
}
